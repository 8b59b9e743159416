// Express 4/5: `app.post('/notify', createExpressMiddleware(wxpay, handler))`. It reads the raw body
// itself; behind express.raw() it takes the Buffer. Behind express.json() the bytes are gone, so it
// answers 500 and reports a TypeError with the fix rather than verify a re-serialised body.
import type { ServerResponse } from 'node:http'
import type { HandleOptions, NotificationHandler } from '../handle.js'
import type { NotificationsHost } from '../notifications.js'
import { createNodeHandler } from './node.js'
import type { NodeRequest } from './node-body.js'

/** Express middleware that answers the notification itself (it never calls `next`). */
export function createExpressMiddleware(
  wxpay: NotificationsHost,
  handler: NotificationHandler,
  options: HandleOptions = {},
): (req: NodeRequest, res: ServerResponse, next?: unknown) => void {
  const handle = createNodeHandler(wxpay, handler, options)
  return (req, res) => handle(req, res)
}

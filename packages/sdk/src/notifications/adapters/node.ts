// Node's http: `createServer(createNodeHandler(wxpay, handler))`, or as the handler of a notify route.
import type { ServerResponse } from 'node:http'
import type { HandleOptions, NotificationHandler } from '../handle.js'
import type { NotificationsHost } from '../notifications.js'
import { DEFAULT_MAX_BODY_BYTES } from '../parse.js'
import { failureReply } from '../replies.js'
import { type NodeRequest, readRequestBody, sendNodeReply } from './node-body.js'

/**
 * A `(req, res)` request handler that reads the raw body, verifies and decrypts the notification,
 * runs `handler` once per notification id and answers WeChat Pay.
 */
export function createNodeHandler(
  wxpay: NotificationsHost,
  handler: NotificationHandler,
  options: HandleOptions = {},
): (req: NodeRequest, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  return (req, res) => {
    wxpay.notifications
      .handle({ headers: req.headers, body: readRequestBody(req, maxBodyBytes, req.body) }, handler, options)
      .then(
        (reply) => sendNodeReply(res, reply),
        () => sendNodeReply(res, failureReply(500, 'notification not processed')),
      )
  }
}

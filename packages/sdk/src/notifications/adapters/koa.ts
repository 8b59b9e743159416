// Koa 2/3: `router.post('/notify', createKoaMiddleware(wxpay, handler))`. It reads ctx.req itself;
// behind koa-bodyparser it takes ctx.request.rawBody, and refuses a parsed ctx.request.body.
import type { IncomingMessage } from 'node:http'
import type { HandleOptions, NotificationHandler } from '../handle.js'
import type { NotificationsHost } from '../notifications.js'
import { DEFAULT_MAX_BODY_BYTES } from '../parse.js'
import { failureReply, type NotificationReply } from '../replies.js'
import { readRequestBody } from './node-body.js'

/** The part of Koa's context this middleware uses (structural, so that no Koa types are needed). */
export interface KoaContextLike {
  req: IncomingMessage
  request: { body?: unknown; rawBody?: string }
  status: number
  body: unknown
  set(field: string, value: string): void
}

/** Koa middleware that answers the notification itself (it does not call `next`). */
export function createKoaMiddleware(
  wxpay: NotificationsHost,
  handler: NotificationHandler,
  options: HandleOptions = {},
): (ctx: KoaContextLike, next?: () => Promise<unknown>) => Promise<void> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  return async (ctx) => {
    // koa-bodyparser keeps the text it parsed as rawBody: the same bytes, as UTF-8.
    const { rawBody, body: parsed } = ctx.request
    const body = readRequestBody(ctx.req, maxBodyBytes, rawBody ?? parsed)
    let reply: NotificationReply
    try {
      reply = await wxpay.notifications.handle({ headers: ctx.req.headers, body }, handler, options)
    } catch {
      reply = failureReply(500, 'notification not processed')
    }
    for (const [name, value] of Object.entries(reply.headers)) ctx.set(name, value)
    ctx.body = reply.body === '' ? null : reply.body
    ctx.status = reply.status
  }
}

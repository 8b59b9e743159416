// Web-standard `(request: Request) => Promise<Response>`: a Next.js App Router route handler
// (`export const POST = createWebHandler(wxpay, handler)`), on the Node.js or the edge runtime, Hono
// (`app.post('/notify', (c) => notify(c.req.raw))`), a Cloudflare Worker's fetch, Deno.serve, Bun.serve.
// It reads the raw bytes of the Request; the client verifies them with its own crypto (node:crypto on
// Node, WebCrypto elsewhere).
import { readLimitedBytes, streamChunks } from '../../bytes.js'
import type { HandleOptions, NotificationHandler } from '../handle.js'
import type { NotificationsHost } from '../notifications.js'
import { DEFAULT_MAX_BODY_BYTES, rawBodyError, tooLarge } from '../parse.js'
import { failureReply, type NotificationReply } from '../replies.js'

async function readBody(request: Request, maxBodyBytes: number): Promise<Uint8Array> {
  if (request.bodyUsed) {
    throw rawBodyError('the request body was already read (e.g. by request.json() or c.req.json())')
  }
  if (Number(request.headers.get('content-length')) > maxBodyBytes) throw tooLarge(maxBodyBytes)
  if (!request.body) return new Uint8Array(0)
  const body = await readLimitedBytes(streamChunks(request.body), maxBodyBytes)
  if (!body) throw tooLarge(maxBodyBytes)
  return body
}

export function createWebHandler(
  wxpay: NotificationsHost,
  handler: NotificationHandler,
  options: HandleOptions = {},
): (request: Request) => Promise<Response> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  return async (request) => {
    let reply: NotificationReply
    try {
      reply = await wxpay.notifications.handle(
        { headers: request.headers, body: readBody(request, maxBodyBytes) },
        handler,
        options,
      )
    } catch {
      reply = failureReply(500, 'notification not processed')
    }
    return new Response(reply.body === '' ? null : reply.body, { status: reply.status, headers: reply.headers })
  }
}

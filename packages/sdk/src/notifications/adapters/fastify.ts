// Fastify 4/5: `app.register(createFastifyPlugin(wxpay, handler), { prefix: '/notify' })`. The plugin's
// raw-body content-type parser is encapsulated: it applies to this route only, not to the app.
import type { FastifyPluginAsync } from 'fastify'
import type { HandleOptions, NotificationHandler } from '../handle.js'
import type { NotificationsHost } from '../notifications.js'
import { DEFAULT_MAX_BODY_BYTES } from '../parse.js'

export interface FastifyNotificationOptions extends HandleOptions {
  /** The route inside the plugin's prefix; default `/`. */
  path?: string
}

/** A Fastify plugin serving `POST path` (register it without fastify-plugin, to keep the parser scoped). */
export function createFastifyPlugin(
  wxpay: NotificationsHost,
  handler: NotificationHandler,
  options: FastifyNotificationOptions = {},
): FastifyPluginAsync {
  const { path = '/', ...handleOptions } = options
  const bodyLimit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  return async (fastify) => {
    fastify.removeAllContentTypeParsers()
    fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body))
    fastify.post(path, async (request, reply) => {
      const result = await wxpay.notifications.handle(
        { headers: request.headers, body: (request.body as Buffer | undefined) ?? Buffer.alloc(0) },
        handler,
        handleOptions,
      )
      return reply
        .code(result.status)
        .headers(result.headers)
        .send(result.body === '' ? undefined : result.body)
    })
  }
}

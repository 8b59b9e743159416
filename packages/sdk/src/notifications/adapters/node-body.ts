// Reading a Node request's raw body for the Node, Express and Koa adapters: a body that a parser
// already turned into an object is refused (never re-serialised), and the limit applies while reading.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readLimitedBytes } from '../../bytes.js'
import { type RawBody, rawBodyError, tooLarge } from '../parse.js'
import type { NotificationReply } from '../replies.js'

/** A Node request, possibly after a framework's body parser (which sets `body`). */
export type NodeRequest = IncomingMessage & { body?: unknown }

/**
 * The raw body of `req`. `parsed` is what a framework's body parser left (Express's req.body, Koa's
 * ctx.request.body): bytes are taken as they are; an object is passed on for parse to refuse with the
 * fix, unless the stream is still unread (a parser that skipped this content type left a placeholder).
 */
export function readRequestBody(req: IncomingMessage, maxBodyBytes: number, parsed: unknown): Promise<RawBody> {
  if (typeof parsed === 'string' || parsed instanceof Uint8Array) return Promise.resolve(parsed)
  if (req.readableEnded) {
    return parsed === undefined
      ? Promise.reject(rawBodyError('the request body was already read by something before this handler'))
      : Promise.resolve(parsed as RawBody)
  }
  const declared = Number(req.headers['content-length'])
  if (declared > maxBodyBytes) return Promise.reject(tooLarge(maxBodyBytes))
  return readLimitedBytes(req.iterator({ destroyOnReturn: false }), maxBodyBytes).then((body) => {
    if (body) return body
    // Stop buffering; the rest is read and dropped so that the reply can be sent on this connection.
    req.resume()
    throw tooLarge(maxBodyBytes)
  })
}

export function sendNodeReply(res: ServerResponse, reply: NotificationReply): void {
  if (res.headersSent) return
  res.writeHead(reply.status, reply.headers)
  res.end(reply.body)
}

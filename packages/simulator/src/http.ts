// HTTP plumbing: answering as WeChat Pay does — JSON, a
// Request-ID on every response, and the Wechatpay-* signature headers on API responses.
import { randomBytes } from 'node:crypto'
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { wechatpaySignatureHeaders } from '@wxpay/sdk/protocol'
import type { PlatformKey } from './keys.js'

/** An answer with a WeChat Pay error body `{ code, message, detail? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail?: { field: string; value?: unknown; issue: string; location: string },
  ) {
    super(message)
  }
}

/** An endpoint of the catalog that the simulator does not serve yet: 404 NOT_FOUND, never a crash. */
export function notImplemented(endpoint: { method: string; path: string }): never {
  throw new ApiError(404, 'NOT_FOUND', `the simulator does not implement ${endpoint.method} ${endpoint.path} yet`)
}

export const newRequestId = () => `08${randomBytes(14).toString('hex').toUpperCase()}`

export interface Answer {
  status: number
  body?: unknown
  /** The platform key that signs the response; absent for the simulator's own control routes. */
  signer?: PlatformKey
  nowSeconds: number
  contentType?: string
  headers?: Record<string, string>
}

export function answer(response: ServerResponse, reply: Answer): void {
  const payload =
    reply.body === undefined
      ? Buffer.alloc(0)
      : Buffer.from(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body), 'utf8')
  const headers: Record<string, string> = { ...reply.headers }
  // Set on its own so that the request log reads it back (getHeader) once the answer is sent.
  response.setHeader('Request-ID', reply.headers?.['Request-ID'] ?? newRequestId())
  delete headers['Request-ID']
  if (payload.length > 0) headers['Content-Type'] = reply.contentType ?? 'application/json; charset=utf-8'
  if (reply.signer) {
    const key = { privateKey: reply.signer.privateKey, serial: reply.signer.id }
    Object.assign(headers, wechatpaySignatureHeaders(payload, key, reply.nowSeconds))
  }
  response.writeHead(reply.status, headers)
  response.end(payload)
}

/** Why node:http could not parse a request, as a status and a message; llhttp's own reason in brackets. */
function malformation(error: NodeJS.ErrnoException & { reason?: unknown }): [number, string] {
  const reason = typeof error.reason === 'string' ? ` (${error.reason.slice(0, 80)})` : ''
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'the request line and headers are over 16 KiB']
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return [408, 'the request did not arrive in time']
    case 'CONNECT':
      return [405, 'CONNECT is not served: WeChat Pay is no proxy']
    case 'HPE_INVALID_METHOD':
      return [400, `the method is not an HTTP method in capitals${reason}`]
    case 'HPE_INVALID_HEADER_TOKEN':
      return [400, `a header is malformed${reason}`]
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
    case 'HPE_INVALID_TRANSFER_ENCODING':
      return [400, `Content-Length or Transfer-Encoding is malformed${reason}`]
    default:
      return [400, `the request is not well-formed HTTP/1.1${reason}`]
  }
}

/** A request and its response on one connection. */
export interface Exchange {
  request: IncomingMessage
  response: ServerResponse
}

/**
 * Answers a request that node:http could not parse (its `clientError`) as WeChat Pay answers any bad
 * request: a signed JSON INVALID_REQUEST, then the connection closed. `latest` is the connection's
 * previous request: a fault in its body (a bad chunk) is its answer unless it has one already; after
 * a complete request the answer waits for that request's own, and after one that closes the
 * connection nothing is added. A client that has gone gets nothing.
 */
export function refuseMalformed(
  error: NodeJS.ErrnoException,
  socket: Duplex,
  latest: Exchange | undefined,
  key: { signer(): PlatformKey; nowSeconds(): number },
): void {
  const answered = latest && !latest.request.complete && latest.response.headersSent
  if (error.code === 'ECONNRESET' || !socket.writable || answered) {
    socket.destroy()
    return
  }
  const [status, why] = malformation(error)
  const payload = Buffer.from(
    JSON.stringify({ code: 'INVALID_REQUEST', message: `HTTP 请求不符合微信支付 APIv3 接口规则: ${why}` }),
  )
  const signer = key.signer()
  const headers = {
    'Request-ID': newRequestId(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(payload.length),
    Connection: 'close',
    ...wechatpaySignatureHeaders(payload, { privateKey: signer.privateKey, serial: signer.id }, key.nowSeconds()),
  }
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
  // Bytes after a request that closes the connection (HTTP/1.0, Connection: close) are no request:
  // its answer may run to the end of the connection, so nothing may follow it.
  const afterClose = error.code === 'HPE_CLOSED_CONNECTION'
  const write = () => {
    if (!socket.writable) return void socket.destroy()
    if (afterClose) return void socket.end()
    socket.end(
      Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join('')}\r\n`), payload]),
    )
  }
  // What the client still sends is read and dropped; the connection is cut after a few seconds at most.
  const cut = setTimeout(() => socket.destroy(), 5000).unref()
  socket.once('close', () => clearTimeout(cut))
  socket.resume()
  if (latest?.request.complete && !latest.response.writableFinished) latest.response.once('finish', write)
  else write()
}

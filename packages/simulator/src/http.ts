// HTTP plumbing: answering as WeChat Pay does — JSON, a
// Request-ID on every response, and the Wechatpay-* signature headers on API responses.
import { randomBytes } from 'node:crypto'
import type { ServerResponse } from 'node:http'
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
  const headers: Record<string, string> = { 'Request-ID': newRequestId(), ...reply.headers }
  if (payload.length > 0) headers['Content-Type'] = reply.contentType ?? 'application/json; charset=utf-8'
  if (reply.signer) {
    const key = { privateKey: reply.signer.privateKey, serial: reply.signer.id }
    Object.assign(headers, wechatpaySignatureHeaders(payload, key, reply.nowSeconds))
  }
  response.writeHead(reply.status, headers)
  response.end(payload)
}

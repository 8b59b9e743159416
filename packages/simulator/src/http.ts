// HTTP plumbing: reading the raw body, and answering as WeChat Pay does — JSON, a Request-ID on
// every response, and the Wechatpay-* signature headers on API responses.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createNonce, responseMessage, SCHEMA, signSync } from '@wxpay/sdk'
import type { PlatformKey } from './keys.js'

export const MAX_REQUEST_BYTES = 1024 * 1024

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

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_REQUEST_BYTES) {
        reject(new ApiError(413, 'INVALID_REQUEST', `the request body is over ${MAX_REQUEST_BYTES} bytes`))
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
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
    const timestamp = String(reply.nowSeconds)
    const nonce = createNonce()
    Object.assign(headers, {
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature': signSync(responseMessage(timestamp, nonce, payload), reply.signer.privateKey),
      'Wechatpay-Serial': reply.signer.id,
      'Wechatpay-Signature-Type': SCHEMA,
    })
  }
  response.writeHead(reply.status, headers)
  response.end(payload)
}

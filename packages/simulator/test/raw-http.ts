// Bytes over a TCP socket, for requests no HTTP client would send, and a small reader of the answers
// (status, headers, a body by Content-Length or chunked) that checks the WeChat Pay signature.
import { verify } from 'node:crypto'
import { connect } from 'node:net'

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
  /** The body has neither a length nor chunks: it runs to the end of the connection. */
  untilClose: boolean
}

/**
 * Writes `bytes` on a new connection and reads until `responses` whole answers have arrived, the
 * server closes the connection, or `timeoutMs` pass; then closes. Resolves to the bytes received.
 */
export function exchange(
  port: number,
  bytes: Buffer | string,
  options: { responses?: number; timeoutMs?: number } = {},
): Promise<Buffer> {
  const wanted = options.responses ?? 1
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const received: Buffer[] = []
    const timer = setTimeout(() => socket.destroy(), options.timeoutMs ?? 5000)
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk)
      if (complete(Buffer.concat(received), wanted)) socket.destroy()
    })
    // A reset after the answer is not a failure of the exchange: what arrived is what counts.
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(received))
    })
    socket.write(bytes)
  })
}

function complete(bytes: Buffer, wanted: number): boolean {
  try {
    const responses = parseResponses(bytes)
    // A body without a length (an answer to HTTP/1.0) ends when the connection does.
    return responses.length >= wanted && !responses.some((response) => response.untilClose)
  } catch {
    return false
  }
}

/** The final HTTP/1.1 responses in `bytes`, in order (1xx skipped); throws on bytes that are not responses. */
export function parseResponses(bytes: Buffer): RawResponse[] {
  const responses: RawResponse[] = []
  let rest = bytes
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n')
    if (end < 0) throw new Error(`an incomplete head: ${JSON.stringify(rest.subarray(0, 80).toString('latin1'))}`)
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n')
    const status = /^HTTP\/1\.[01] (\d{3}) /.exec(statusLine)
    if (!status) throw new Error(`not a status line: ${JSON.stringify(statusLine.slice(0, 80))}`)
    const headers: Record<string, string> = {}
    for (const line of lines) {
      const colon = line.indexOf(':')
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
    }
    // An interim answer (100 Continue) has no body and is not the request's answer.
    if (status[1].startsWith('1')) {
      rest = rest.subarray(end + 4)
      continue
    }
    const untilClose = headers['content-length'] === undefined && headers['transfer-encoding'] !== 'chunked'
    const [body, next] = untilClose
      ? [rest.subarray(end + 4), Buffer.alloc(0)]
      : readBody(rest.subarray(end + 4), headers)
    responses.push({ status: Number(status[1]), headers, body, untilClose })
    rest = next
  }
  return responses
}

function readBody(bytes: Buffer, headers: Record<string, string>): [Buffer, Buffer] {
  if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length'])
    if (bytes.length < length) throw new Error('a body shorter than its Content-Length')
    return [bytes.subarray(0, length), bytes.subarray(length)]
  }
  const chunks: Buffer[] = []
  let rest = bytes
  for (;;) {
    const line = rest.indexOf('\r\n')
    if (line < 0) throw new Error('an incomplete chunk')
    const size = Number.parseInt(rest.subarray(0, line).toString('latin1'), 16)
    rest = rest.subarray(line + 2)
    if (size === 0) return [Buffer.concat(chunks), rest.subarray(2)]
    chunks.push(rest.subarray(0, size))
    rest = rest.subarray(size + 2)
  }
}

/** Whether the answer carries a Request-ID and a Wechatpay-Signature over its exact body by one of `certs`. */
export function isSigned(response: RawResponse, certs: Record<string, string>): boolean {
  const h = response.headers
  const pem = certs[h['wechatpay-serial']]
  if (!pem || !/^08[0-9A-F]{28}$/.test(h['request-id'] ?? '')) return false
  const message = Buffer.concat([
    Buffer.from(`${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n`),
    response.body,
    Buffer.from('\n'),
  ])
  return verify('sha256', message, pem, Buffer.from(h['wechatpay-signature'] ?? '', 'base64'))
}

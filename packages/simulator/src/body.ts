// The request body as WeChat Pay takes it (spec §1.1): at most 1 MiB, `Content-Type: application/json`,
// UTF-8, and JSON no deeper than MAX_JSON_DEPTH. Each check runs on the raw bytes in one pass, before
// anything parses, walks or copies the body; a client that goes away mid-body is told apart.
import type { IncomingMessage } from 'node:http'
import { MAX_JSON_DEPTH, pointerToken, readLimited } from '@wxpay/sdk/protocol'
import { ApiError } from './http.js'

export const MAX_REQUEST_BYTES = 1024 * 1024

// The deepest nesting of arrays and objects a body may have is the SDK's MAX_JSON_DEPTH (32): the
// catalog's deepest body nests far less, and every walk of a body (validation, error details,
// JSON.stringify) stays far from the stack's limit, which a few thousand levels reach. Here it is
// checked on the raw bytes, before anything parses them.
export { MAX_JSON_DEPTH }

/** Longest string kept in an error's `detail.value`; longer ones are cut, composites described. */
export const MAX_DETAIL_CHARS = 256

/** The client closed the connection before its request was complete: nothing to answer. */
export class ClientGone extends Error {}

/** Reads the body; over MAX_REQUEST_BYTES (declared or received) is 413, stopped as soon as it is known. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > MAX_REQUEST_BYTES) throw tooLarge()
  let body: Buffer | undefined
  try {
    body = await readLimited(request.iterator({ destroyOnReturn: false }), MAX_REQUEST_BYTES)
  } catch {
    throw new ClientGone('the client closed the connection mid-body')
  }
  if (!body) throw tooLarge()
  return body
}

/** Bytes and time a client may still send after its 413, read and dropped, before the connection is cut. */
const DISCARD_BYTES = 8 * MAX_REQUEST_BYTES
const DISCARD_MS = 5000

/**
 * After an early answer (413), reads and drops the rest of the body so that the client reads the
 * answer rather than a reset; a client that sends more than DISCARD_BYTES or takes over DISCARD_MS
 * has its connection cut.
 */
export function discardRest(request: IncomingMessage): void {
  if (request.complete) return
  let left = DISCARD_BYTES
  const cut = () => {
    clearTimeout(timer)
    request.socket.destroy()
  }
  const timer = setTimeout(cut, DISCARD_MS).unref()
  request.on('data', (chunk: Buffer) => {
    left -= chunk.length
    if (left < 0) cut()
  })
  request.once('end', () => clearTimeout(timer))
  request.once('error', () => clearTimeout(timer))
  request.resume()
}

const tooLarge = () =>
  new ApiError(
    413,
    'INVALID_REQUEST',
    `HTTP 请求不符合微信支付 APIv3 接口规则: the body is over ${MAX_REQUEST_BYTES} bytes`,
  )

const invalid = (why: string) => new ApiError(400, 'INVALID_REQUEST', `HTTP 请求不符合微信支付 APIv3 接口规则: ${why}`)

/** A body comes with `Content-Type: application/json` (parameters such as `charset=utf-8` allowed). */
export function checkContentType(contentType: string | undefined, body: Buffer): void {
  if (body.length === 0) return
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/json') {
    const given = contentType === undefined ? 'none' : JSON.stringify(contentType.slice(0, 64))
    throw invalid(`a body needs Content-Type: application/json (given: ${given})`)
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The body as JSON: UTF-8 (no replacement of bad bytes), no deeper than MAX_JSON_DEPTH, then parsed. */
export function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined
  let text: string
  try {
    text = utf8.decode(raw)
  } catch {
    throw invalid('the body is not valid UTF-8')
  }
  const depth = depthOver(raw, MAX_JSON_DEPTH)
  if (depth !== undefined) {
    throw new ApiError(
      400,
      'PARAM_ERROR',
      `参数错误: the body nests arrays and objects deeper than ${MAX_JSON_DEPTH}`,
      {
        field: depth.pointer,
        issue: `is nested ${MAX_JSON_DEPTH + 1} or more levels deep; at most ${MAX_JSON_DEPTH} are accepted`,
        location: 'body',
      },
    )
  }
  try {
    return JSON.parse(text)
  } catch {
    throw invalid('the body is not valid JSON')
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a
const COMMA = 0x2c
const OPENERS = new Set([0x5b, 0x7b]) // [ {
const CLOSERS = new Set([0x5d, 0x7d]) // ] }

/**
 * Where the bytes first nest deeper than `limit`, found in one pass that skips strings and never
 * recurses: a pointer to the top-level member holding the deep value (`/appid`, `/3`), or `''` for
 * the body itself. Bytes that are not JSON get an answer too; parsing then refuses them.
 */
export function depthOver(bytes: Uint8Array, limit: number): { pointer: string } | undefined {
  let depth = 0
  let inString = false
  let stringStart = 0
  let lastString = ''
  let member = ''
  let index = 0
  let topIsArray = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (inString) {
      if (byte === BACKSLASH) i++
      else if (byte === QUOTE) {
        inString = false
        if (depth === 1) lastString = keyText(bytes.subarray(stringStart, Math.min(i, stringStart + 64)))
      }
    } else if (byte === QUOTE) {
      inString = true
      stringStart = i + 1
    } else if (OPENERS.has(byte)) {
      if (depth === 0) topIsArray = byte === 0x5b
      if (++depth > limit) return { pointer: topIsArray ? `/${index}` : member && `/${member}` }
    } else if (CLOSERS.has(byte)) depth--
    else if (depth === 1 && byte === COLON) member = lastString
    else if (depth === 1 && byte === COMMA) index++
  }
  return undefined
}

/** A member name as a pointer token: its first 64 bytes, escapes left as written. */
const keyText = (raw: Uint8Array) => pointerToken(Buffer.from(raw).toString('utf8'))

/** A value for an error's `detail.value`: short primitives as they are, long strings cut, composites described. */
export function summarise(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > MAX_DETAIL_CHARS ? `${value.slice(0, MAX_DETAIL_CHARS)}… (${value.length} characters)` : value
  }
  if (Array.isArray(value)) return `(an array of ${value.length} items)`
  if (value !== null && typeof value === 'object') {
    const count = Object.keys(value).length
    return `(an object with ${count} ${count === 1 ? 'field' : 'fields'})`
  }
  return value
}

// One notification from raw bytes to a typed event (spec §1.8): size and type of the body, the
// signature over the exact bytes (spec §1.3, through the verifier the client gives), the envelope,
// then AES-256-GCM with the APIv3 key and the tag checked, then JSON.
import { isPlainObject as isObject } from '../catalog/json.js'
import type { Crypto } from '../crypto/types.js'
import { utf8Bytes, utf8Length, utf8Text } from '../encoding.js'
import { openAesGcm } from '../encryption.js'
import { ConfigurationError, NotificationFormatError } from '../errors.js'
import { readSignedHeaders, type Verifier } from '../verification.js'
import type { NotificationEvent } from './event.js'

/** The request body exactly as received (a Buffer is a Uint8Array). */
export type RawBody = string | Uint8Array | ArrayBuffer

/** Header names in any case: a plain object, Node's `IncomingHttpHeaders`, or a `Headers`. */
export type NotificationHeaders = Headers | Record<string, string | string[] | undefined>

export interface NotificationInput {
  headers: NotificationHeaders
  body: RawBody
}

export interface ParseOptions {
  /** Bodies larger than this are refused before any cryptography; default 1 MiB. */
  maxBodyBytes?: number
}

export interface ParseContext extends ParseOptions {
  /** Checks the Wechatpay-* signature over the exact body bytes; throws `SignatureVerificationError`. */
  verifier: Verifier
  apiV3Key: Uint8Array | undefined
  crypto: Crypto
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024
const NOTIFICATION_ALGORITHM = 'AEAD_AES_256_GCM'

const RAW_BODY_HELP =
  'A notification is verified over the exact bytes WeChat Pay sent; a parsed and re-serialised body never ' +
  'matches the signature. Pass the raw body: in Express, express.raw({ type: "application/json" }) on this route ' +
  '(req.body is then a Buffer) and no express.json() before it; in Fastify, a content-type parser with ' +
  "parseAs: 'buffer' scoped to this route; in Koa, the raw body (ctx.request.rawBody, or read ctx.req yourself); " +
  'in a Next.js App Router route handler, await request.text(); in Hono, await c.req.text(). ' +
  'The adapters in @wxpay/sdk/express, /fastify, /koa and /web read the raw body for you.'

/** The TypeError for a body that is not raw bytes; `what` says what was found instead. */
export const rawBodyError = (what: string): TypeError => new TypeError(`${what}. ${RAW_BODY_HELP}`)

function describe(body: unknown): string {
  if (body === undefined || body === null) return `the notification body is ${body}`
  if (Array.isArray(body)) return 'the notification body is an array, parsed from JSON'
  return `the notification body is ${typeof body === 'object' ? 'a parsed object' : `a ${typeof body}`}, not the raw bytes`
}

export const tooLarge = (maxBodyBytes: number) =>
  new NotificationFormatError(
    'body-too-large',
    `the notification body is over ${maxBodyBytes} bytes, far larger than any WeChat Pay notification; ` +
      'refused before verification (raise maxBodyBytes if this is expected)',
  )

/** The body as bytes, refusing parsed objects, empty bodies and bodies over the limit. */
function toRawBody(body: unknown, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): Uint8Array {
  let bytes: Uint8Array
  if (typeof body === 'string') {
    if (utf8Length(body) > maxBodyBytes) throw tooLarge(maxBodyBytes)
    bytes = utf8Bytes(body)
  } else if (body instanceof Uint8Array) {
    bytes = body
  } else if (body instanceof ArrayBuffer) {
    bytes = new Uint8Array(body)
  } else {
    throw rawBodyError(describe(body))
  }
  if (bytes.length > maxBodyBytes) throw tooLarge(maxBodyBytes)
  if (bytes.length === 0) {
    throw new NotificationFormatError(
      'empty-body',
      'the notification body is empty. If the request did carry a body, something read the request stream ' +
        'before this code (a body parser); give this route the raw bytes.',
    )
  }
  return bytes
}

/** `YYYYMMDDHHmmss` (the papay examples, spec §6.7) as RFC 3339 in Beijing time; anything else unchanged. */
function normaliseCreateTime(value: string): string {
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value)
  if (!compact) return value
  const [, year, month, day, hour, minute, second] = compact
  return `${year}-${month}-${day}T${hour}:${minute}:${second}+08:00`
}

/** Parses one notification; every failure is a typed error whose message names no key and no decrypted data. */
export async function parseNotification(input: NotificationInput, context: ParseContext): Promise<NotificationEvent> {
  if (!isObject(input)) throw new TypeError('parse({ headers, body }): pass the request headers and the raw body')
  const body = toRawBody(input.body, context.maxBodyBytes)
  if (typeof input.headers !== 'object' || input.headers === null) {
    throw new TypeError('parse({ headers, body }): headers must be the request headers (an object or a Headers)')
  }
  if (context.apiV3Key === undefined) {
    throw new ConfigurationError(
      'apiV3Key',
      'is required to decrypt notifications: pass the 32-byte APIv3 key set in 商户平台 → 账户中心 → API安全',
    )
  }
  await context.verifier.verify(readSignedHeaders(input.headers), body, { subject: 'notification' })

  let envelope: unknown
  try {
    envelope = JSON.parse(utf8Text(body))
  } catch {
    throw new NotificationFormatError('not-json', 'the notification body is signed but is not JSON')
  }
  const resource = isObject(envelope) ? envelope.resource : undefined
  if (!isObject(envelope) || !isWellFormed(envelope, resource)) throw envelopeError(envelope, resource)
  if (resource.algorithm !== NOTIFICATION_ALGORITHM) {
    throw new NotificationFormatError(
      'unsupported-algorithm',
      `resource.algorithm is ${String(resource.algorithm).slice(0, 32)}; this client decrypts ${NOTIFICATION_ALGORITHM} ` +
        'only (AEAD_SM4_GCM is the 国密 variant, which needs SM onboarding)',
    )
  }
  const plaintext = await openAesGcm(
    {
      ciphertext: resource.ciphertext as string,
      nonce: resource.nonce as string,
      associated_data: resource.associated_data as string | undefined,
    },
    context.apiV3Key,
    context.crypto,
  )
  let decrypted: unknown
  try {
    decrypted = JSON.parse(utf8Text(plaintext))
  } catch {
    decrypted = undefined
  }
  if (!isObject(decrypted)) {
    throw new NotificationFormatError('resource-not-json', 'the decrypted resource is not a JSON object')
  }
  return {
    id: envelope.id as string,
    create_time: normaliseCreateTime(envelope.create_time as string),
    event_type: envelope.event_type as string,
    resource_type: envelope.resource_type as string,
    summary: envelope.summary as string,
    resource: decrypted,
  }
}

const ENVELOPE_STRINGS = ['id', 'create_time', 'event_type', 'resource_type', 'summary'] as const
const RESOURCE_STRINGS = ['algorithm', 'ciphertext', 'nonce'] as const

function isWellFormed(envelope: Record<string, unknown>, resource: unknown): resource is Record<string, unknown> {
  return (
    isObject(resource) &&
    ENVELOPE_STRINGS.every((key) => typeof envelope[key] === 'string') &&
    RESOURCE_STRINGS.every((key) => typeof resource[key] === 'string') &&
    (resource.associated_data === undefined || typeof resource.associated_data === 'string')
  )
}

/** Names everything missing or mistyped in an envelope that is not well formed. */
function envelopeError(envelope: unknown, resource: unknown): NotificationFormatError {
  const problems = [
    ...ENVELOPE_STRINGS.filter((key) => !isObject(envelope) || typeof envelope[key] !== 'string').map(
      (key) => `${key} (a string)`,
    ),
    ...(isObject(resource)
      ? RESOURCE_STRINGS.filter((key) => typeof resource[key] !== 'string').map((key) => `resource.${key} (a string)`)
      : ['resource (an object)']),
    ...(isObject(resource) && resource.associated_data !== undefined && typeof resource.associated_data !== 'string'
      ? ['resource.associated_data (a string when present)']
      : []),
  ]
  return new NotificationFormatError('envelope', `the notification envelope lacks ${problems.join(', ')}`)
}

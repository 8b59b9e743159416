// Verifying WeChat Pay's signatures (spec §1.3) on responses and notifications, over the exact bytes
// received. A Verifier is the one interface for it: the client's verifies with the trust store and
// follows a certificate rotation (trust/refresh.ts); the certificate download passes its own
// (trust/download.ts). The RSA check itself is the client's Crypto's.
import { decodeBase64 } from './bytes.js'
import { type Clock, unixSeconds } from './clock.js'
import type { Crypto, PublicKey } from './crypto/types.js'
import { NotificationProbeError, SignatureVerificationError } from './errors.js'
import { responseMessage, SCHEMA } from './signing.js'

export const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/'
/** Responses and notifications are refused at five minutes of clock difference or more. */
export const MAX_CLOCK_SKEW_SECONDS = 300

export interface SignedHeaders {
  timestamp?: string
  nonce?: string
  signature?: string
  serial?: string
  signatureType?: string
  /** Headers given with a value that is not one string (a number, an object, several values): never verified. */
  malformed?: string[]
}

const SIGNED_HEADERS = [
  ['timestamp', 'Wechatpay-Timestamp'],
  ['nonce', 'Wechatpay-Nonce'],
  ['signature', 'Wechatpay-Signature'],
  ['serial', 'Wechatpay-Serial'],
  ['signatureType', 'Wechatpay-Signature-Type'],
] as const

/**
 * Reads the `Wechatpay-*` headers from a plain object (any case) or a Headers instance. A value must
 * be a string (or, as Node gives repeated headers, an array of one string); any other is `malformed`.
 */
export function readSignedHeaders(headers: Headers | Record<string, unknown>): SignedHeaders {
  const get = (name: string): unknown => {
    if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
    const record = headers as Record<string, unknown>
    // Node and the client's transport give lower-case names: look that up before scanning.
    const key = Object.hasOwn(record, name)
      ? name
      : Object.keys(record).find((candidate) => candidate.toLowerCase() === name)
    const value = key === undefined ? undefined : record[key]
    return Array.isArray(value) && value.length === 1 ? value[0] : value
  }
  const read: SignedHeaders = {}
  for (const [field, name] of SIGNED_HEADERS) {
    const value = get(name.toLowerCase())
    if (typeof value === 'string') read[field] = value
    else if (value !== undefined && value !== null) read.malformed = [...(read.malformed ?? []), name]
  }
  return read
}

export const hasSignature = (headers: SignedHeaders): boolean =>
  headers.signature !== undefined ||
  headers.timestamp !== undefined ||
  headers.serial !== undefined ||
  headers.malformed !== undefined

/** What is verified, for messages and error details. */
export interface VerifySubject {
  /** `response` or `notification`. */
  subject: string
  requestId?: string
  status?: number
}

export interface VerifyContext extends VerifySubject {
  nowSeconds: number
  crypto: Crypto
}

/** Where verification finds the key for a `Wechatpay-Serial` (the client's TrustStore). */
export interface VerificationKeys {
  /** The key for `id`, refusing unknown ids and certificates outside their validity at `nowMs`. */
  verificationKey(
    id: string,
    nowMs: number,
    subject: string,
    details: { serial?: string; requestId?: string; status?: number },
  ): PublicKey
}

/** Checks a WeChat Pay signature over the exact body bytes; throws `SignatureVerificationError`. */
export interface Verifier {
  verify(headers: SignedHeaders, body: Uint8Array, subject: VerifySubject): void | Promise<void>
}

/**
 * Verifies a WeChat Pay signature over the exact body bytes. Order: headers present, signature
 * type, probe, 5-minute window, known serial, certificate validity, RSA signature.
 */
export async function verifySignature(
  headers: SignedHeaders,
  body: Uint8Array,
  keys: VerificationKeys,
  context: VerifyContext,
): Promise<void> {
  const details = { serial: headers.serial, requestId: context.requestId, status: context.status }
  if (headers.malformed) {
    throw new SignatureVerificationError(
      'malformed-headers',
      `the ${context.subject}'s ${headers.malformed.join(', ')} ${headers.malformed.length > 1 ? 'are' : 'is'} not a single ` +
        'string value; a signed message never carries that. Pass the request headers as received.',
      details,
    )
  }
  if (!headers.timestamp || !headers.nonce || !headers.signature || !headers.serial)
    refuseMissing(headers, context, details)
  if (headers.signatureType !== undefined && headers.signatureType !== SCHEMA) {
    throw new SignatureVerificationError(
      'unsupported-signature-type',
      `Wechatpay-Signature-Type is ${headers.signatureType}; this client verifies ${SCHEMA} only`,
      details,
    )
  }
  if (headers.signature!.startsWith(PROBE_PREFIX)) {
    throw new NotificationProbeError(
      'probe',
      `the ${context.subject} carries a WECHATPAY/SIGNTEST/ probe signature: WeChat Pay is checking that you verify. ` +
        'Answer it with a 4xx/5xx; the real one follows with a valid signature.',
      details,
    )
  }
  const timestamp = Number(headers.timestamp)
  if (!/^\d{1,12}$/.test(headers.timestamp!) || Math.abs(context.nowSeconds - timestamp) >= MAX_CLOCK_SKEW_SECONDS) {
    throw new SignatureVerificationError(
      'timestamp-out-of-window',
      `Wechatpay-Timestamp ${headers.timestamp} is ${Number.isFinite(timestamp) ? Math.abs(context.nowSeconds - timestamp) : '?'} s ` +
        `away from this machine's clock (${context.nowSeconds}); the limit is under ${MAX_CLOCK_SKEW_SECONDS} s. ` +
        'A replayed message, or a clock that needs NTP.',
      details,
    )
  }
  const key = keys.verificationKey(headers.serial!, context.nowSeconds * 1000, context.subject, details)
  const signature = decodeSignature(headers.signature!, context.subject, details)
  const message = responseMessage(headers.timestamp!, headers.nonce!, body)
  if (!(await context.crypto.verify(message, signature, key))) {
    throw new SignatureVerificationError(
      'bad-signature',
      `the ${context.subject}'s signature does not verify with the key for ${headers.serial}: the body was altered ` +
        'in transit, or the key configured under that id is not the one WeChat Pay signs with.',
      details,
    )
  }
}

function decodeSignature(text: string, subject: string, details: SignatureVerificationError['details']): Uint8Array {
  const signature = decodeBase64(text)
  if (signature) return signature
  throw new SignatureVerificationError(
    'bad-signature',
    `the ${subject}'s Wechatpay-Signature is not canonical Base64, as WeChat Pay's signatures are`,
    details,
  )
}

function refuseMissing(
  headers: SignedHeaders,
  context: VerifyContext,
  details: { serial?: string; requestId?: string; status?: number },
): never {
  const missing = (
    [
      ['Wechatpay-Timestamp', headers.timestamp],
      ['Wechatpay-Nonce', headers.nonce],
      ['Wechatpay-Signature', headers.signature],
      ['Wechatpay-Serial', headers.serial],
    ] as const
  )
    .filter(([, value]) => !value)
    .map(([name]) => name)
  throw new SignatureVerificationError(
    'missing-headers',
    `the ${context.subject} lacks ${missing.join(', ')}; an unsigned ${context.subject} is never trusted. ` +
      'If a proxy or CDN sits in between, make it pass the Wechatpay-* headers through.',
    details,
  )
}

/** Verifies with the keys a trust store holds now, by `clock`. */
export const storeVerifier = (
  keys: VerificationKeys,
  clock: Clock,
  crypto: Crypto,
): { verify: (...args: Parameters<Verifier['verify']>) => Promise<void> } => ({
  verify: (headers, body, subject) =>
    verifySignature(headers, body, keys, { ...subject, nowSeconds: unixSeconds(clock), crypto }),
})

// Signatures: the request's Authorization header (spec §1.2) and the verification of responses and
// notifications (spec §1.3).
import { createHash, type KeyObject, randomFillSync, sign, verify } from 'node:crypto'
import { NotificationProbeError, SignatureVerificationError } from '../errors.js'
import type { TrustStore } from '../trust-store.js'

export const SCHEMA = 'WECHATPAY2-SHA256-RSA2048'
export const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/'
/** Responses and notifications are refused at five minutes of clock difference or more. */
export const MAX_CLOCK_SKEW_SECONDS = 300

const NEWLINE = Buffer.from('\n')

// Nonces are cut from a block of CSPRNG bytes refilled every 170 calls: one randomBytes call per
// nonce costs more than the nonce is worth on the request path.
const NONCE_BYTES = 24
const nonceBlock = Buffer.alloc(NONCE_BYTES * 170)
let nonceOffset = nonceBlock.length

/** 32 characters from a CSPRNG (base64url of 24 random bytes). */
export function createNonce(): string {
  if (nonceOffset === nonceBlock.length) {
    randomFillSync(nonceBlock)
    nonceOffset = 0
  }
  const nonce = nonceBlock.toString('base64url', nonceOffset, nonceOffset + NONCE_BYTES)
  nonceOffset += NONCE_BYTES
  return nonce
}

/** `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n` with the exact body bytes. */
export function requestMessage(method: string, url: string, timestamp: string, nonce: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${method}\n${url}\n${timestamp}\n${nonce}\n`), body, NEWLINE])
}

/** `TIMESTAMP\nNONCE\nBODY\n` with the exact body bytes. */
export function responseMessage(timestamp: string, nonce: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), body, NEWLINE])
}

/** SHA256withRSA, Base64. Asynchronous: the work runs on libuv's thread pool, off the event loop. */
export function signAsync(message: Buffer, privateKey: KeyObject): Promise<string> {
  return new Promise((resolve, reject) => {
    sign('sha256', message, privateKey, (error, signature) =>
      error ? reject(error) : resolve(signature.toString('base64')),
    )
  })
}

export const signSync = (message: Buffer, privateKey: KeyObject): string =>
  sign('sha256', message, privateKey).toString('base64')

export function authorizationHeader(fields: {
  mchid: string
  serial: string
  nonce: string
  timestamp: string
  signature: string
}): string {
  return `${SCHEMA} mchid="${fields.mchid}",nonce_str="${fields.nonce}",signature="${fields.signature}",timestamp="${fields.timestamp}",serial_no="${fields.serial}"`
}

export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

export interface SignedHeaders {
  timestamp?: string
  nonce?: string
  signature?: string
  serial?: string
  signatureType?: string
}

/** Reads the `Wechatpay-*` headers from a plain object (any case) or a Headers instance. */
export function readSignedHeaders(headers: Headers | Record<string, string | string[] | undefined>): SignedHeaders {
  const get = (name: string): string | undefined => {
    if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
    const record = headers as Record<string, string | string[] | undefined>
    // Node and the client's transport give lower-case names: look that up before scanning.
    const key = Object.hasOwn(record, name)
      ? name
      : Object.keys(record).find((candidate) => candidate.toLowerCase() === name)
    const value = key === undefined ? undefined : record[key]
    return Array.isArray(value) ? value[0] : value
  }
  return {
    timestamp: get('wechatpay-timestamp'),
    nonce: get('wechatpay-nonce'),
    signature: get('wechatpay-signature'),
    serial: get('wechatpay-serial'),
    signatureType: get('wechatpay-signature-type'),
  }
}

export const hasSignature = (headers: SignedHeaders): boolean =>
  headers.signature !== undefined || headers.timestamp !== undefined || headers.serial !== undefined

export interface VerifyContext {
  /** What is being verified, for messages: `response` or `notification`. */
  subject: string
  nowSeconds: number
  requestId?: string
  status?: number
}

/**
 * Verifies a WeChat Pay signature over the exact body bytes. Order: headers present, signature
 * type, probe, 5-minute window, known serial, certificate validity, RSA signature.
 */
export function verifySignature(headers: SignedHeaders, body: Buffer, store: TrustStore, context: VerifyContext): void {
  const details = { serial: headers.serial, requestId: context.requestId, status: context.status }
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
  const key = store.verificationKey(headers.serial!, context.nowSeconds * 1000, context.subject, details)
  const valid = verify(
    'sha256',
    responseMessage(headers.timestamp!, headers.nonce!, body),
    key,
    Buffer.from(headers.signature!, 'base64'),
  )
  if (!valid) {
    throw new SignatureVerificationError(
      'bad-signature',
      `the ${context.subject}'s signature does not verify with the key for ${headers.serial}: the body was altered ` +
        'in transit, or the key configured under that id is not the one WeChat Pay signs with.',
      details,
    )
  }
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

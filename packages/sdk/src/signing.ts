// Signatures made with a private key (spec §1.2, §1.3): the merchant's Authorization header over
// `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`, and, for the simulator and test notifications, WeChat
// Pay's own Wechatpay-* headers over `TIMESTAMP\nNONCE\nBODY\n`. The bytes signed are the bytes sent.
import { createHash, type KeyObject, randomFillSync, sign } from 'node:crypto'

export const SCHEMA = 'WECHATPAY2-SHA256-RSA2048'

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

/** What a signed request carried, for the SIGN_ERROR report and for the Authorization header. */
export interface RequestSignature {
  authorization: string
  timestamp: string
  nonce: string
}

/**
 * Signs requests with the merchant key. Alone, a request signs on the calling thread: handing one
 * signature to the thread pool and back costs about 0.2 ms of latency and CPU, with nothing to
 * overlap. With others in flight, the pool's threads sign while this one sends and verifies: that
 * is what puts the second core to work.
 */
export class RequestSigner {
  constructor(
    readonly mchid: string,
    readonly serial: string,
    readonly privateKey: KeyObject,
  ) {}

  async sign(method: string, url: string, body: Buffer, timestamp: string, alone: boolean): Promise<RequestSignature> {
    const nonce = createNonce()
    const message = requestMessage(method, url, timestamp, nonce, body)
    const signature = alone ? signSync(message, this.privateKey) : await signAsync(message, this.privateKey)
    const authorization = authorizationHeader({ mchid: this.mchid, serial: this.serial, nonce, timestamp, signature })
    return { authorization, timestamp, nonce }
  }
}

/** The key WeChat Pay signs with: a platform certificate's or a WeChat Pay public key's private half. */
export interface WechatpaySigningKey {
  privateKey: KeyObject
  /** `PUB_KEY_ID_…` or the certificate serial, sent as `Wechatpay-Serial`. */
  serial: string
}

/**
 * The Wechatpay-* headers WeChat Pay puts on a response or a notification (the simulator's side, and
 * test notifications). `signature` replaces the real one, e.g. with a `WECHATPAY/SIGNTEST/` probe.
 */
export function wechatpaySignatureHeaders(
  body: Buffer,
  key: WechatpaySigningKey,
  timestampSeconds: number,
  signature?: string,
): Record<string, string> {
  const timestamp = String(timestampSeconds)
  const nonce = createNonce()
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signature ?? signSync(responseMessage(timestamp, nonce, body), key.privateKey),
    'Wechatpay-Serial': key.serial,
    'Wechatpay-Signature-Type': SCHEMA,
  }
}

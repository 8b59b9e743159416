// Signatures made with a private key (spec §1.2, §1.3): the merchant's Authorization header over
// `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`, and, for the simulator and test notifications, WeChat
// Pay's own Wechatpay-* headers over `TIMESTAMP\nNONCE\nBODY\n` (crypto/node-sync.ts). The bytes
// signed are the bytes sent. The signature itself is the client's Crypto's.
import type { Crypto, PrivateKey } from './crypto/types.js'
import { concatBytes, toBase64Url, utf8Bytes } from './encoding.js'

export const SCHEMA = 'WECHATPAY2-SHA256-RSA2048'

const NEWLINE = utf8Bytes('\n')

// Nonces are cut from a block of CSPRNG bytes refilled every 170 calls: one random-bytes call per
// nonce costs more than the nonce is worth on the request path.
const NONCE_BYTES = 24
const BLOCK_BYTES = NONCE_BYTES * 170

/** 32-character nonces (base64url of 24 random bytes) from `random`, a CSPRNG. */
export class Nonces {
  #block: Uint8Array = new Uint8Array(0)
  #offset = 0
  constructor(readonly random: (size: number) => Uint8Array) {}

  next(): string {
    if (this.#offset === this.#block.length) {
      this.#block = this.random(BLOCK_BYTES)
      this.#offset = 0
    }
    const nonce = toBase64Url(this.#block.subarray(this.#offset, this.#offset + NONCE_BYTES))
    this.#offset += NONCE_BYTES
    return nonce
  }
}

// WebCrypto's getRandomValues is on every runtime (globalThis.crypto, Node 20 included); it is called
// on first use, never at import (workerd refuses randomness at a module's top level).
const shared = new Nonces((size) => globalThis.crypto.getRandomValues(new Uint8Array(size)))

/** 32 characters from a CSPRNG (base64url of 24 random bytes). */
export const createNonce = (): string => shared.next()

/** `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n` with the exact body bytes. */
export function requestMessage(
  method: string,
  url: string,
  timestamp: string,
  nonce: string,
  body: Uint8Array,
): Uint8Array {
  return concatBytes([utf8Bytes(`${method}\n${url}\n${timestamp}\n${nonce}\n`), body, NEWLINE])
}

/** `TIMESTAMP\nNONCE\nBODY\n` with the exact body bytes. */
export function responseMessage(timestamp: string, nonce: string, body: Uint8Array): Uint8Array {
  return concatBytes([utf8Bytes(`${timestamp}\n${nonce}\n`), body, NEWLINE])
}

export function authorizationHeader(fields: {
  mchid: string
  serial: string
  nonce: string
  timestamp: string
  signature: string
}): string {
  return `${SCHEMA} mchid="${fields.mchid}",nonce_str="${fields.nonce}",signature="${fields.signature}",timestamp="${fields.timestamp}",serial_no="${fields.serial}"`
}

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
 * is what puts the second core to work (node:crypto; WebCrypto signs asynchronously in any case).
 */
export class RequestSigner {
  readonly #nonces: Nonces

  constructor(
    readonly mchid: string,
    readonly serial: string,
    readonly privateKey: PrivateKey,
    readonly crypto: Crypto,
  ) {
    this.#nonces = new Nonces(crypto.randomBytes)
  }

  async sign(
    method: string,
    url: string,
    body: Uint8Array,
    timestamp: string,
    alone: boolean,
  ): Promise<RequestSignature> {
    const nonce = this.#nonces.next()
    const message = requestMessage(method, url, timestamp, nonce, body)
    const signature = await this.crypto.sign(message, this.privateKey, alone)
    const authorization = authorizationHeader({ mchid: this.mchid, serial: this.serial, nonce, timestamp, signature })
    return { authorization, timestamp, nonce }
  }
}

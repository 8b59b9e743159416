// The synchronous cryptography of the public API on Node (`encryptSensitive`, `decryptSensitive` from
// @wxpay/sdk; `encryptAesGcm`, `decryptAesGcm` and WeChat Pay's own signed headers from /protocol, for
// the simulator and test helpers). node:crypto only: the client itself goes through the Crypto
// interface (encryption.ts, signing.ts).
import { type KeyObject, randomBytes } from 'node:crypto'
import { decodeBase64 } from '../bytes.js'
import { AES_GCM_FAILURE, type AeadResource, aeadParts } from '../encryption.js'
import { DecryptionError } from '../errors.js'
import { createNonce, responseMessage, SCHEMA } from '../signing.js'
import { aesGcmOpen, aesGcmSeal, oaepDecrypt, oaepEncrypt, signSync } from './node.js'

type KeyLike = Parameters<typeof oaepEncrypt>[1]

/**
 * Encrypts a sensitive field (e.g. `real_identity.real_name`) for WeChat Pay; returns Base64. A
 * plaintext longer than the key can take (214 bytes under a 2048-bit key) is a RangeError.
 */
export function encryptSensitive(plaintext: string, publicKey: KeyLike): string {
  const bytes = Buffer.from(plaintext, 'utf8')
  try {
    return oaepEncrypt(bytes, publicKey).toString('base64')
  } catch (error) {
    if (!/data too large/i.test((error as Error).message)) throw error
    throw new RangeError(
      `the plaintext is ${bytes.length} bytes of UTF-8, more than RSA-OAEP under this key can encrypt`,
    )
  }
}

/** Decrypts a sensitive field with the matching private key (the simulator's side, or APIs that return them). */
export function decryptSensitive(ciphertext: string, privateKey: KeyLike): string {
  try {
    const bytes = decodeBase64(ciphertext)
    if (!bytes) throw new Error('not canonical Base64')
    return oaepDecrypt(bytes, privateKey).toString('utf8')
  } catch {
    throw new DecryptionError(
      'RSA-OAEP decryption failed: the value was not encrypted with the public key that Wechatpay-Serial names, or it is not Base64 ciphertext',
    )
  }
}

/** Decrypts AEAD_AES_256_GCM (Base64 ciphertext with the 16-byte tag appended); the tag is always checked. */
export function decryptAesGcm(resource: AeadResource, apiV3Key: Uint8Array): Buffer {
  const { sealed, iv, aad } = aeadParts(resource, apiV3Key)
  try {
    return aesGcmOpen(apiV3Key, iv, aad, sealed)
  } catch {
    throw new DecryptionError(AES_GCM_FAILURE)
  }
}

/** Encrypts with AEAD_AES_256_GCM as WeChat Pay does (used by the simulator and test helpers). */
export function encryptAesGcm(
  plaintext: string | Uint8Array,
  apiV3Key: Uint8Array,
  associatedData = '',
  nonce?: string,
) {
  const iv = nonce ?? randomBytes(9).toString('base64url').slice(0, 12)
  const bytes = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext
  const sealed = aesGcmSeal(apiV3Key, Buffer.from(iv, 'utf8'), Buffer.from(associatedData, 'utf8'), bytes)
  return {
    algorithm: 'AEAD_AES_256_GCM' as const,
    ciphertext: sealed.toString('base64'),
    nonce: iv,
    associated_data: associatedData,
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
  body: Uint8Array,
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

// Encryption used by WeChat Pay APIv3: RSA-OAEP (SHA-1, MGF1-SHA-1) for sensitive request fields
// (spec §1.6) and AEAD_AES_256_GCM for notifications and downloaded certificates (spec §1.8, §1.4).
import {
  constants,
  createCipheriv,
  createDecipheriv,
  type KeyLike,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
} from 'node:crypto'
import { DecryptionError } from '../errors.js'

const OAEP = constants.RSA_PKCS1_OAEP_PADDING

/** Encrypts a sensitive field (e.g. `real_identity.real_name`) for WeChat Pay; returns Base64. */
export function encryptSensitive(plaintext: string, publicKey: KeyLike): string {
  return publicEncrypt({ key: publicKey, padding: OAEP, oaepHash: 'sha1' }, Buffer.from(plaintext, 'utf8')).toString(
    'base64',
  )
}

/** Decrypts a sensitive field with the matching private key (the simulator's side, or APIs that return them). */
export function decryptSensitive(ciphertext: string, privateKey: KeyLike): string {
  try {
    return privateDecrypt(
      { key: privateKey, padding: OAEP, oaepHash: 'sha1' },
      Buffer.from(ciphertext, 'base64'),
    ).toString('utf8')
  } catch {
    throw new DecryptionError(
      'RSA-OAEP decryption failed: the value was not encrypted with the public key that Wechatpay-Serial names, or it is not Base64 ciphertext',
    )
  }
}

export const APIV3_KEY_BYTES = 32
const TAG_BYTES = 16

export interface AeadResource {
  ciphertext: string
  nonce: string
  associated_data?: string
}

/** Decrypts AEAD_AES_256_GCM (Base64 ciphertext with the 16-byte tag appended); the tag is always checked. */
export function decryptAesGcm(resource: AeadResource, apiV3Key: Buffer): Buffer {
  if (apiV3Key.length !== APIV3_KEY_BYTES) {
    throw new DecryptionError(`the APIv3 key must be exactly 32 bytes; this one is ${apiV3Key.length}`)
  }
  const data = Buffer.from(resource.ciphertext, 'base64')
  if (data.length < TAG_BYTES) throw new DecryptionError('ciphertext is shorter than the 16-byte GCM tag')
  try {
    const decipher = createDecipheriv('aes-256-gcm', apiV3Key, Buffer.from(resource.nonce, 'utf8'), {
      authTagLength: TAG_BYTES,
    })
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES))
    decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'))
    return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()])
  } catch {
    throw new DecryptionError(
      'AES-256-GCM authentication failed (unable to authenticate data). Usual causes: the APIv3 key was reset in ' +
        '商户平台 → 账户中心 → API安全 and this one is the old key; the APIv2 key was configured instead of the APIv3 key; ' +
        'or the ciphertext, nonce or associated_data was altered.',
    )
  }
}

/** Encrypts with AEAD_AES_256_GCM as WeChat Pay does (used by the simulator and test helpers). */
export function encryptAesGcm(plaintext: string | Buffer, apiV3Key: Buffer, associatedData = '', nonce?: string) {
  const iv = nonce ?? randomBytes(9).toString('base64url').slice(0, 12)
  const cipher = createCipheriv('aes-256-gcm', apiV3Key, Buffer.from(iv, 'utf8'), { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(associatedData, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
  return {
    algorithm: 'AEAD_AES_256_GCM' as const,
    ciphertext: body.toString('base64'),
    nonce: iv,
    associated_data: associatedData,
  }
}

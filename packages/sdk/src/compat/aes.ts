// wechatpay-axios-plugin's Aes.AesGcm (AEAD_AES_256_GCM with the APIv3 key): the same argument
// orders and outputs, on the SDK's cipher, which checks the tag and names the usual causes on failure.
import { KeyObject } from 'node:crypto'
import { decryptAesGcm, encryptAesGcm } from '../crypto/node-sync.js'

/** The APIv3 key as a string (its usual form), a Buffer, or a secret KeyObject. */
export type AesKey = string | Buffer | KeyObject

const keyBytes = (key: AesKey): Buffer =>
  key instanceof KeyObject ? key.export() : Buffer.isBuffer(key) ? key : Buffer.from(String(key), 'utf8')

export const AesGcm = {
  /** Base64 of the ciphertext with the 16-byte tag appended. */
  encrypt(plaintext: string, key: AesKey, iv: string, aad = ''): string {
    return encryptAesGcm(plaintext, keyBytes(key), aad, iv).ciphertext
  },

  /** The UTF-8 plaintext; a `DecryptionError` when the tag does not verify (wrong key, nonce or aad). */
  decrypt(ciphertext: string, key: AesKey, iv: string, aad = ''): string {
    return decryptAesGcm({ ciphertext, nonce: iv, associated_data: aad }, keyBytes(key)).toString('utf8')
  },
}

/** APIv3's AES: `Aes.AesGcm`. The APIv2 ciphers (`AesEcb`, `AesCbc`) are not part of the compat layer. */
export const Aes = { BLOCK_SIZE: 16, AesGcm }

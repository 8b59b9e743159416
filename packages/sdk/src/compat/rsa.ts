// wechatpay-axios-plugin's Rsa: loading keys, RSA-OAEP for sensitive fields, SHA256withRSA. The same
// argument orders and outputs; encryption, decryption and signing run on the SDK's primitives.
import {
  type BinaryLike,
  constants,
  createPrivateKey,
  createPublicKey,
  type KeyLike,
  KeyObject,
  verify as verifySignature,
} from 'node:crypto'
import { readFileSync } from 'node:fs'
import { signSync } from '../crypto/node.js'
import { decryptSensitive, encryptSensitive } from '../crypto/node-sync.js'

type KeyType = 'public' | 'private'
const KEY_TYPE_PUBLIC = 'public'
const KEY_TYPE_PRIVATE = 'private'
const OAEP = constants.RSA_PKCS1_OAEP_PADDING

/** `private.pkcs1://…`-style strings: DER in Base64 after the protocol, as wechatpay-axios-plugin reads them. */
const PROTOCOLS: Record<string, { format: 'der'; type: 'pkcs1' | 'pkcs8' | 'spki'; offset: number }> = {
  'private.pkcs1': { format: 'der', type: 'pkcs1', offset: 16 },
  'private.pkcs8': { format: 'der', type: 'pkcs8', offset: 16 },
  'public.pkcs1': { format: 'der', type: 'pkcs1', offset: 15 },
  'public.spki': { format: 'der', type: 'spki', offset: 14 },
}

function onlyOaep(padding: number): void {
  if (padding !== OAEP) {
    throw new RangeError(
      `padding ${padding} is not supported: WeChat Pay APIv3 uses RSA-OAEP; omit the argument or pass Rsa.RSA_PKCS1_OAEP_PADDING`,
    )
  }
}

const bytes = (message: BinaryLike): Buffer =>
  typeof message === 'string'
    ? Buffer.from(message, 'utf8')
    : Buffer.from(message.buffer, message.byteOffset, message.byteLength)

const isKeyObject = (thing: unknown): thing is KeyObject =>
  thing instanceof KeyObject && (thing.type === KEY_TYPE_PUBLIC || thing.type === KEY_TYPE_PRIVATE)

/**
 * A KeyObject from a KeyObject, PEM text or Buffer, `file:///path/to/key.pem`, or
 * `private.pkcs1://`, `private.pkcs8://`, `public.pkcs1://`, `public.spki://` followed by Base64 DER.
 */
function from(thing: KeyLike, type: KeyType = KEY_TYPE_PRIVATE): KeyObject {
  if (isKeyObject(thing) && thing.type === type) return thing
  let input: KeyLike | { key: Buffer; format: 'der'; type: 'pkcs1' | 'pkcs8' | 'spki' } = thing
  let protocol: string = type
  if (typeof thing === 'string') {
    const separator = thing.indexOf('://')
    if (thing.startsWith('file://')) input = readFileSync(thing.slice(7))
    else if (/^(private|public)/.test(thing) && separator >= 11 && separator <= 13) {
      protocol = thing.slice(0, separator)
      const rule = PROTOCOLS[protocol]
      if (rule) input = { key: Buffer.from(thing.slice(rule.offset), 'base64'), format: rule.format, type: rule.type }
    }
  }
  const key = input as Parameters<typeof createPrivateKey>[0] & Parameters<typeof createPublicKey>[0]
  return protocol.startsWith(KEY_TYPE_PRIVATE) || type === KEY_TYPE_PRIVATE
    ? createPrivateKey(key)
    : createPublicKey(key)
}

export const Rsa = {
  RSA_PKCS1_OAEP_PADDING: OAEP,
  KEY_TYPE_PUBLIC,
  KEY_TYPE_PRIVATE,
  isKeyObject,
  from,
  fromPkcs8: (text: string): KeyObject => from(`${KEY_TYPE_PRIVATE}.pkcs8://${text}`, KEY_TYPE_PRIVATE),
  fromPkcs1: (text: string, type: KeyType = KEY_TYPE_PRIVATE): KeyObject =>
    from(`${type === KEY_TYPE_PUBLIC ? KEY_TYPE_PUBLIC : KEY_TYPE_PRIVATE}.pkcs1://${text}`, type),
  fromSpki: (text: string): KeyObject => from(`${KEY_TYPE_PUBLIC}.spki://${text}`, KEY_TYPE_PUBLIC),

  /** RSA-OAEP (SHA-1) under the WeChat Pay public key or platform certificate; Base64. */
  encrypt(plaintext: string, publicKey: KeyLike, padding: number = OAEP): string {
    onlyOaep(padding)
    return encryptSensitive(plaintext, publicKey)
  },

  /** The UTF-8 plaintext; a `DecryptionError` when the ciphertext is not for this key. */
  decrypt(ciphertext: string, privateKey: KeyLike, padding: number = OAEP): string {
    onlyOaep(padding)
    return decryptSensitive(ciphertext, privateKey)
  },

  /** SHA256withRSA over the message (a string is UTF-8); Base64. */
  sign(message: BinaryLike, privateKey: KeyLike): string {
    return signSync(bytes(message), isKeyObject(privateKey) ? privateKey : createPrivateKey(privateKey))
  },

  /** Whether the Base64 SHA256withRSA signature over the message verifies with the key or certificate. */
  verify(message: BinaryLike, signature: string, publicKey: KeyLike): boolean {
    return verifySignature('sha256', bytes(message), publicKey, Buffer.from(signature, 'base64'))
  },
}

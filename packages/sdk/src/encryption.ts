// Encryption in WeChat Pay APIv3: RSA-OAEP (SHA-1, MGF1-SHA-1) for the sensitive fields of a request
// under a WeChat Pay key that `Wechatpay-Serial` names (spec §1.6), and AEAD_AES_256_GCM under the
// APIv3 key for notifications and downloaded certificates (spec §1.8, §1.4). `encryptRequest` is
// the pipeline's stage: it encrypts the fields the catalog marks and decides `Wechatpay-Serial`, once.
// Everything goes through the client's Crypto (crypto/types.ts); the synchronous node:crypto functions
// of the public API are in crypto/node-sync.ts.
import { decodeBase64 } from './bytes.js'
import type { EndpointDefinition } from './catalog/endpoints/index.js'
import { findPresent, isPlainObject, replaceAt, valueAt } from './catalog/json.js'
import { encryptedPointers, type Issue } from './catalog/schema.js'
import type { Crypto, PublicKey } from './crypto/types.js'
import { toBase64, utf8Bytes, utf8Length } from './encoding.js'
import { DecryptionError, ValidationError } from './errors.js'
import { type RequestBody, stringify } from './request-body.js'

/** The most plaintext RSA-OAEP with SHA-1 (20-byte hashes) takes under a key of `bits`: 214 bytes at 2048. */
export const oaepCapacity = (bits: number): number => Math.floor(bits / 8) - 2 * 20 - 2

/** Refuses, naming the field and never its value, a plaintext too long for the key. */
function checkOaepCapacity(name: string, value: unknown, present: string[], key: PublicKey): void {
  const { bits } = key
  const capacity = oaepCapacity(bits)
  for (const pointer of present) {
    const size = utf8Length(valueAt(value, pointer) as string)
    if (size <= capacity) continue
    throw new ValidationError(name, [
      {
        field: pointer,
        issue: `is ${size} bytes of UTF-8, more than RSA-OAEP under the ${bits}-bit WeChat Pay key can encrypt (${capacity})`,
        fix: 'check the value: a real name or an id number is far shorter (WeChat Pay shows 1–64 characters)',
      },
    ])
  }
}

export const APIV3_KEY_BYTES = 32
export const TAG_BYTES = 16

export interface AeadResource {
  ciphertext: string
  nonce: string
  associated_data?: string
}

export const AES_GCM_FAILURE =
  'AES-256-GCM authentication failed (unable to authenticate data). Usual causes: the APIv3 key was reset in ' +
  '商户平台 → 账户中心 → API安全 and this one is the old key; the APIv2 key was configured instead of the APIv3 key; ' +
  'or the ciphertext, nonce or associated_data was altered.'

/** The parts of an AEAD_AES_256_GCM resource, checked before any decryption. */
export function aeadParts(resource: AeadResource, apiV3Key: Uint8Array) {
  if (apiV3Key.length !== APIV3_KEY_BYTES) {
    throw new DecryptionError(`the APIv3 key must be exactly 32 bytes; this one is ${apiV3Key.length}`)
  }
  const sealed = decodeBase64(resource.ciphertext)
  if (!sealed) throw new DecryptionError('the ciphertext is not canonical Base64, as WeChat Pay writes it')
  if (sealed.length < TAG_BYTES) throw new DecryptionError('ciphertext is shorter than the 16-byte GCM tag')
  return { sealed, iv: utf8Bytes(resource.nonce), aad: utf8Bytes(resource.associated_data ?? '') }
}

/** Decrypts AEAD_AES_256_GCM (Base64 ciphertext with the 16-byte tag appended); the tag is always checked. */
export async function openAesGcm(resource: AeadResource, apiV3Key: Uint8Array, crypto: Crypto): Promise<Uint8Array> {
  const { sealed, iv, aad } = aeadParts(resource, apiV3Key)
  try {
    return await crypto.decryptAesGcm(apiV3Key, iv, aad, sealed)
  } catch {
    throw new DecryptionError(AES_GCM_FAILURE)
  }
}

const encryptedCache = new WeakMap<EndpointDefinition, string[]>()

/** JSON pointers of the endpoint's encrypted request fields (`*` for array items). */
export function encryptedFieldsOf(endpoint: EndpointDefinition): string[] {
  let pointers = encryptedCache.get(endpoint)
  if (!pointers) {
    pointers = endpoint.request ? encryptedPointers(endpoint.request) : []
    encryptedCache.set(endpoint, pointers)
  }
  return pointers
}

/** A WeChat Pay key to encrypt with, and the id `Wechatpay-Serial` names it by. */
export interface EncryptionKey {
  id: string
  key: PublicKey
}

/** Where the pipeline finds WeChat Pay's keys (the client's trust store, refreshed on demand). */
export interface EncryptionKeys {
  /** The merchant's own certificate serial, which never belongs in `Wechatpay-Serial`. */
  readonly merchantSerial: string
  /** The configured WeChat Pay public key, named in `Wechatpay-Serial` of every request. */
  publicKey(): EncryptionKey | undefined
  /** The key to encrypt with, downloading certificates first when none is known and that is possible. */
  encryptionKey(): Promise<{ key?: EncryptionKey; failure?: Error }>
  /** The trusted key named `id` (a public-key id or a certificate serial), downloading certificates once if unknown. */
  find(id: string): Promise<EncryptionKey | undefined>
}

// RSA-OAEP ciphertext under a 2048/3072/4096-bit key, Base64.
const CIPHERTEXT_BYTES = new Set([256, 384, 512])

/**
 * Encrypts the request's sensitive fields and decides `Wechatpay-Serial`, once: the key that
 * encrypted; the caller's own value (the fields are then already encrypted); or the WeChat Pay
 * public key, so that the response is signed with it. The fields are found in the body's parsed
 * value; when one is encrypted, the bytes are that value with the ciphertext in place, serialised.
 * A body of the caller's bytes is never rewritten: plaintext in it is refused. With `validate` off,
 * a caller's serial is sent even when it names no key the client has.
 */
export async function encryptRequest(
  name: string,
  endpoint: EndpointDefinition | undefined,
  body: RequestBody,
  callerSerial: string | undefined,
  keys: EncryptionKeys,
  crypto: Crypto,
  validate = true,
): Promise<{ bytes: Uint8Array | undefined; serial: string | undefined }> {
  const { value, bytes } = body
  const present = endpoint && isPlainObject(value) ? findPresent(value, encryptedFieldsOf(endpoint)) : []
  if (callerSerial !== undefined) {
    checkCallerSerial(name, callerSerial, keys.merchantSerial, value, present)
    if (validate && !(await keys.find(callerSerial))) throw unknownSerial(name, callerSerial)
    return { bytes, serial: callerSerial }
  }
  if (present.length > 0) {
    if (body.raw) throw plaintextInRawBody(name, present[0])
    const { key, failure } = await keys.encryptionKey()
    if (!key) throw noEncryptionKey(name, present[0], failure)
    checkOaepCapacity(name, value, present, key.key)
    const ciphertexts = await Promise.all(
      present.map(async (pointer) =>
        toBase64(await crypto.encryptOaep(utf8Bytes(valueAt(value, pointer) as string), key.key)),
      ),
    )
    // replaceAt visits the pointers in order.
    let next = 0
    const encrypted = replaceAt(value as Record<string, unknown>, present, () => ciphertexts[next++])
    return { bytes: utf8Bytes(stringify(name, encrypted)), serial: key.id }
  }
  const preferred =
    keys.publicKey() ?? (endpoint?.requiresWechatpaySerial ? (await keys.encryptionKey()).key : undefined)
  return { bytes, serial: preferred?.id }
}

function plaintextInRawBody(name: string, field: string): ValidationError {
  return new ValidationError(name, [
    {
      field,
      issue: 'must be encrypted, and the body is a string or Buffer, which is sent byte for byte and never rewritten',
      fix: 'pass the body as an object to have the SDK encrypt the field, or encrypt it with encryptSensitive() and name the key in a Wechatpay-Serial header',
    },
  ])
}

function unknownSerial(name: string, serial: string): ValidationError {
  return new ValidationError(name, [
    {
      field: 'Wechatpay-Serial',
      issue: `names ${serial}, which is not a WeChat Pay key this client has`,
      fix: 'name a key configured in certs (PUB_KEY_ID_… or a platform certificate serial), or omit the header and let the SDK encrypt',
    },
  ])
}

function noEncryptionKey(name: string, field: string, failure: Error | undefined): ValidationError {
  return new ValidationError(name, [
    {
      field,
      issue: 'must be encrypted, and no WeChat Pay public key or valid platform certificate is configured',
      fix:
        'add the WeChat Pay public key (PUB_KEY_ID_…) or a platform certificate to certs' +
        (failure ? ` (downloading the platform certificates failed: ${failure.message})` : ''),
    },
  ])
}

/** With the caller's `Wechatpay-Serial` the fields are taken as already encrypted: refuse what looks like plaintext. */
function checkCallerSerial(name: string, serial: string, merchantSerial: string, data: unknown, present: string[]) {
  const fail = (issue: Issue) => {
    throw new ValidationError(name, [issue])
  }
  if (serial.toUpperCase() === merchantSerial) {
    fail({
      field: 'Wechatpay-Serial',
      issue: 'is your merchant certificate serial',
      fix: 'name the WeChat Pay key that encrypted the fields (PUB_KEY_ID_… or a platform certificate serial), or omit the header and let the SDK encrypt',
    })
  }
  for (const pointer of present) {
    const value = valueAt(data, pointer)
    const bytes = typeof value === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? base64Length(value) : 0
    if (!CIPHERTEXT_BYTES.has(bytes)) {
      fail({
        field: pointer,
        issue: 'is not RSA-OAEP ciphertext, yet a Wechatpay-Serial header says the fields are already encrypted',
        fix: 'omit the Wechatpay-Serial header to let the SDK encrypt, or encrypt the value with encryptSensitive()',
      })
    }
  }
}

/** How many bytes Base64 text decodes to, counting as Node's lenient decoder does. */
function base64Length(text: string): number {
  const data = text.replace(/=+$/, '').length
  return Math.floor((data * 3) / 4)
}

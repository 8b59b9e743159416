// Encryption in WeChat Pay APIv3: RSA-OAEP (SHA-1, MGF1-SHA-1) for the sensitive fields of a request
// under a WeChat Pay key that `Wechatpay-Serial` names (spec §1.6), and AEAD_AES_256_GCM under the
// APIv3 key for notifications and downloaded certificates (spec §1.8, §1.4). `encryptRequest` is
// the pipeline's stage: it encrypts the fields the catalog marks and decides `Wechatpay-Serial`, once.
import {
  constants,
  createCipheriv,
  createDecipheriv,
  type KeyLike,
  type KeyObject,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
} from 'node:crypto'
import { decodeBase64 } from './bytes.js'
import type { EndpointDefinition } from './catalog/endpoints/index.js'
import { findPresent, isPlainObject, replaceAt, valueAt } from './catalog/json.js'
import { encryptedPointers, type Issue } from './catalog/schema.js'
import { DecryptionError, ValidationError } from './errors.js'
import { type RequestBody, stringify } from './request-body.js'

const OAEP = constants.RSA_PKCS1_OAEP_PADDING

/**
 * Encrypts a sensitive field (e.g. `real_identity.real_name`) for WeChat Pay; returns Base64. A
 * plaintext longer than the key can take (214 bytes under a 2048-bit key) is a RangeError.
 */
export function encryptSensitive(plaintext: string, publicKey: KeyLike): string {
  const bytes = Buffer.from(plaintext, 'utf8')
  try {
    return publicEncrypt({ key: publicKey, padding: OAEP, oaepHash: 'sha1' }, bytes).toString('base64')
  } catch (error) {
    if (!/data too large/i.test((error as Error).message)) throw error
    throw new RangeError(
      `the plaintext is ${bytes.length} bytes of UTF-8, more than RSA-OAEP under this key can encrypt`,
    )
  }
}

/** The most plaintext RSA-OAEP with SHA-1 (20-byte hashes) takes under `key`: 214 bytes at 2048 bits. */
const oaepCapacity = (key: KeyObject): { bits: number; bytes: number } => {
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 2048
  return { bits, bytes: Math.floor(bits / 8) - 2 * 20 - 2 }
}

/** Refuses, naming the field and never its value, a plaintext too long for the key. */
function checkOaepCapacity(name: string, value: unknown, present: string[], key: KeyObject): void {
  const { bits, bytes: capacity } = oaepCapacity(key)
  for (const pointer of present) {
    const size = Buffer.byteLength(valueAt(value, pointer) as string, 'utf8')
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

/** Decrypts a sensitive field with the matching private key (the simulator's side, or APIs that return them). */
export function decryptSensitive(ciphertext: string, privateKey: KeyLike): string {
  try {
    const bytes = decodeBase64(ciphertext)
    if (!bytes) throw new Error('not canonical Base64')
    return privateDecrypt({ key: privateKey, padding: OAEP, oaepHash: 'sha1' }, bytes).toString('utf8')
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
  const data = decodeBase64(resource.ciphertext)
  if (!data) throw new DecryptionError('the ciphertext is not canonical Base64, as WeChat Pay writes it')
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
  key: KeyObject
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
  validate = true,
): Promise<{ bytes: Buffer | undefined; serial: string | undefined }> {
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
    const encrypted = replaceAt(value as Record<string, unknown>, present, (plaintext) =>
      encryptSensitive(plaintext, key.key),
    )
    return { bytes: Buffer.from(stringify(name, encrypted), 'utf8'), serial: key.id }
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
    const bytes =
      typeof value === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, 'base64').length : 0
    if (!CIPHERTEXT_BYTES.has(bytes)) {
      fail({
        field: pointer,
        issue: 'is not RSA-OAEP ciphertext, yet a Wechatpay-Serial header says the fields are already encrypted',
        fix: 'omit the Wechatpay-Serial header to let the SDK encrypt, or encrypt the value with encryptSensitive()',
      })
    }
  }
}

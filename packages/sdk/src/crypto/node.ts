// The node:crypto implementation of the Crypto interface: the default on Node, as fast as the SDK was
// before it had an interface (a signature alone is made on the calling thread, several at once on
// libuv's thread pool). Node-only: the builds for other runtimes never import this file.
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyLike,
  type KeyObject,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  sign,
  verify,
  X509Certificate,
} from 'node:crypto'
import {
  type CertificateInfo,
  type Crypto,
  KeyImportError,
  type KeyInput,
  type PrivateKey,
  type PublicKey,
} from './types.js'

const OAEP = constants.RSA_PKCS1_OAEP_PADDING
const TAG_BYTES = 16

class NodePublicKey implements PublicKey {
  readonly type = 'public'
  readonly algorithm: string
  readonly bits: number
  readonly spki: string
  constructor(readonly keyObject: KeyObject) {
    this.algorithm = keyObject.asymmetricKeyType ?? 'unknown'
    this.bits = keyObject.asymmetricKeyDetails?.modulusLength ?? 2048
    this.spki = keyObject.export({ type: 'spki', format: 'der' }).toString('base64')
  }
}

class NodePrivateKey implements PrivateKey {
  readonly type = 'private'
  readonly algorithm: string
  readonly bits: number
  #publicKey: NodePublicKey | undefined
  constructor(readonly keyObject: KeyObject) {
    this.algorithm = keyObject.asymmetricKeyType ?? 'unknown'
    this.bits = keyObject.asymmetricKeyDetails?.modulusLength ?? 2048
  }
  get publicKey(): NodePublicKey {
    this.#publicKey ??= new NodePublicKey(createPublicKey(this.keyObject))
    return this.#publicKey
  }
}

const isKeyObject = (value: unknown): value is KeyObject =>
  typeof value === 'object' && value !== null && typeof (value as KeyObject).export === 'function'

const textOf = (material: KeyInput): string =>
  typeof material === 'string' ? material : Buffer.from(material as Uint8Array).toString('utf8')

// A key of the other implementation: imported again from its SPKI (private keys never cross).
const foreignKeys = new WeakMap<PublicKey, KeyObject>()

function keyObjectOf(key: PublicKey): KeyObject {
  if (key instanceof NodePublicKey) return key.keyObject
  let keyObject = foreignKeys.get(key)
  if (!keyObject) {
    keyObject = createPublicKey({ key: Buffer.from(key.spki, 'base64'), format: 'der', type: 'spki' })
    foreignKeys.set(key, keyObject)
  }
  return keyObject
}

function privateKeyObject(key: PrivateKey): KeyObject {
  if (key instanceof NodePrivateKey) return key.keyObject
  throw new TypeError('this private key was imported by the WebCrypto implementation; import it again with node:crypto')
}

/** SHA256withRSA, Base64, on libuv's thread pool: off the event loop. */
export function signAsync(message: Uint8Array, privateKey: KeyObject): Promise<string> {
  return new Promise((resolve, reject) => {
    sign('sha256', message, privateKey, (error, signature) =>
      error ? reject(error) : resolve(signature.toString('base64')),
    )
  })
}

export const signSync = (message: Uint8Array, privateKey: KeyObject): string =>
  sign('sha256', message, privateKey).toString('base64')

export const oaepEncrypt = (plaintext: Uint8Array, key: KeyLike): Buffer =>
  publicEncrypt({ key, padding: OAEP, oaepHash: 'sha1' }, plaintext)

export const oaepDecrypt = (ciphertext: Uint8Array, key: KeyLike): Buffer =>
  privateDecrypt({ key, padding: OAEP, oaepHash: 'sha1' }, ciphertext)

export function aesGcmSeal(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(aad)
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
}

/** Throws when the tag does not authenticate the ciphertext. */
export function aesGcmOpen(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES))
  decipher.setAAD(aad)
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()])
}

export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** A PEM certificate as node:crypto's X509Certificate reads it. */
export function nodeCertificate(pem: string): { serial: string; notBefore: number; notAfter: number; key: KeyObject } {
  const certificate = new X509Certificate(pem)
  return {
    serial: certificate.serialNumber.trim().toUpperCase(),
    key: certificate.publicKey,
    notBefore: Date.parse(certificate.validFrom),
    notAfter: Date.parse(certificate.validTo),
  }
}

function attempt<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof KeyImportError) throw error
    throw new KeyImportError()
  }
}

export const nodeCrypto: Crypto = {
  name: 'node',
  privateKey(material) {
    if (isKeyObject(material)) {
      if (material.type !== 'private') throw new KeyImportError(`a ${material.type} KeyObject`)
      return new NodePrivateKey(material)
    }
    return attempt(() => new NodePrivateKey(createPrivateKey(textOf(material))))
  },
  publicKey(material) {
    if (isKeyObject(material)) {
      if (material.type !== 'public') throw new KeyImportError(`a ${material.type} KeyObject`)
      return new NodePublicKey(material)
    }
    return attempt(() => new NodePublicKey(createPublicKey(textOf(material))))
  },
  certificate(pem): CertificateInfo {
    const { key, ...fields } = attempt(() => nodeCertificate(pem))
    return { ...fields, publicKey: new NodePublicKey(key) }
  },
  sign(message, key, alone = false) {
    const keyObject = privateKeyObject(key)
    return alone ? Promise.resolve(signSync(message, keyObject)) : signAsync(message, keyObject)
  },
  async verify(message, signature, key) {
    return verify('sha256', message, keyObjectOf(key), signature)
  },
  async encryptOaep(plaintext, key) {
    return oaepEncrypt(plaintext, keyObjectOf(key))
  },
  async decryptOaep(ciphertext, key) {
    return oaepDecrypt(ciphertext, privateKeyObject(key))
  },
  async encryptAesGcm(key, iv, aad, plaintext) {
    return aesGcmSeal(key, iv, aad, plaintext)
  },
  async decryptAesGcm(key, iv, aad, sealed) {
    return aesGcmOpen(key, iv, aad, sealed)
  },
  async sha256(data) {
    return createHash('sha256').update(data).digest()
  },
  randomBytes: (size) => randomBytes(size),
}

// The WebCrypto implementation of the Crypto interface (`globalThis.crypto.subtle`): the default on
// workerd, Deno, Bun and edge runtimes, and `crypto: 'web'` on Node. Keys are read from their DER here
// (crypto/pkix.ts), synchronously, and imported into WebCrypto on first use, once per algorithm:
// RSASSA-PKCS1-v1_5 with SHA-256 for signatures, RSA-OAEP with SHA-1 for sensitive fields.

import { fromBase64, isBytes, toBase64, utf8Text } from '../encoding.js'
import { ConfigurationError } from '../errors.js'
import { DerError } from './der.js'
import {
  bitLength,
  type KeyInfo,
  type PrivateKeyInfo,
  pemBlock,
  readCertificate,
  readPkcs1,
  readPkcs8,
  readRsaPublicKey,
  readSpki,
  rsaSpki,
} from './pkix.js'
import { type Crypto, KeyImportError, type KeyInput, type PrivateKey, type PublicKey } from './types.js'

const SIGNATURE = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const
const OAEP = { name: 'RSA-OAEP', hash: 'SHA-1' } as const

/** WebCrypto takes ArrayBuffer-backed views; the SDK's bytes always are. */
const source = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>

function subtle(): SubtleCrypto {
  const found = globalThis.crypto?.subtle
  if (!found) {
    throw new ConfigurationError(
      'crypto',
      "is 'web', and this runtime has no WebCrypto (globalThis.crypto.subtle); on Node, use the default node:crypto",
    )
  }
  return found
}

/** Imports `der` for `usage`; a refusal is the option's error, never a bare DOMException. */
async function importKey(
  format: 'spki' | 'pkcs8',
  der: Uint8Array,
  algorithm: typeof SIGNATURE | typeof OAEP,
  usage: KeyUsage,
): Promise<CryptoKey> {
  try {
    return await subtle().importKey(format, source(der), algorithm, false, [usage])
  } catch (error) {
    throw new ConfigurationError(
      format === 'pkcs8' ? 'privateKey' : 'certs',
      `holds an RSA key WebCrypto refuses to import for ${algorithm.name} (${(error as Error)?.message})`,
    )
  }
}

class WebPublicKey implements PublicKey {
  readonly type = 'public'
  readonly algorithm: string
  readonly bits: number
  readonly spki: string
  readonly #der: Uint8Array
  #verifyKey: Promise<CryptoKey> | undefined
  #encryptKey: Promise<CryptoKey> | undefined

  constructor(info: KeyInfo, der: Uint8Array) {
    this.algorithm = info.algorithm
    this.bits = info.rsa ? bitLength(info.rsa.modulus) : 0
    // RSA keys re-encoded as node:crypto exports them, so that both implementations compare alike.
    this.#der = info.rsa ? rsaSpki(info.rsa) : der
    this.spki = toBase64(this.#der)
  }

  verifyKey(): Promise<CryptoKey> {
    this.#verifyKey ??= importKey('spki', this.#der, SIGNATURE, 'verify')
    return this.#verifyKey
  }

  encryptKey(): Promise<CryptoKey> {
    this.#encryptKey ??= importKey('spki', this.#der, OAEP, 'encrypt')
    return this.#encryptKey
  }
}

class WebPrivateKey implements PrivateKey {
  readonly type = 'private'
  readonly algorithm: string
  readonly bits: number
  readonly #info: PrivateKeyInfo
  #publicKey: WebPublicKey | undefined
  #signKey: Promise<CryptoKey> | undefined
  #decryptKey: Promise<CryptoKey> | undefined

  constructor(info: PrivateKeyInfo) {
    this.#info = info
    this.algorithm = info.algorithm
    this.bits = info.rsa ? bitLength(info.rsa.modulus) : 0
  }

  get publicKey(): WebPublicKey {
    if (!this.#info.rsa) throw new TypeError(`the public half of a ${this.algorithm} key is not read here`)
    this.#publicKey ??= new WebPublicKey({ algorithm: 'rsa', rsa: this.#info.rsa }, rsaSpki(this.#info.rsa))
    return this.#publicKey
  }

  signKey(): Promise<CryptoKey> {
    this.#signKey ??= importKey('pkcs8', this.#info.pkcs8, SIGNATURE, 'sign')
    return this.#signKey
  }

  decryptKey(): Promise<CryptoKey> {
    this.#decryptKey ??= importKey('pkcs8', this.#info.pkcs8, OAEP, 'decrypt')
    return this.#decryptKey
  }
}

/** Reads DER with the parsers of pkix.ts; what they refuse is a KeyImportError. */
function read<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof KeyImportError) throw error
    if (error instanceof DerError) throw new KeyImportError(`malformed DER: ${error.message}`)
    throw error
  }
}

/** A node:crypto KeyObject (Node with `crypto: 'web'`) exported as DER; undefined for anything else. */
function exported(material: object, type: 'pkcs8' | 'spki'): Uint8Array | undefined {
  const exporter = (material as { export?: (options: object) => Uint8Array }).export
  return typeof exporter === 'function' ? exporter.call(material, { type, format: 'der' }) : undefined
}

function textOf(material: KeyInput, expected: 'private' | 'public'): string {
  if (typeof material === 'string') return material
  if (isBytes(material)) return utf8Text(material)
  throw new KeyImportError(
    `a ${(material as { type?: string }).type ?? 'non-PEM'} key object; pass the ${expected} key's PEM text, which the SDK imports into WebCrypto itself`,
  )
}

function privateKey(material: KeyInput): PrivateKey {
  const der = typeof material === 'object' && !isBytes(material) ? exported(material, 'pkcs8') : undefined
  if (der) return read(() => new WebPrivateKey(readPkcs8(der)))
  const block = read(() => pemBlock(textOf(material, 'private'), ['PRIVATE KEY', 'RSA PRIVATE KEY']))
  if (!block) throw new KeyImportError('no "BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY" block')
  return read(() => new WebPrivateKey(block.label === 'PRIVATE KEY' ? readPkcs8(block.der) : readPkcs1(block.der)))
}

function publicKey(material: KeyInput): WebPublicKey {
  const der = typeof material === 'object' && !isBytes(material) ? exported(material, 'spki') : undefined
  if (der) return read(() => new WebPublicKey(readSpki(der), der))
  const block = read(() => pemBlock(textOf(material, 'public'), ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE']))
  if (!block) throw new KeyImportError('no "BEGIN PUBLIC KEY" block')
  return read(() => {
    if (block.label === 'RSA PUBLIC KEY') {
      const rsa = readRsaPublicKey(block.der)
      return new WebPublicKey({ algorithm: 'rsa', rsa }, rsaSpki(rsa))
    }
    const spki = block.label === 'CERTIFICATE' ? readCertificate(block.der).spki : block.der
    return new WebPublicKey(readSpki(spki), spki)
  })
}

// A key of the other implementation: imported again from its SPKI (private keys never cross).
const foreignKeys = new WeakMap<PublicKey, WebPublicKey>()

function own(key: PublicKey): WebPublicKey {
  if (key instanceof WebPublicKey) return key
  let mine = foreignKeys.get(key)
  if (!mine) {
    const der = fromBase64(key.spki)
    mine = read(() => new WebPublicKey(readSpki(der), der))
    foreignKeys.set(key, mine)
  }
  return mine
}

function ownPrivate(key: PrivateKey): WebPrivateKey {
  if (key instanceof WebPrivateKey) return key
  throw new TypeError('this private key was imported by the node:crypto implementation; import it again with WebCrypto')
}

const aesKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>()

/** The APIv3 key as a WebCrypto key, imported once per key array. */
function aesKey(key: Uint8Array): Promise<CryptoKey> {
  let imported = aesKeys.get(key)
  if (!imported) {
    imported = subtle().importKey('raw', source(key), 'AES-GCM', false, ['encrypt', 'decrypt'])
    aesKeys.set(key, imported)
  }
  return imported
}

const gcm = (iv: Uint8Array, aad: Uint8Array): AesGcmParams => ({
  name: 'AES-GCM',
  iv: source(iv),
  additionalData: source(aad),
  tagLength: 128,
})

export const webCrypto: Crypto = {
  name: 'web',
  privateKey,
  publicKey,
  certificate(pem) {
    const block = read(() => pemBlock(pem, ['CERTIFICATE']))
    if (!block) throw new KeyImportError('no "BEGIN CERTIFICATE" block')
    return read(() => {
      const { serial, notBefore, notAfter, spki } = readCertificate(block.der)
      return { serial, notBefore, notAfter, publicKey: new WebPublicKey(readSpki(spki), spki) }
    })
  },
  async sign(message, key) {
    const signature = await subtle().sign(SIGNATURE, await ownPrivate(key).signKey(), source(message))
    return toBase64(new Uint8Array(signature))
  },
  async verify(message, signature, key) {
    const mine = own(key)
    // An RSA signature never verifies under another kind of key; node:crypto answers false too.
    if (mine.algorithm !== 'rsa') return false
    return subtle().verify(SIGNATURE, await mine.verifyKey(), source(signature), source(message))
  },
  async encryptOaep(plaintext, key) {
    return new Uint8Array(await subtle().encrypt(OAEP, await own(key).encryptKey(), source(plaintext)))
  },
  async decryptOaep(ciphertext, key) {
    return new Uint8Array(await subtle().decrypt(OAEP, await ownPrivate(key).decryptKey(), source(ciphertext)))
  },
  async encryptAesGcm(key, iv, aad, plaintext) {
    return new Uint8Array(await subtle().encrypt(gcm(iv, aad), await aesKey(key), source(plaintext)))
  },
  async decryptAesGcm(key, iv, aad, sealed) {
    return new Uint8Array(await subtle().decrypt(gcm(iv, aad), await aesKey(key), source(sealed)))
  },
  async sha256(data) {
    return new Uint8Array(await subtle().digest('SHA-256', source(data)))
  },
  randomBytes(size) {
    const bytes = new Uint8Array(size)
    // getRandomValues fills at most 65,536 bytes a call.
    for (let offset = 0; offset < size; offset += 65_536) {
      globalThis.crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)))
    }
    return bytes
  },
}

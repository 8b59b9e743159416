// Keys and certificates read from their DER (crypto/der.ts), for the runtimes without node:crypto's
// parsers: PEM armour, PKCS#8 and PKCS#1 private keys (PKCS#1 wrapped into PKCS#8, the form WebCrypto
// imports), SubjectPublicKeyInfo, and an X.509 certificate's serial, validity and public key.
import { fromBase64, toHex } from '../encoding.js'
import {
  childrenOf,
  contentOf,
  DerError,
  encodingOf,
  expectTag,
  integer,
  nullValue,
  octetString,
  oid,
  readBitString,
  readDer,
  readOid,
  readTime,
  readUnsigned,
  sequence,
  TAG,
  bitString as writeBitString,
} from './der.js'

export const RSA_ENCRYPTION = '1.2.840.113549.1.1.1'

/** Key algorithms by OID, named as node:crypto's `asymmetricKeyType` names them. */
const KEY_ALGORITHMS: Record<string, string> = {
  [RSA_ENCRYPTION]: 'rsa',
  '1.2.840.113549.1.1.10': 'rsa-pss',
  '1.2.840.10040.4.1': 'dsa',
  '1.2.840.10045.2.1': 'ec',
  '1.2.840.113549.1.3.1': 'dh',
  '1.3.101.110': 'x25519',
  '1.3.101.111': 'x448',
  '1.3.101.112': 'ed25519',
  '1.3.101.113': 'ed448',
}

export interface PemBlock {
  label: string
  der: Uint8Array
}

const PEM = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n?([\s\S]*?)-----END \1-----/g
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/

/** The PEM blocks of `text`, in order; a block whose body is not Base64 is a DerError. */
export function readPem(text: string): PemBlock[] {
  const blocks: PemBlock[] = []
  for (const match of text.matchAll(PEM)) {
    const body = match[2].replace(/\s+/g, '')
    if (!BASE64_BODY.test(body) || body.length % 4 !== 0) throw new DerError(`the ${match[1]} block is not Base64`)
    blocks.push({ label: match[1], der: fromBase64(body) })
  }
  return blocks
}

/** The first block labelled one of `labels`. */
export function pemBlock(text: string, labels: readonly string[]): PemBlock | undefined {
  return readPem(text).find((block) => labels.includes(block.label))
}

export interface RsaNumbers {
  modulus: Uint8Array
  exponent: Uint8Array
}

export interface KeyInfo {
  /** `rsa`, `ec`, `ed25519`…, or the OID when unknown. */
  algorithm: string
  /** For RSA keys. */
  rsa?: RsaNumbers
}

export interface PrivateKeyInfo extends KeyInfo {
  /** The key as PKCS#8 DER. */
  pkcs8: Uint8Array
}

/** Modulus length in bits. */
export function bitLength(modulus: Uint8Array): number {
  let start = 0
  while (start < modulus.length && modulus[start] === 0) start++
  if (start === modulus.length) return 0
  return (modulus.length - start) * 8 - Math.clz32(modulus[start]) + 24
}

function algorithmOf(identifier: ReturnType<typeof readDer> | undefined, what: string): string {
  const [algorithm] = childrenOf(expectTag(identifier, TAG.SEQUENCE, `${what} algorithm`))
  const id = readOid(algorithm, `${what} algorithm`)
  return KEY_ALGORITHMS[id] ?? id
}

/** RSAPrivateKey (PKCS#1): the modulus and public exponent, the rest checked for shape. */
function readRsaPrivateKey(der: Uint8Array): RsaNumbers {
  const parts = childrenOf(expectTag(readDer(der), TAG.SEQUENCE, 'RSAPrivateKey'))
  if (parts.length < 9) throw new DerError(`RSAPrivateKey has ${parts.length} parts, not 9`)
  const version = readUnsigned(parts[0], 'RSAPrivateKey version')
  if (version.length !== 1 || version[0] > 1) throw new DerError('RSAPrivateKey version is not 0 or 1')
  for (const [index, name] of ['d', 'p', 'q', 'dp', 'dq', 'qinv'].entries()) readUnsigned(parts[index + 3], name)
  return { modulus: readUnsigned(parts[1], 'modulus'), exponent: readUnsigned(parts[2], 'publicExponent') }
}

/** RSAPublicKey (PKCS#1): `SEQUENCE { modulus, publicExponent }`. */
export function readRsaPublicKey(der: Uint8Array): RsaNumbers {
  const parts = childrenOf(expectTag(readDer(der), TAG.SEQUENCE, 'RSAPublicKey'))
  if (parts.length !== 2) throw new DerError(`RSAPublicKey has ${parts.length} parts, not 2`)
  return { modulus: readUnsigned(parts[0], 'modulus'), exponent: readUnsigned(parts[1], 'publicExponent') }
}

const rsaAlgorithm = () => sequence(oid(RSA_ENCRYPTION), nullValue())

/** PKCS#1 RSAPrivateKey wrapped in a PKCS#8 PrivateKeyInfo (version 0, rsaEncryption). */
export const wrapPkcs1 = (pkcs1: Uint8Array): Uint8Array =>
  sequence(integer(Uint8Array.of(0)), rsaAlgorithm(), octetString(pkcs1))

/** The SubjectPublicKeyInfo of an RSA public key, in the form node:crypto exports it. */
export const rsaSpki = ({ modulus, exponent }: RsaNumbers): Uint8Array =>
  sequence(rsaAlgorithm(), writeBitString(sequence(integer(modulus), integer(exponent))))

/** A PKCS#8 PrivateKeyInfo; for an RSA key, its numbers too. */
export function readPkcs8(der: Uint8Array): PrivateKeyInfo {
  const parts = childrenOf(expectTag(readDer(der), TAG.SEQUENCE, 'PrivateKeyInfo'))
  const version = readUnsigned(parts[0], 'PrivateKeyInfo version')
  if (version.length !== 1 || version[0] > 1) throw new DerError('PrivateKeyInfo version is not 0 or 1')
  const algorithm = algorithmOf(parts[1], 'PrivateKeyInfo')
  const privateKey = contentOf(expectTag(parts[2], TAG.OCTET_STRING, 'PrivateKeyInfo privateKey'))
  return { algorithm, pkcs8: der, rsa: algorithm === 'rsa' ? readRsaPrivateKey(privateKey) : undefined }
}

/** A PKCS#1 RSAPrivateKey, as PKCS#8. */
export function readPkcs1(der: Uint8Array): PrivateKeyInfo {
  return { algorithm: 'rsa', pkcs8: wrapPkcs1(der), rsa: readRsaPrivateKey(der) }
}

/** A SubjectPublicKeyInfo; for an RSA key, its numbers too. */
export function readSpki(der: Uint8Array): KeyInfo {
  const parts = childrenOf(expectTag(readDer(der), TAG.SEQUENCE, 'SubjectPublicKeyInfo'))
  if (parts.length !== 2) throw new DerError(`SubjectPublicKeyInfo has ${parts.length} parts, not 2`)
  const algorithm = algorithmOf(parts[0], 'SubjectPublicKeyInfo')
  const key = readBitString(parts[1], 'subjectPublicKey')
  return { algorithm, rsa: algorithm === 'rsa' ? readRsaPublicKey(key) : undefined }
}

export interface CertificateFields {
  /** Upper-case hex, without the sign byte, as node:crypto's X509Certificate reports it. */
  serial: string
  notBefore: number
  notAfter: number
  /** The subject's SubjectPublicKeyInfo, as encoded in the certificate. */
  spki: Uint8Array
}

/**
 * The fields of an X.509 certificate this SDK uses. Its signature is not checked: a platform
 * certificate is trusted because it was configured, or because AES-GCM under the APIv3 key
 * authenticated it (trust/download.ts), never by a chain.
 */
export function readCertificate(der: Uint8Array): CertificateFields {
  const [tbs, signatureAlgorithm, signature] = childrenOf(expectTag(readDer(der), TAG.SEQUENCE, 'Certificate'))
  expectTag(signatureAlgorithm, TAG.SEQUENCE, 'signatureAlgorithm')
  readBitString(signature, 'signatureValue')
  const fields = childrenOf(expectTag(tbs, TAG.SEQUENCE, 'TBSCertificate'))
  // version is [0] EXPLICIT, present in v2 and v3 certificates.
  const at = fields[0]?.tag === 0xa0 ? 1 : 0
  const serial = toHex(readUnsigned(fields[at], 'serialNumber')).toUpperCase()
  expectTag(fields[at + 1], TAG.SEQUENCE, 'signature')
  expectTag(fields[at + 2], TAG.SEQUENCE, 'issuer')
  const [notBefore, notAfter, ...extra] = childrenOf(expectTag(fields[at + 3], TAG.SEQUENCE, 'validity'))
  if (extra.length > 0) throw new DerError('validity has more than two times')
  expectTag(fields[at + 4], TAG.SEQUENCE, 'subject')
  const spki = encodingOf(expectTag(fields[at + 5], TAG.SEQUENCE, 'subjectPublicKeyInfo'))
  return {
    serial,
    notBefore: readTime(notBefore, 'notBefore'),
    notAfter: readTime(notAfter, 'notAfter'),
    spki,
  }
}

/** Joins PEM armour around DER, 64 characters a line. */
export function writePem(label: string, der: Uint8Array, base64: (bytes: Uint8Array) => string): string {
  const body = base64(der)
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`
}

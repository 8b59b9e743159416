// Issues X.509 certificates (DER by hand: node:crypto parses certificates but cannot create them),
// so that the simulator has real platform certificates and tests have real merchant certificates.
import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, sign } from 'node:crypto'

const der = (tag: number, content: Buffer): Buffer => {
  const length = content.length
  let header: Buffer
  if (length < 0x80) header = Buffer.from([tag, length])
  else {
    const bytes: number[] = []
    for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff)
    header = Buffer.from([tag, 0x80 | bytes.length, ...bytes])
  }
  return Buffer.concat([header, content])
}
const sequence = (...items: Buffer[]) => der(0x30, Buffer.concat(items))
const set = (...items: Buffer[]) => der(0x31, Buffer.concat(items))
// DER integers are minimal: no redundant leading zero byte (OpenSSL refuses a certificate with one).
const integer = (bytes: Buffer) => {
  let start = 0
  while (start < bytes.length - 1 && bytes[start] === 0 && !(bytes[start + 1] & 0x80)) start++
  const minimal = bytes.subarray(start)
  return der(0x02, minimal[0] & 0x80 ? Buffer.concat([Buffer.from([0]), minimal]) : minimal)
}
const utf8 = (text: string) => der(0x0c, Buffer.from(text, 'utf8'))
const nullValue = Buffer.from([0x05, 0x00])
const bitString = (bytes: Buffer) => der(0x03, Buffer.concat([Buffer.from([0]), bytes]))
const explicit = (tag: number, content: Buffer) => der(0xa0 | tag, content)

function oid(text: string): Buffer {
  const parts = text.split('.').map(Number)
  const bytes = [40 * parts[0] + parts[1]]
  for (const part of parts.slice(2)) {
    const chunk: number[] = []
    let rest = part
    do {
      chunk.unshift(rest & 0x7f)
      rest >>= 7
    } while (rest > 0)
    for (let i = 0; i < chunk.length - 1; i++) chunk[i] |= 0x80
    bytes.push(...chunk)
  }
  return der(0x06, Buffer.from(bytes))
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  const year = date.getUTCFullYear()
  return year >= 1950 && year < 2050 ? der(0x17, Buffer.from(`${iso.slice(2)}Z`)) : der(0x18, Buffer.from(`${iso}Z`))
}

const name = (commonName: string, organisation: string) =>
  sequence(set(sequence(oid('2.5.4.10'), utf8(organisation))), set(sequence(oid('2.5.4.3'), utf8(commonName))))

export interface IssueCertificateOptions {
  /** The key the certificate certifies (its public half goes in the certificate). */
  publicKey: KeyObject
  /** The key that signs the certificate; self-signed when it matches `publicKey`. */
  issuerKey: KeyObject
  /** Upper-case hex serial; random 20 bytes when absent. */
  serial?: string
  commonName?: string
  organisation?: string
  notBefore?: Date
  notAfter?: Date
}

/** A PEM X.509 v3 certificate signed with SHA256withRSA. */
export function issueCertificate(options: IssueCertificateOptions): { pem: string; serial: string } {
  const serialBytes = options.serial ? Buffer.from(options.serial, 'hex') : randomBytes(20)
  // A random serial is positive and has no leading zero byte, so the certificate reports it unchanged.
  if (!options.serial) serialBytes[0] = (serialBytes[0] % 0x7f) + 1
  const serial = serialBytes.toString('hex').toUpperCase()
  const algorithm = sequence(oid('1.2.840.113549.1.1.11'), nullValue)
  const subject = name(options.commonName ?? 'Tenpay.com Root CA', options.organisation ?? 'Tenpay.com')
  const notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000)
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + 5 * 365 * 86_400_000)
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serialBytes),
    algorithm,
    name('Tenpay.com Root CA', 'Tenpay.com'),
    sequence(time(notBefore), time(notAfter)),
    subject,
    options.publicKey.export({ type: 'spki', format: 'der' }),
  )
  const signature = sign('sha256', tbs, options.issuerKey)
  const certificate = sequence(tbs, algorithm, bitString(signature))
  const body = certificate
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim()
  return { pem: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`, serial }
}

/** A self-signed certificate for an RSA key pair given as the private key. */
export function selfSignedCertificate(
  privateKey: KeyObject | string,
  options: Omit<IssueCertificateOptions, 'publicKey' | 'issuerKey'> = {},
) {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey
  return issueCertificate({ ...options, publicKey: createPublicKey(key), issuerKey: key })
}

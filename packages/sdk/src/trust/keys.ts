// Reading WeChat Pay key material: a PEM public key (`PUB_KEY_ID_…`), a PEM platform certificate, or
// a KeyObject, into a trust-store entry. Mistakes (a private key, the merchant's own certificate
// under a wrong serial) are named with the option at fault.
import { createPublicKey, type KeyObject, X509Certificate } from 'node:crypto'
import { ConfigurationError } from '../errors.js'
import { type KeyMaterial, normaliseId, PUBLIC_KEY_ID_PREFIX, sameSerial, type TrustedKey } from './store.js'

export interface ParsedCertificate {
  /** Upper case, as X509Certificate reports it. */
  serial: string
  key: KeyObject
  notBefore: number
  notAfter: number
}

/** Parses a PEM X.509 certificate; throws node's error when it is not one. */
export function parseCertificate(pem: string): ParsedCertificate {
  const certificate = new X509Certificate(pem)
  return {
    serial: normaliseId(certificate.serialNumber),
    key: certificate.publicKey,
    notBefore: Date.parse(certificate.validFrom),
    notAfter: Date.parse(certificate.validTo),
  }
}

/** Parses certificate or public-key material into a trusted entry; `option` names it in errors. */
export function parseTrustedKey(
  id: string,
  material: KeyMaterial,
  option: string,
  source: TrustedKey['source'],
): TrustedKey {
  const normalised = normaliseId(id)
  const kind = normalised.startsWith(PUBLIC_KEY_ID_PREFIX) ? 'public-key' : 'certificate'
  if (material && typeof material === 'object' && !Buffer.isBuffer(material)) {
    if (material.type !== 'public') {
      throw new ConfigurationError(
        option,
        'is a private KeyObject; pass the WeChat Pay public key or platform certificate',
      )
    }
    return { id: normalised, kind, key: material, source }
  }
  const text = Buffer.isBuffer(material) ? material.toString('utf8') : typeof material === 'string' ? material : ''
  if (text.trim() === '')
    throw new ConfigurationError(
      option,
      'is empty; pass the PEM text of the WeChat Pay public key or platform certificate',
    )
  if (text.includes('PRIVATE KEY')) {
    throw new ConfigurationError(
      option,
      'is a private key; certs takes WeChat Pay public keys or platform certificates (public material)',
    )
  }
  if (text.includes('BEGIN CERTIFICATE')) return certificateKey(normalised, text, option, source)
  try {
    return { id: normalised, kind, key: createPublicKey(text), source }
  } catch {
    throw new ConfigurationError(option, 'is not a parsable PEM public key or certificate')
  }
}

/** A PEM certificate under `id`: its own serial, unless it is named by a public-key id. */
function certificateKey(id: string, pem: string, option: string, source: TrustedKey['source']): TrustedKey {
  let certificate: ParsedCertificate
  try {
    certificate = parseCertificate(pem)
  } catch {
    throw new ConfigurationError(option, 'is not a parsable PEM certificate')
  }
  const { serial } = certificate
  const byPublicKeyId = id.startsWith(PUBLIC_KEY_ID_PREFIX)
  if (!byPublicKeyId && !sameSerial(serial, id)) {
    throw new ConfigurationError(
      option,
      `holds the certificate with serial ${serial}; key it by that serial (a certificate is found by the Wechatpay-Serial WeChat Pay sends)`,
    )
  }
  return {
    id: byPublicKeyId ? id : serial,
    kind: 'certificate',
    key: certificate.key,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    source,
  }
}

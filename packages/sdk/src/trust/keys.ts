// Reading WeChat Pay key material: a PEM public key (`PUB_KEY_ID_…`), a PEM platform certificate, or
// a KeyObject, into a trust-store entry, with the client's Crypto. Mistakes (a private key, the
// merchant's own certificate under a wrong serial) are named with the option at fault.
import type { CertificateInfo, Crypto } from '../crypto/types.js'
import { isBytes, utf8Text } from '../encoding.js'
import { ConfigurationError } from '../errors.js'
import { runtime } from '../runtime/current.js'
import { type KeyMaterial, normaliseId, PUBLIC_KEY_ID_PREFIX, sameSerial, type TrustedKey } from './store.js'

/** Parses certificate or public-key material into a trusted entry; `option` names it in errors. */
export function parseTrustedKey(
  id: string,
  material: KeyMaterial,
  option: string,
  source: TrustedKey['source'],
  crypto: Crypto = runtime.crypto.default,
): TrustedKey {
  const normalised = normaliseId(id)
  const kind = normalised.startsWith(PUBLIC_KEY_ID_PREFIX) ? 'public-key' : 'certificate'
  if (material && typeof material === 'object' && !isBytes(material)) {
    if (material.type !== 'public') {
      throw new ConfigurationError(
        option,
        'is a private KeyObject; pass the WeChat Pay public key or platform certificate',
      )
    }
    return { id: normalised, kind, key: importPublic(crypto, material, option), source }
  }
  const text = isBytes(material) ? utf8Text(material) : typeof material === 'string' ? material : ''
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
  if (text.includes('BEGIN CERTIFICATE')) return certificateKey(normalised, text, option, source, crypto)
  return { id: normalised, kind, key: importPublic(crypto, text, option), source }
}

function importPublic(crypto: Crypto, material: KeyMaterial, option: string) {
  try {
    return crypto.publicKey(material)
  } catch (error) {
    const reason = (error as { reason?: string }).reason
    throw new ConfigurationError(
      option,
      `is not a parsable PEM public key or certificate${reason ? ` (${reason})` : ''}`,
    )
  }
}

/** A PEM certificate under `id`: its own serial, unless it is named by a public-key id. */
function certificateKey(
  id: string,
  pem: string,
  option: string,
  source: TrustedKey['source'],
  crypto: Crypto,
): TrustedKey {
  let certificate: CertificateInfo
  try {
    certificate = crypto.certificate(pem)
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
    key: certificate.publicKey,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    source,
  }
}

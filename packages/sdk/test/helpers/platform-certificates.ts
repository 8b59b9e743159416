// Platform certificates for tests, and a certificate-mode stand-in for WeChat Pay on top of
// fake-wechatpay: it lists its certificates at GET /v3/certificates (AES-256-GCM under the APIv3 key,
// as spec §1.4 says), signs every response with the current certificate, and can rotate.
import { randomBytes } from 'node:crypto'
import { encryptAesGcm } from '@wxpay/sdk/protocol'
import { issueCertificate } from '@wxpay/sdk/testing'
import { type KeyPair, type Keys, keyPair, type Reply, type Seen, startFakeWechatPay } from './fake-wechatpay.js'

export interface TestCertificate {
  serial: string
  pem: string
  pair: KeyPair
}

/** 40 hex digits, as WeChat Pay's; the first byte is kept in 0x10–0x7f (a leading 0x00 is not valid DER). */
const randomSerial = () => {
  const bytes = randomBytes(20)
  bytes[0] = 0x10 + (bytes[0] % 0x70)
  return bytes.toString('hex').toUpperCase()
}

export function platformCertificate(options: { serial?: string; notBefore?: Date; notAfter?: Date } = {}) {
  const pair = keyPair()
  const { pem, serial } = issueCertificate({
    publicKey: pair.publicKey,
    issuerKey: pair.privateKey,
    ...options,
    serial: options.serial ?? randomSerial(),
  })
  return { serial, pem, pair } satisfies TestCertificate
}

export const signerOf = (certificate: TestCertificate) => ({
  serial: certificate.serial,
  key: certificate.pair.privateKey,
})

export interface ListEntry {
  serial_no: string
  effective_time: string
  expire_time: string
  encrypt_certificate: { algorithm: string; nonce: string; associated_data: string; ciphertext: string }
}

/** The body of GET /v3/certificates listing `certificates`, each encrypted with `apiV3Key`. */
export function certificateList(certificates: { serial: string; pem: string }[], apiV3Key: string | Buffer) {
  const key = Buffer.isBuffer(apiV3Key) ? apiV3Key : Buffer.from(apiV3Key)
  return {
    data: certificates.map(
      (certificate): ListEntry => ({
        serial_no: certificate.serial,
        effective_time: '2026-01-01T00:00:00+08:00',
        expire_time: '2031-01-01T00:00:00+08:00',
        encrypt_certificate: encryptAesGcm(certificate.pem, key, 'certificate'),
      }),
    ),
  }
}

export interface PlatformState {
  /** What GET /v3/certificates lists. */
  listed: TestCertificate[]
  /** The certificate that signs responses. */
  signer: TestCertificate
  /** Signs the list instead of `signer`, when set. */
  listSigner?: TestCertificate
  /** Replaces the list reply (tampering, 404 for public-key merchants…). */
  listReply?: (seen: Seen) => Reply
  /** Replies to other requests; default `{}` signed by `signer`. */
  reply?: (seen: Seen) => Reply
  /** GET /v3/certificates requests served. */
  downloads: number
  /** Resolves the next download's wait, for tests that wait for a periodic refresh. */
  onDownload?: () => void
}

/** A WeChat Pay stand-in in certificate mode for `keys` (its merchant and APIv3 key). */
export async function startCertificateServer(keys: Keys, first: TestCertificate = platformCertificate()) {
  const state: PlatformState = { listed: [first], signer: first, downloads: 0 }
  const server = await startFakeWechatPay(keys, (seen) => {
    if (seen.url.startsWith('/v3/certificates')) {
      state.downloads++
      state.onDownload?.()
      if (state.listReply) return state.listReply(seen)
      return {
        body: certificateList(state.listed, keys.apiV3Key),
        signer: signerOf(state.listSigner ?? state.signer),
      }
    }
    return { signer: signerOf(state.signer), ...(state.reply?.(seen) ?? { body: {} }) }
  })
  return {
    ...server,
    state,
    /** WeChat Pay adds a new certificate and signs with it from now on. */
    rotate(next: TestCertificate = platformCertificate()) {
      state.listed = [...state.listed, next]
      state.signer = next
      return next
    },
  }
}

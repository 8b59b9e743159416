// Platform certificates (spec §1.4): `GET /v3/certificates` through the client's signed pipeline with
// a verifier of its own, each entry decrypted with the APIv3 key and checked against its serial_no,
// the response signature verified, and only then the whole list added to the trust store.
import type { WechatPayResponse } from '../call.js'
import { type Clock, unixSeconds } from '../clock.js'
import type { CertificateInfo, Crypto } from '../crypto/types.js'
import { utf8Text } from '../encoding.js'
import { openAesGcm } from '../encryption.js'
import {
  CertificateDownloadError,
  DecryptionError,
  PublicKeyModeError,
  SignatureVerificationError,
  WechatPayApiError,
} from '../errors.js'
import { type SignedHeaders, type Verifier, type VerifySubject, verifySignature } from '../verification.js'
import { normaliseId, PUBLIC_KEY_ID_PREFIX, sameSerial, type TrustedKey, TrustStore } from './store.js'

const ENDPOINT = 'GET /v3/certificates'

export interface PlatformCertificate {
  /** Upper case, as `serial_no` names it (leading zeros kept). */
  serial: string
  pem: string
  notBefore: Date
  notAfter: Date
}

/** `wxpay.certificates` */
export interface Certificates {
  /**
   * Downloads the platform certificates, checks and verifies them, and adds them to this client's trust
   * store; resolves with the list. Rejects with `PublicKeyModeError` for a merchant that uses WeChat Pay
   * public keys, `DecryptionError` for a wrong APIv3 key, and `SignatureVerificationError` or
   * `CertificateDownloadError` for a list that cannot be trusted; nothing is added then.
   */
  download(): Promise<PlatformCertificate[]>
}

/** The client's signed request pipeline, verifying responses with a verifier of the caller's choice. */
export interface VerifyingSender {
  withVerifier(verifier: Verifier): {
    send(request: { method: 'GET'; url: string }): Promise<WechatPayResponse<unknown>>
  }
}

export interface OpenedEntry {
  entry: TrustedKey
  certificate: PlatformCertificate
}

/**
 * Verifies the certificate list and opens it. A key already trusted verifies the list, before anything
 * is decrypted. A serial not trusted yet (the first download, or WeChat Pay signing with its new
 * certificate during rotation) is verified with the downloaded certificate it names, once AES-GCM under
 * the APIv3 key has authenticated that certificate; docs/trust-store.md explains the trade-off.
 * Error responses are verified with the trust store alone.
 */
class CertificateListVerifier implements Verifier {
  opened: OpenedEntry[] | undefined
  constructor(
    readonly store: TrustStore,
    readonly clock: Clock,
    readonly apiV3Key: Uint8Array,
    readonly crypto: Crypto,
  ) {}

  async verify(headers: SignedHeaders, body: Uint8Array, subject: VerifySubject): Promise<void> {
    const context = { ...subject, nowSeconds: unixSeconds(this.clock), crypto: this.crypto }
    const ok = subject.status !== undefined && subject.status >= 200 && subject.status < 300
    if (!ok) {
      await verifySignature(headers, body, this.store, context)
      return
    }
    const signer = headers.serial
    const trustedSigner = signer === undefined || this.store.get(signer) !== undefined
    if (trustedSigner) await verifySignature(headers, body, this.store, context)
    const opened = await openList(body, this.apiV3Key, this.crypto)
    if (!trustedSigner) {
      const named = opened.find((item) => sameSerial(item.entry.id, signer))
      if (!named) {
        throw new SignatureVerificationError(
          'unknown-serial',
          `${ENDPOINT}: the response is signed by ${signer}, which this client does not trust and which is not in ` +
            `the downloaded list (${opened.map((item) => item.entry.id).join(', ')}); nothing was added.`,
          { serial: signer, requestId: subject.requestId, status: subject.status },
        )
      }
      const candidate = new TrustStore()
      candidate.add(named.entry)
      await verifySignature(headers, body, candidate, context)
    }
    this.opened = opened
  }
}

/**
 * Downloads, verifies and opens the certificate list; the caller adds the entries to the store.
 * A 404 becomes `PublicKeyModeError`.
 */
export async function downloadCertificateList(
  sender: VerifyingSender,
  store: TrustStore,
  clock: Clock,
  apiV3Key: Uint8Array,
  crypto: Crypto,
): Promise<OpenedEntry[]> {
  const verifier = new CertificateListVerifier(store, clock, apiV3Key, crypto)
  await sender
    .withVerifier(verifier)
    .send({ method: 'GET', url: '/v3/certificates' })
    .catch((error: unknown) => {
      throw publicKeyMode(error) ?? error
    })
  return verifier.opened!
}

async function openList(body: Uint8Array, apiV3Key: Uint8Array, crypto: Crypto): Promise<OpenedEntry[]> {
  let parsed: any
  try {
    parsed = JSON.parse(utf8Text(body))
  } catch {
    throw new CertificateDownloadError(`${ENDPOINT}: the response is not JSON; nothing was added`)
  }
  if (!Array.isArray(parsed?.data) || parsed.data.length === 0) {
    throw new CertificateDownloadError(`${ENDPOINT}: the response lists no certificates ("data" is empty or missing)`)
  }
  const opened: OpenedEntry[] = []
  // One at a time, as before: the first entry that fails names itself.
  for (const item of parsed.data as unknown[]) opened.push(await openEntry(item, apiV3Key, crypto))
  return opened
}

async function openEntry(item: any, apiV3Key: Uint8Array, crypto: Crypto): Promise<OpenedEntry> {
  const serialNo = typeof item?.serial_no === 'string' ? item.serial_no.trim() : ''
  const encrypted = item?.encrypt_certificate
  if (
    !/^[0-9A-Fa-f]+$/.test(serialNo) ||
    typeof encrypted?.ciphertext !== 'string' ||
    typeof encrypted?.nonce !== 'string'
  ) {
    throw new CertificateDownloadError(
      `${ENDPOINT}: an entry lacks a hex serial_no or encrypt_certificate { nonce, ciphertext }; nothing was added`,
    )
  }
  if (encrypted.algorithm !== undefined && encrypted.algorithm !== 'AEAD_AES_256_GCM') {
    throw new CertificateDownloadError(
      `${ENDPOINT}: certificate ${serialNo} is encrypted with ${encrypted.algorithm}; this client decrypts ` +
        'AEAD_AES_256_GCM (RSA certificates) only',
    )
  }
  let pem: string
  try {
    pem = utf8Text(await openAesGcm(encrypted, apiV3Key, crypto))
  } catch (error) {
    throw new DecryptionError(
      `${ENDPOINT}: certificate ${serialNo} does not decrypt with this APIv3 key; nothing was added. ${(error as Error).message}`,
      { cause: error },
    )
  }
  return certificateEntry(serialNo, pem, crypto)
}

/** A trusted entry for a certificate listed under `serialNo`, refusing one whose own serial differs. */
export function certificateEntry(serialNo: string, pem: string, crypto: Crypto): OpenedEntry {
  let parsed: CertificateInfo
  try {
    parsed = crypto.certificate(pem)
  } catch {
    throw new CertificateDownloadError(`certificate ${serialNo} is not a PEM X.509 certificate; nothing was added`)
  }
  if (!sameSerial(parsed.serial, serialNo)) {
    throw new CertificateDownloadError(
      `serial_no ${serialNo} holds the certificate with serial ${parsed.serial}: the list was altered; nothing was added`,
    )
  }
  const id = normaliseId(serialNo)
  return {
    entry: {
      id,
      kind: 'certificate',
      key: parsed.publicKey,
      notBefore: parsed.notBefore,
      notAfter: parsed.notAfter,
      source: 'download',
    },
    certificate: { serial: id, pem, notBefore: new Date(parsed.notBefore), notAfter: new Date(parsed.notAfter) },
  }
}

/** A 404 from `/v3/certificates` means the merchant has WeChat Pay public keys and no certificates. */
function publicKeyMode(error: unknown): PublicKeyModeError | undefined {
  const publicKeyId = (serial: string | undefined) =>
    serial?.toUpperCase().startsWith(PUBLIC_KEY_ID_PREFIX) ? normaliseId(serial) : undefined
  if (
    error instanceof WechatPayApiError &&
    error.status === 404 &&
    (error.code === 'RESOURCE_NOT_EXISTS' || error.code === 'NOT_FOUND')
  ) {
    return new PublicKeyModeError(
      { code: error.code, publicKeyId: publicKeyId(error.headers['wechatpay-serial']), requestId: error.requestId },
      { cause: error },
    )
  }
  // Signed with a public key this client does not have yet: unverified, but it grants no trust, and the
  // id it names is exactly what the merchant has to configure.
  const id = error instanceof SignatureVerificationError ? publicKeyId(error.details.serial) : undefined
  if (
    error instanceof SignatureVerificationError &&
    error.reason === 'unknown-serial' &&
    error.details.status === 404 &&
    id
  ) {
    return new PublicKeyModeError({ publicKeyId: id, requestId: error.requestId }, { cause: error })
  }
  return undefined
}

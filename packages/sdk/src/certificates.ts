// Platform certificates (spec §1.4): `GET /v3/certificates` through the client's own signed pipeline,
// each entry decrypted with the APIv3 key and checked against its serial_no, the response signature
// verified, and only then the whole list added to the trust store. Also the refresh the client starts
// by itself (on an unknown serial, a missing encryption key, or periodically) and the shared cache.

import { certificateCacheKey } from './certificate-cache.js'
import type { WechatPayResponse } from './chain-types.js'
import { DEFAULT_REFRESH_INTERVAL, type ResolvedConfig } from './config.js'
import { decryptAesGcm } from './crypto/cipher.js'
import { type SignedHeaders, type VerifyContext, verifySignature } from './crypto/signature.js'
import {
  CertificateDownloadError,
  ConfigurationError,
  DecryptionError,
  PublicKeyModeError,
  SignatureVerificationError,
  WechatPayApiError,
} from './errors.js'
import { every, fleetSingleFlight, RateLimit, singleFlight } from './refresh.js'
import {
  normaliseId,
  type ParsedCertificate,
  PUBLIC_KEY_ID_PREFIX,
  parseCertificate,
  sameSerial,
  type TrustedKey,
  TrustStore,
} from './trust-store.js'

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

/** Checks a response's signature; the pipeline calls it before the body is parsed. */
export type ResponseVerifier = (headers: SignedHeaders, body: Buffer, context: VerifyContext) => void | Promise<void>

/** The client's signed request pipeline, verifying this one response with `verify`. */
export type SendWith = (
  request: { method: 'GET'; url: string },
  verify: ResponseVerifier,
) => Promise<WechatPayResponse<unknown>>

/** How a refresh ended: the cache had what was needed, a download ran, or one ran too recently. */
export type RefreshOutcome = 'cache' | 'downloaded' | 'rate-limited'

type ManagerConfig = Pick<
  ResolvedConfig,
  'mchid' | 'apiV3Key' | 'store' | 'clock' | 'certificateCache' | 'refreshInterval' | 'minDownloadInterval' | 'onError'
>

interface OpenedEntry {
  entry: TrustedKey
  certificate: PlatformCertificate
}

export class CertificateManager implements Certificates {
  readonly #config: ManagerConfig
  readonly #send: SendWith
  readonly #limit: RateLimit
  #lastFailure: Error | undefined
  #stopTimer: (() => void) | undefined
  readonly #download = singleFlight(() => this.#fetch())
  readonly #refresh = singleFlight((satisfied?: () => boolean) => this.#refreshOnce(satisfied))

  constructor(config: ManagerConfig, send: SendWith) {
    this.#config = config
    this.#send = send
    this.#limit = new RateLimit(config.clock, config.minDownloadInterval)
    if (config.refreshInterval !== undefined) {
      // Failures are reported by #refreshOnce; the timer must not leave a rejection unhandled.
      this.#stopTimer = every(config.refreshInterval, () => {
        this.refresh().catch(() => {})
      })
    }
  }

  download(): Promise<PlatformCertificate[]> {
    return this.#download()
  }

  /**
   * A refresh the client starts by itself, shared by concurrent callers. With `satisfied`, the cache is
   * read first and is enough when `satisfied()` then holds; otherwise a download runs unless one started
   * less than `minDownloadInterval` ago. A failure goes to `onError` and rejects.
   */
  refresh(satisfied?: () => boolean): Promise<RefreshOutcome> {
    return this.#refresh(satisfied)
  }

  /** Stops the periodic refresh. */
  stop(): void {
    this.#stopTimer?.()
    this.#stopTimer = undefined
  }

  async #refreshOnce(satisfied?: () => boolean): Promise<RefreshOutcome> {
    if (satisfied && (await this.#fromCache()) && satisfied()) return 'cache'
    if (!this.#limit.allows()) {
      // Within the interval the previous failure stands (reported when it happened).
      if (this.#lastFailure) throw this.#lastFailure
      return 'rate-limited'
    }
    const { certificateCache, mchid } = this.#config
    try {
      return await fleetSingleFlight(certificateCache.lock?.bind(certificateCache), certificateCacheKey(mchid), {
        fromCache: async () => (await this.#fromCache()) && (satisfied?.() ?? true),
        download: () => this.#download(),
        report: (error) => this.#report(error),
      })
    } catch (error) {
      this.#report(error as Error)
      throw error
    }
  }

  async #fetch(): Promise<PlatformCertificate[]> {
    const { apiV3Key, store } = this.#config
    if (apiV3Key === undefined) {
      throw new ConfigurationError(
        'apiV3Key',
        'is required to download the platform certificates: WeChat Pay encrypts them with it',
      )
    }
    this.#limit.stamp()
    try {
      let opened: OpenedEntry[] | undefined
      await this.#send({ method: 'GET', url: '/v3/certificates' }, (headers, body, context) => {
        const ok = context.status !== undefined && context.status >= 200 && context.status < 300
        if (ok) opened = this.#checkList(headers, body, context, apiV3Key)
        else verifySignature(headers, body, store, context)
      }).catch((error: unknown) => {
        throw publicKeyMode(error) ?? error
      })
      const list = opened!
      store.addDownloaded(list.map((item) => item.entry))
      const certificates = list.map((item) => item.certificate)
      await this.#toCache(certificates)
      this.#lastFailure = undefined
      return certificates
    } catch (error) {
      this.#lastFailure = error as Error
      throw error
    }
  }

  /** Verifies the response and decrypts and checks every entry; throws on the first fault. */
  #checkList(headers: SignedHeaders, body: Buffer, context: VerifyContext, apiV3Key: Buffer): OpenedEntry[] {
    const { store } = this.#config
    const signer = headers.serial
    // A key already trusted verifies the list, before anything is decrypted. A serial not trusted yet
    // (the first download, or WeChat Pay signing with its new certificate during rotation) is verified
    // with the downloaded certificate it names, once AES-GCM under the APIv3 key has authenticated
    // that certificate; docs/trust-store.md explains the trade-off.
    const trustedSigner = signer === undefined || store.get(signer) !== undefined
    if (trustedSigner) verifySignature(headers, body, store, context)
    let parsed: any
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      throw new CertificateDownloadError(`${ENDPOINT}: the response is not JSON; nothing was added`)
    }
    if (!Array.isArray(parsed?.data) || parsed.data.length === 0) {
      throw new CertificateDownloadError(`${ENDPOINT}: the response lists no certificates ("data" is empty or missing)`)
    }
    const opened = (parsed.data as unknown[]).map((item) => openEntry(item, apiV3Key))
    if (trustedSigner) return opened
    const named = opened.find((item) => sameSerial(item.entry.id, signer))
    if (!named) {
      throw new SignatureVerificationError(
        'unknown-serial',
        `${ENDPOINT}: the response is signed by ${signer}, which this client does not trust and which is not in ` +
          `the downloaded list (${opened.map((item) => item.entry.id).join(', ')}); nothing was added.`,
        { serial: signer, requestId: context.requestId, status: context.status },
      )
    }
    const candidate = new TrustStore()
    candidate.add(named.entry)
    verifySignature(headers, body, candidate, context)
    return opened
  }

  async #fromCache(): Promise<boolean> {
    const { certificateCache, mchid, store } = this.#config
    try {
      const text = await certificateCache.get(certificateCacheKey(mchid))
      if (!text) return false
      const cached = JSON.parse(text) as { serial: string; pem: string }[]
      store.addDownloaded(cached.map((item) => certificateEntry(item.serial, item.pem).entry))
      return true
    } catch (error) {
      this.#report(
        new CertificateDownloadError(
          `the certificate cache entry of merchant ${mchid} is unusable, so it is ignored: ${(error as Error)?.message}`,
          { cause: error },
        ),
      )
      return false
    }
  }

  async #toCache(certificates: PlatformCertificate[]): Promise<void> {
    const { certificateCache, mchid, refreshInterval } = this.#config
    const value = JSON.stringify(certificates.map(({ serial, pem }) => ({ serial, pem })))
    try {
      await certificateCache.set(
        certificateCacheKey(mchid),
        value,
        Math.ceil((refreshInterval ?? DEFAULT_REFRESH_INTERVAL) / 1000),
      )
    } catch (error) {
      this.#report(
        new CertificateDownloadError(
          `storing the platform certificates in the certificate cache failed: ${(error as Error)?.message}`,
          { cause: error },
        ),
      )
    }
  }

  #report(error: Error): void {
    try {
      this.#config.onError(error)
    } catch (hookError) {
      process.emitWarning(`onError threw while reporting "${error.message}": ${(hookError as Error)?.message}`)
    }
  }
}

function openEntry(item: any, apiV3Key: Buffer): OpenedEntry {
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
    pem = decryptAesGcm(encrypted, apiV3Key).toString('utf8')
  } catch (error) {
    throw new DecryptionError(
      `${ENDPOINT}: certificate ${serialNo} does not decrypt with this APIv3 key; nothing was added. ${(error as Error).message}`,
      { cause: error },
    )
  }
  return certificateEntry(serialNo, pem)
}

/** A trusted entry for a certificate listed under `serialNo`, refusing one whose own serial differs. */
function certificateEntry(serialNo: string, pem: string): OpenedEntry {
  let parsed: ParsedCertificate
  try {
    parsed = parseCertificate(pem)
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
      key: parsed.key,
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

// The client's trust store: one map from WeChat Pay public-key id (`PUB_KEY_ID_…`) or platform
// certificate serial to the key that verifies WeChat Pay's signatures and encrypts sensitive fields.
// Public-key-only, certificate-only and mixed configurations are simply different entries.
import type { KeyObject } from 'node:crypto'
import { type PublicKey, spkiOf } from '../crypto/types.js'
import { CertificateDownloadError, ConfigurationError, SignatureVerificationError } from '../errors.js'

export const PUBLIC_KEY_ID_PREFIX = 'PUB_KEY_ID_'

/** PEM text or its bytes (a Buffer), or on Node a KeyObject. */
export type KeyMaterial = string | Uint8Array | KeyObject

export interface TrustedKey {
  /** Upper-case id: `PUB_KEY_ID_…` or a certificate serial (leading zeros kept). */
  id: string
  kind: 'public-key' | 'certificate'
  key: PublicKey
  /** Certificate validity, epoch ms. */
  notBefore?: number
  notAfter?: number
  source: 'config' | 'download'
}

export const normaliseId = (id: string): string => id.trim().toUpperCase()

/** A serial is a number: `0A1B` and `A1B` name the same certificate (Java's BigInteger drops the zero). */
export const sameSerial = (a: string, b: string): boolean =>
  normaliseId(a).replace(/^0+/, '') === normaliseId(b).replace(/^0+/, '')

export class TrustStore {
  readonly #entries = new Map<string, TrustedKey>()
  readonly #merchantKey: string | undefined
  readonly #merchantSerial: string | undefined
  readonly #downloads: boolean

  /**
   * The merchant's own key and serial are never trusted, so never sent as `Wechatpay-Serial`.
   * `downloads`: whether its owner downloads platform certificates (has the APIv3 key), for messages.
   */
  constructor(merchantPublicKey?: PublicKey | KeyObject, merchantSerial?: string, downloads = false) {
    this.#merchantKey = merchantPublicKey ? spkiOf(merchantPublicKey) : undefined
    this.#merchantSerial = merchantSerial
    this.#downloads = downloads
  }

  #refusal(entry: TrustedKey): string | undefined {
    if (this.#merchantKey !== undefined && entry.key.spki === this.#merchantKey) {
      return (
        'this is your merchant certificate, not a WeChat Pay platform certificate or public key. ' +
        'Use the WeChat Pay public key (pub_key.pem, id PUB_KEY_ID_…) or the platform certificates from /v3/certificates.'
      )
    }
    if (this.#merchantSerial !== undefined && sameSerial(entry.id, this.#merchantSerial)) {
      return (
        `${entry.id} is the serial of your merchant API certificate (the serial option); WeChat Pay keys have ` +
        'their own ids: PUB_KEY_ID_… or a platform certificate serial.'
      )
    }
    return undefined
  }

  /** Adds a configured key; a later entry with the same id replaces an earlier one. */
  add(entry: TrustedKey, option = `certs.${entry.id}`): void {
    const refusal = this.#refusal(entry)
    if (refusal) throw new ConfigurationError(option, refusal)
    this.#entries.set(entry.id, entry)
  }

  /**
   * Adds downloaded certificates, all or none. A download never replaces a key already trusted under
   * the same id: a different key there means the list was forged.
   */
  addDownloaded(entries: readonly TrustedKey[]): void {
    const added: TrustedKey[] = []
    for (const entry of entries) {
      const refusal = this.#refusal(entry)
      if (refusal) throw new CertificateDownloadError(`the downloaded certificate list is refused: ${refusal}`)
      const known = this.get(entry.id)
      if (known && known.key.spki !== entry.key.spki) {
        throw new CertificateDownloadError(
          `the downloaded certificate ${entry.id} has another key than the one this client already trusts under ` +
            'that serial; the list is refused and nothing was added.',
        )
      }
      if (!known) added.push(entry)
    }
    for (const entry of added) this.#entries.set(entry.id, entry)
  }

  /** Case-insensitive; a certificate serial also matches with or without leading zeros. */
  get(id: string): TrustedKey | undefined {
    const normalised = normaliseId(id)
    const exact = this.#entries.get(normalised)
    if (exact || normalised.startsWith(PUBLIC_KEY_ID_PREFIX)) return exact
    for (const entry of this.#entries.values()) {
      if (entry.kind === 'certificate' && sameSerial(entry.id, normalised)) return entry
    }
    return undefined
  }

  ids(): string[] {
    return [...this.#entries.keys()]
  }

  get size(): number {
    return this.#entries.size
  }

  /** The key for verifying a signature by `id`, refusing unknown ids and certificates outside their validity. */
  verificationKey(
    id: string,
    nowMs: number,
    subject: string,
    details: { serial?: string; requestId?: string; status?: number },
  ): PublicKey {
    const entry = this.get(id)
    if (!entry) {
      const known = this.ids()
      throw new SignatureVerificationError(
        'unknown-serial',
        `the ${subject} is signed by ${id}, which this client does not trust (known: ${known.length ? known.join(', ') : 'none'}). ` +
          (id.startsWith(PUBLIC_KEY_ID_PREFIX)
            ? 'Add the WeChat Pay public key with this id to certs (商户平台 → 账户中心 → API安全).'
            : this.#downloads
              ? 'It is not among the platform certificates configured or downloaded so far.'
              : 'Add the platform certificate with this serial to certs, or pass apiV3Key so that it is downloaded.'),
        details,
      )
    }
    if (
      entry.notBefore !== undefined &&
      entry.notAfter !== undefined &&
      (nowMs < entry.notBefore || nowMs > entry.notAfter)
    ) {
      throw new SignatureVerificationError(
        'certificate-not-valid',
        `the ${subject} is signed by certificate ${entry.id}, valid ${new Date(entry.notBefore).toISOString()} to ` +
          `${new Date(entry.notAfter).toISOString()}, which does not cover now (${new Date(nowMs).toISOString()}). ` +
          'Download the current platform certificates.',
        details,
      )
    }
    return entry.key
  }

  /**
   * The key to encrypt sensitive fields with: the WeChat Pay public key when configured (WeChat Pay's
   * recommendation), else the valid platform certificate that expires last (on a tie, the newest:
   * later notBefore, then added later). Never an expired certificate.
   */
  encryptionKey(nowMs: number): TrustedKey | undefined {
    let best: TrustedKey | undefined
    for (const entry of this.#entries.values()) {
      if (entry.kind === 'public-key') return entry
      if (entry.notBefore !== undefined && nowMs < entry.notBefore) continue
      if (entry.notAfter !== undefined && nowMs > entry.notAfter) continue
      const expiry = (entry.notAfter ?? 0) - (best?.notAfter ?? 0)
      if (!best || expiry > 0 || (expiry === 0 && (entry.notBefore ?? 0) >= (best.notBefore ?? 0))) best = entry
    }
    return best
  }

  /** The configured WeChat Pay public key, if any: its id goes in `Wechatpay-Serial` of every request. */
  publicKey(): TrustedKey | undefined {
    for (const entry of this.#entries.values()) if (entry.kind === 'public-key') return entry
    return undefined
  }
}

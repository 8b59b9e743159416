// The client's options, checked once in the constructor: every mistake named with its fix.
import { type Clock, systemClock } from './clock.js'
import {
  DEFAULT_BACKUP_BASE_URL,
  DEFAULT_BASE_URL,
  parseApiV3Key,
  parseBackupBaseURL,
  parseBaseURL,
  parseCertificateCache,
  parseCrypto,
  parseFetch,
  parseHooks,
  parseMchid,
  parseMinDownloadInterval,
  parseOnError,
  parsePrivateKey,
  parseRefreshInterval,
  parseSerial,
  parseTimeout,
  parseWarningHandler,
  trustStoreOf,
} from './config-checks.js'
import type { Crypto, CryptoName, PrivateKey } from './crypto/types.js'
import { ConfigurationError } from './errors.js'
import type { Hooks } from './observe.js'
import type { ValidationWarning } from './request.js'
import { parseMaxRetries } from './retry-policy.js'
import { type CertificateCache, MemoryCertificateCache } from './trust/cache.js'
import type { KeyMaterial, TrustStore } from './trust/store.js'

export { DEFAULT_BACKUP_BASE_URL, DEFAULT_BASE_URL }

export interface WechatPayOptions {
  /** Merchant id; for partner APIs, the service provider's (sp_mchid). */
  mchid: string
  /** Serial of the merchant API certificate whose private key is `privateKey`. */
  serial: string
  /** Merchant API private key (apiclient_key.pem): PEM (PKCS#8 or PKCS#1), as text or bytes (a Buffer), or on Node a KeyObject. */
  privateKey: KeyMaterial
  /** WeChat Pay verification keys by public-key id (`PUB_KEY_ID_…`) or platform certificate serial. */
  certs?: Record<string, KeyMaterial>
  /** The 32-byte APIv3 key: notifications and /v3/certificates. A string, or its bytes (a Buffer). */
  apiV3Key?: string | Uint8Array
  /** Default `https://api.mch.weixin.qq.com`. */
  baseURL?: string
  /** Milliseconds per call, every attempt and wait included; default 30 000. */
  timeout?: number
  /**
   * How many times a failed attempt is tried again where that is safe (a connection that failed before
   * the request was written; a GET's 5xx, 429, lost connection or time-out; a POST's SYSTEM_ERROR or
   * FREQUENCY_LIMITED when its body has its unique key): 0 to 10, default 2. Per call too.
   */
  maxRetries?: number
  /**
   * The domain to try when the primary cannot be reached (the connection failed before the request was
   * written). Default `https://api2.mch.weixin.qq.com` when `baseURL` is the default primary, else
   * none; `false` for none.
   */
  backupBaseURL?: string | false
  /** Told before each attempt: method, URL, attempt number. Never a body, key or Authorization. */
  onRequest?: Hooks['onRequest']
  /** Told after each attempt: status or error, error code, Request-ID, duration. */
  onResponse?: Hooks['onResponse']
  /** Told when an attempt will be tried again: why, after how long, and where. */
  onRetry?: Hooks['onRetry']
  /**
   * Sends through this fetch implementation (a proxy, a test double) instead of the built-in transport:
   * node:http with its keep-alive pool on Node, the global fetch elsewhere.
   */
  fetch?: typeof fetch
  /**
   * The cryptography: `'node'` (node:crypto, the default on Node) or `'web'` (WebCrypto,
   * `globalThis.crypto.subtle`, the default on workerd, Deno, Bun and edge runtimes). The package's
   * export conditions choose the build; this overrides its default, e.g. WebCrypto on Node.
   */
  crypto?: CryptoName
  /** Appended to the User-Agent header. */
  userAgent?: string
  /** Validate requests against the catalog before sending (default true). */
  validate?: boolean
  /**
   * Told when a request breaks a bound that no WeChat Pay page documents (an inferred length, range or
   * rule): the request is sent all the same. Default: a process warning, once per endpoint and field.
   */
  onValidationWarning?: (warning: ValidationWarning) => void
  /** Time source (and the waits between retries, with `sleep`), for tests; default Date and timers. */
  clock?: Clock
  /**
   * Also download the platform certificates periodically (needs `apiV3Key`): `true` for every 12 hours,
   * or a period in milliseconds. Default off; they are downloaded on demand anyway.
   */
  refreshCertificates?: boolean | number
  /** Milliseconds between two downloads the client starts by itself, at least; default 60 000. */
  minDownloadInterval?: number
  /** Where downloaded certificates are shared between instances; default in memory, per client. Keyed by mchid. */
  certificateCache?: CertificateCache
  /**
   * Told of every failure of a download the client starts by itself (on demand or periodic) and of the
   * certificate cache; such failures never throw out of a timer. Default: a process warning for the
   * failures no caller is told of (a periodic refresh, the cache); a failed on-demand download, which
   * rejects the request that needed it, is not warned of as well.
   */
  onError?: (error: Error) => void
}

export interface ResolvedConfig {
  mchid: string
  serial: string
  privateKey: PrivateKey
  apiV3Key: Uint8Array | undefined
  crypto: Crypto
  baseURL: string
  backupBaseURL: string | undefined
  timeout: number
  maxRetries: number
  hooks: Hooks
  fetch?: typeof fetch
  userAgent: string
  validate: boolean
  onValidationWarning: (warning: ValidationWarning) => void
  clock: Clock
  store: TrustStore
  /** Milliseconds between periodic downloads, or undefined when off. */
  refreshInterval: number | undefined
  minDownloadInterval: number
  certificateCache: CertificateCache
  /** The caller's hook; undefined for the default (see `WechatPayOptions.onError`). */
  onError: ((error: Error) => void) | undefined
}

export function resolveConfig(options: WechatPayOptions): ResolvedConfig {
  if (!options || typeof options !== 'object')
    throw new ConfigurationError('options', 'pass { mchid, serial, privateKey, certs }')
  const mchid = parseMchid(options.mchid)
  const serial = parseSerial(options.serial)
  const crypto = parseCrypto(options.crypto)
  const privateKey = parsePrivateKey(options.privateKey, crypto)
  const apiV3Key = parseApiV3Key(options.apiV3Key)
  const store = trustStoreOf(options.certs, privateKey, serial, apiV3Key, crypto)
  const clock = options.clock ?? systemClock
  const baseURL = parseBaseURL(options.baseURL)
  return {
    mchid,
    serial,
    privateKey,
    apiV3Key,
    crypto,
    baseURL,
    backupBaseURL: parseBackupBaseURL(options.backupBaseURL, baseURL),
    timeout: parseTimeout(options.timeout),
    maxRetries: parseMaxRetries(options.maxRetries),
    hooks: parseHooks(options),
    fetch: parseFetch(options.fetch),
    userAgent: options.userAgent ?? '',
    validate: options.validate ?? true,
    onValidationWarning: parseWarningHandler(options.onValidationWarning),
    clock,
    store,
    refreshInterval: parseRefreshInterval(options.refreshCertificates, apiV3Key),
    minDownloadInterval: parseMinDownloadInterval(options.minDownloadInterval),
    certificateCache: parseCertificateCache(options.certificateCache) ?? new MemoryCertificateCache(clock),
    onError: parseOnError(options.onError),
  }
}

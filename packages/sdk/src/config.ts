// The client's options, checked once in the constructor: every mistake named with its fix.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import type { Issue } from './catalog/schema.js'
import { type Clock, systemClock } from './clock.js'
import { APIV3_KEY_BYTES } from './encryption.js'
import { ConfigurationError } from './errors.js'
import { type CertificateCache, MemoryCertificateCache } from './trust/cache.js'
import { parseTrustedKey } from './trust/keys.js'
import { type KeyMaterial, PUBLIC_KEY_ID_PREFIX, TrustStore } from './trust/store.js'

export interface WechatPayOptions {
  /** Merchant id; for partner APIs, the service provider's (sp_mchid). */
  mchid: string
  /** Serial of the merchant API certificate whose private key is `privateKey`. */
  serial: string
  /** Merchant API private key (apiclient_key.pem): PEM (PKCS#8 or PKCS#1), Buffer or KeyObject. */
  privateKey: KeyMaterial
  /** WeChat Pay verification keys by public-key id (`PUB_KEY_ID_…`) or platform certificate serial. */
  certs?: Record<string, KeyMaterial>
  /** The 32-byte APIv3 key: notifications and /v3/certificates. */
  apiV3Key?: string | Buffer
  /** Default `https://api.mch.weixin.qq.com`. */
  baseURL?: string
  /** Milliseconds per request, default 30 000. */
  timeout?: number
  /**
   * Sends through this fetch implementation (a proxy, a test double) instead of the built-in
   * node:http transport with its keep-alive pool.
   */
  fetch?: typeof fetch
  /** Appended to the User-Agent header. */
  userAgent?: string
  /** Validate requests against the catalog before sending (default true). */
  validate?: boolean
  /**
   * Told when a request breaks a bound that no WeChat Pay page documents (an inferred length, range or
   * rule): the request is sent all the same. Default: a process warning, once per endpoint and field.
   */
  onValidationWarning?: (warning: ValidationWarning) => void
  /** Time source, for tests; default Date. */
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
   * certificate cache; such failures never throw out of a timer. Default `process.emitWarning`.
   */
  onError?: (error: Error) => void
}

/** A request that breaks an inferred bound; it was sent. */
export interface ValidationWarning {
  /** `POST /v3/…` */
  endpoint: string
  issues: Issue[]
}

export interface ResolvedConfig {
  mchid: string
  serial: string
  privateKey: KeyObject
  apiV3Key: Buffer | undefined
  baseURL: string
  timeout: number
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
  onError: (error: Error) => void
}

export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com'
export const DEFAULT_REFRESH_INTERVAL = 12 * 3_600_000
const DEFAULT_MIN_DOWNLOAD_INTERVAL = 60_000
// setInterval's limit (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1
const SERIAL = /^[0-9A-Fa-f]{8,40}$/

function parsePrivateKey(material: KeyMaterial | undefined): KeyObject {
  if (material === undefined || material === null) {
    throw new ConfigurationError('privateKey', 'is required: the merchant API private key (apiclient_key.pem)')
  }
  if (typeof material === 'object' && !Buffer.isBuffer(material)) {
    if (material.type !== 'private') {
      throw new ConfigurationError(
        'privateKey',
        'is a public KeyObject; pass the merchant API private key (apiclient_key.pem)',
      )
    }
    return requireRsa(material)
  }
  const text = Buffer.isBuffer(material) ? material.toString('utf8') : String(material)
  if (text.trim() === '') throw new ConfigurationError('privateKey', 'is empty; pass the PEM text of apiclient_key.pem')
  if (text.includes('BEGIN CERTIFICATE')) {
    throw new ConfigurationError(
      'privateKey',
      'is a certificate; pass the merchant API private key (apiclient_key.pem), not apiclient_cert.pem or a WeChat Pay certificate',
    )
  }
  if (text.includes('PUBLIC KEY')) {
    throw new ConfigurationError(
      'privateKey',
      'is a public key; pass the merchant API private key (apiclient_key.pem). A WeChat Pay public key belongs in certs.',
    )
  }
  let key: KeyObject
  try {
    key = createPrivateKey(text)
  } catch {
    throw new ConfigurationError(
      'privateKey',
      'is not a parsable PEM private key (PKCS#8 "BEGIN PRIVATE KEY" or PKCS#1 "BEGIN RSA PRIVATE KEY")',
    )
  }
  return requireRsa(key)
}

function requireRsa(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new ConfigurationError(
      'privateKey',
      `is a ${key.asymmetricKeyType} key; WeChat Pay APIv3 merchant keys are RSA`,
    )
  }
  return key
}

function parseApiV3Key(value: string | Buffer | undefined): Buffer | undefined {
  if (value === undefined) return undefined
  const key = Buffer.isBuffer(value) ? Buffer.from(value) : Buffer.from(String(value), 'utf8')
  if (key.length !== APIV3_KEY_BYTES) {
    throw new ConfigurationError(
      'apiV3Key',
      `must be exactly 32 bytes; this one is ${key.length}. It is the APIv3 key set in 商户平台 → 账户中心 → API安全 (not the APIv2 key, not the certificate password)`,
    )
  }
  return key
}

export function resolveConfig(options: WechatPayOptions): ResolvedConfig {
  if (!options || typeof options !== 'object')
    throw new ConfigurationError('options', 'pass { mchid, serial, privateKey, certs }')
  const mchid = String(options.mchid ?? '').trim()
  if (!/^\d{1,32}$/.test(mchid)) {
    throw new ConfigurationError('mchid', 'must be your merchant id, digits only (e.g. 1900000001)')
  }
  const serialText = String(options.serial ?? '').trim()
  if (serialText.toUpperCase().startsWith(PUBLIC_KEY_ID_PREFIX)) {
    throw new ConfigurationError(
      'serial',
      'is a WeChat Pay public key id; serial is the serial number of your merchant API certificate (apiclient_cert.pem). Put the public key in certs under this id.',
    )
  }
  if (!SERIAL.test(serialText)) {
    throw new ConfigurationError(
      'serial',
      'does not look like a certificate serial (8–40 hex digits); find it with `openssl x509 -noout -serial -in apiclient_cert.pem`',
    )
  }
  const privateKey = parsePrivateKey(options.privateKey)
  const apiV3Key = parseApiV3Key(options.apiV3Key)
  const serial = serialText.toUpperCase()
  const store = new TrustStore(createPublicKey(privateKey), serial)
  for (const [id, material] of Object.entries(options.certs ?? {})) {
    store.add(parseTrustedKey(id, material, `certs.${id}`, 'config'))
  }
  if (store.size === 0 && apiV3Key === undefined) {
    throw new ConfigurationError(
      'certs',
      'is empty and no apiV3Key is given, so responses could not be verified: pass the WeChat Pay public key ' +
        "({ 'PUB_KEY_ID_…': pem }) or platform certificates, or apiV3Key to download the certificates",
    )
  }
  const timeout = options.timeout ?? 30_000
  if (!(Number.isFinite(timeout) && timeout > 0))
    throw new ConfigurationError('timeout', 'must be a positive number of milliseconds')
  const baseURL = (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '')
  try {
    new URL(baseURL)
  } catch {
    throw new ConfigurationError('baseURL', `is not an absolute URL: ${baseURL}`)
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new ConfigurationError('fetch', 'must be a fetch function; omit it to use the built-in node:http transport')
  }
  const clock = options.clock ?? systemClock
  return {
    mchid,
    serial,
    privateKey,
    apiV3Key,
    baseURL,
    timeout,
    fetch: options.fetch,
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

function parseRefreshInterval(value: boolean | number | undefined, apiV3Key: Buffer | undefined): number | undefined {
  if (value === undefined || value === false) return undefined
  const interval = value === true ? DEFAULT_REFRESH_INTERVAL : value
  if (typeof interval !== 'number' || !Number.isFinite(interval) || interval <= 0 || interval > MAX_TIMER_MS) {
    throw new ConfigurationError(
      'refreshCertificates',
      `must be true (every 12 hours), false, or a period in milliseconds up to ${MAX_TIMER_MS}`,
    )
  }
  if (apiV3Key === undefined) {
    throw new ConfigurationError(
      'refreshCertificates',
      'needs apiV3Key: the downloaded certificates are encrypted with it',
    )
  }
  return interval
}

function parseMinDownloadInterval(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MIN_DOWNLOAD_INTERVAL
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError('minDownloadInterval', 'must be a number of milliseconds, 0 or more')
  }
  return value
}

function parseCertificateCache(cache: CertificateCache | undefined): CertificateCache | undefined {
  if (cache === undefined) return undefined
  if (typeof cache?.get !== 'function' || typeof cache?.set !== 'function') {
    throw new ConfigurationError('certificateCache', 'must have get(key) and set(key, value, ttlSeconds) methods')
  }
  return cache
}

function parseOnError(onError: ((error: Error) => void) | undefined): (error: Error) => void {
  if (onError === undefined) return (error) => process.emitWarning(error)
  if (typeof onError !== 'function') throw new ConfigurationError('onError', 'must be a function (error) => void')
  return onError
}

function parseWarningHandler(handler: ((warning: ValidationWarning) => void) | undefined) {
  if (handler !== undefined && typeof handler !== 'function') {
    throw new ConfigurationError('onValidationWarning', 'must be a function (warning) => void')
  }
  if (handler) return handler
  const told = new Set<string>()
  return ({ endpoint, issues }: ValidationWarning) => {
    for (const issue of issues) {
      const key = `${endpoint} ${issue.field} ${issue.issue}`
      if (told.has(key)) continue
      told.add(key)
      process.emitWarning(
        `${endpoint}: ${issue.field} ${issue.issue}. Sent anyway: no WeChat Pay page documents this bound.`,
        {
          code: 'WXPAY_INFERRED_BOUND',
        },
      )
    }
  }
}

// Each option of the client checked once, in the constructor: every mistake named with its fix.
import type { Crypto, CryptoName, KeyInput, PrivateKey } from './crypto/types.js'
import { isBytes, utf8Bytes, utf8Text } from './encoding.js'
import { APIV3_KEY_BYTES } from './encryption.js'
import { ConfigurationError } from './errors.js'
import type { Hooks } from './observe.js'
import type { ValidationWarning } from './request.js'
import { runtime } from './runtime/current.js'
import type { CertificateCache } from './trust/cache.js'
import { parseTrustedKey } from './trust/keys.js'
import { DEFAULT_REFRESH_INTERVAL } from './trust/refresh.js'
import { type KeyMaterial, PUBLIC_KEY_ID_PREFIX, TrustStore } from './trust/store.js'

export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com'
/** WeChat Pay's backup domain, as the official SDKs fail over to it. */
export const DEFAULT_BACKUP_BASE_URL = 'https://api2.mch.weixin.qq.com'
const DEFAULT_MIN_DOWNLOAD_INTERVAL = 60_000
// setInterval's limit (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1
const SERIAL = /^[0-9A-Fa-f]{8,40}$/

/** The crypto implementation the `crypto` option names, or this runtime's default. */
export function parseCrypto(value: CryptoName | undefined): Crypto {
  if (value === undefined) return runtime.crypto.default
  if (value !== 'node' && value !== 'web') {
    throw new ConfigurationError(
      'crypto',
      "must be 'node' (node:crypto) or 'web' (WebCrypto), or left out for the default",
    )
  }
  const crypto = runtime.crypto[value]
  if (!crypto) {
    throw new ConfigurationError(
      'crypto',
      "is 'node', and this build of @wxpay/sdk (for workerd, Deno, Bun and edge runtimes, chosen by the package's " +
        "export conditions) has no node:crypto: leave crypto out, or pass 'web'",
    )
  }
  return crypto
}

export function parsePrivateKey(material: KeyMaterial | undefined, crypto: Crypto): PrivateKey {
  if (material === undefined || material === null) {
    throw new ConfigurationError('privateKey', 'is required: the merchant API private key (apiclient_key.pem)')
  }
  if (typeof material === 'object' && !isBytes(material)) {
    if (material.type !== 'private') {
      throw new ConfigurationError(
        'privateKey',
        'is a public KeyObject; pass the merchant API private key (apiclient_key.pem)',
      )
    }
    return requireRsa(importPrivateKey(crypto, material))
  }
  const text = isBytes(material) ? utf8Text(material) : String(material)
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
  return requireRsa(importPrivateKey(crypto, text))
}

function importPrivateKey(crypto: Crypto, material: KeyInput): PrivateKey {
  try {
    return crypto.privateKey(material)
  } catch (error) {
    const reason = (error as { reason?: string }).reason
    throw new ConfigurationError(
      'privateKey',
      'is not a parsable PEM private key (PKCS#8 "BEGIN PRIVATE KEY" or PKCS#1 "BEGIN RSA PRIVATE KEY")' +
        (reason ? `: ${reason}` : ''),
    )
  }
}

function requireRsa(key: PrivateKey): PrivateKey {
  if (key.algorithm !== 'rsa') {
    throw new ConfigurationError('privateKey', `is a ${key.algorithm} key; WeChat Pay APIv3 merchant keys are RSA`)
  }
  return key
}

export function parseApiV3Key(value: string | Uint8Array | undefined): Uint8Array | undefined {
  if (value === undefined) return undefined
  const key = isBytes(value) ? new Uint8Array(value) : utf8Bytes(String(value))
  if (key.length !== APIV3_KEY_BYTES) {
    throw new ConfigurationError(
      'apiV3Key',
      `must be exactly 32 bytes; this one is ${key.length}. It is the APIv3 key set in 商户平台 → 账户中心 → API安全 (not the APIv2 key, not the certificate password)`,
    )
  }
  return key
}

export function parseMchid(value: unknown): string {
  const mchid = String(value ?? '').trim()
  if (!/^\d{1,32}$/.test(mchid)) {
    throw new ConfigurationError('mchid', 'must be your merchant id, digits only (e.g. 1900000001)')
  }
  return mchid
}

export function parseSerial(value: unknown): string {
  const serial = String(value ?? '').trim()
  if (serial.toUpperCase().startsWith(PUBLIC_KEY_ID_PREFIX)) {
    throw new ConfigurationError(
      'serial',
      'is a WeChat Pay public key id; serial is the serial number of your merchant API certificate (apiclient_cert.pem). Put the public key in certs under this id.',
    )
  }
  if (!SERIAL.test(serial)) {
    throw new ConfigurationError(
      'serial',
      'does not look like a certificate serial (8–40 hex digits); find it with `openssl x509 -noout -serial -in apiclient_cert.pem`',
    )
  }
  return serial.toUpperCase()
}

export function trustStoreOf(
  certs: Record<string, KeyMaterial> | undefined,
  privateKey: PrivateKey,
  serial: string,
  apiV3Key: Uint8Array | undefined,
  crypto: Crypto,
): TrustStore {
  const store = new TrustStore(privateKey.publicKey, serial, apiV3Key !== undefined)
  for (const [id, material] of Object.entries(certs ?? {})) {
    store.add(parseTrustedKey(id, material, `certs.${id}`, 'config', crypto))
  }
  if (store.size === 0 && apiV3Key === undefined) {
    throw new ConfigurationError(
      'certs',
      'is empty and no apiV3Key is given, so responses could not be verified: pass the WeChat Pay public key ' +
        "({ 'PUB_KEY_ID_…': pem }) or platform certificates, or apiV3Key to download the certificates",
    )
  }
  return store
}

export function parseTimeout(value: number | undefined): number {
  const timeout = value ?? 30_000
  if (!(Number.isFinite(timeout) && timeout > 0))
    throw new ConfigurationError('timeout', 'must be a positive number of milliseconds')
  return timeout
}

export function parseBaseURL(value: string | undefined): string {
  const baseURL = (value ?? DEFAULT_BASE_URL).replace(/\/+$/, '')
  try {
    new URL(baseURL)
  } catch {
    throw new ConfigurationError('baseURL', `is not an absolute URL: ${baseURL}`)
  }
  return baseURL
}

/** The backup domain: given, none (`false`), or by default api2 when `baseURL` is the default primary. */
export function parseBackupBaseURL(value: string | false | undefined, baseURL: string): string | undefined {
  if (value === false) return undefined
  if (value === undefined) return baseURL === DEFAULT_BASE_URL ? DEFAULT_BACKUP_BASE_URL : undefined
  if (typeof value !== 'string') {
    throw new ConfigurationError('backupBaseURL', 'must be an absolute URL, or false for no failover')
  }
  const backup = value.replace(/\/+$/, '')
  try {
    new URL(backup)
  } catch {
    throw new ConfigurationError(
      'backupBaseURL',
      `is not an absolute URL: ${backup}; pass one, or false for no failover`,
    )
  }
  return backup === baseURL ? undefined : backup
}

const HOOKS = ['onRequest', 'onResponse', 'onRetry'] as const

/** The observability hooks, each a function when given. */
export function parseHooks(options: Pick<Hooks, (typeof HOOKS)[number]>): Hooks {
  const hooks: Hooks = {}
  for (const name of HOOKS) {
    const hook = options[name]
    if (hook === undefined) continue
    if (typeof hook !== 'function') throw new ConfigurationError(name, 'must be a function (event) => void')
    hooks[name] = hook as never
  }
  return hooks
}

export function parseFetch(value: typeof fetch | undefined): typeof fetch | undefined {
  if (value !== undefined && typeof value !== 'function') {
    throw new ConfigurationError('fetch', 'must be a fetch function; omit it to use the built-in node:http transport')
  }
  return value
}

export function parseRefreshInterval(
  value: boolean | number | undefined,
  apiV3Key: Uint8Array | undefined,
): number | undefined {
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

export function parseMinDownloadInterval(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MIN_DOWNLOAD_INTERVAL
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError('minDownloadInterval', 'must be a number of milliseconds, 0 or more')
  }
  return value
}

export function parseCertificateCache(cache: CertificateCache | undefined): CertificateCache | undefined {
  if (cache === undefined) return undefined
  if (typeof cache?.get !== 'function' || typeof cache?.set !== 'function') {
    throw new ConfigurationError('certificateCache', 'must have get(key) and set(key, value, ttlSeconds) methods')
  }
  return cache
}

/** The caller's hook, or undefined: then the certificate manager warns of what no caller is told (refresh.ts). */
export function parseOnError(onError: ((error: Error) => void) | undefined): ((error: Error) => void) | undefined {
  if (onError !== undefined && typeof onError !== 'function') {
    throw new ConfigurationError('onError', 'must be a function (error) => void')
  }
  return onError
}

export function parseWarningHandler(handler: ((warning: ValidationWarning) => void) | undefined) {
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
      runtime.warn(
        `${endpoint}: ${issue.field} ${issue.issue}. Sent anyway: no WeChat Pay page documents this bound.`,
        'WXPAY_INFERRED_BOUND',
      )
    }
  }
}

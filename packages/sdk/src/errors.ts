// Typed errors. Messages say what to do; none of them carries a key, the Authorization header,
// the APIv3 key or the plaintext of an encrypted field.
import type { Issue } from './catalog/schema.js'

export class WechatPayError extends Error {
  override name = 'WechatPayError'
}

/** The client's options are wrong; thrown by the constructor, before any network I/O. */
export class ConfigurationError extends WechatPayError {
  override name = 'ConfigurationError'
  constructor(
    /** The option at fault, e.g. `privateKey` or `certs.PUB_KEY_ID_…`. */
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`)
  }
}

/** The request does not satisfy the catalog; nothing was sent. */
export class ValidationError extends WechatPayError {
  override name = 'ValidationError'
  constructor(
    readonly endpoint: string,
    readonly issues: Issue[],
  ) {
    const lines = issues.map((item) => `  ${item.field} ${item.issue}. Fix: ${item.fix}.`)
    super(`${endpoint}: ${issues.length} problem(s), nothing was sent:\n${lines.join('\n')}`)
  }
}

export type VerificationFailure =
  | 'missing-headers'
  | 'malformed-headers'
  | 'unsupported-signature-type'
  | 'probe'
  | 'timestamp-out-of-window'
  | 'unknown-serial'
  | 'certificate-not-valid'
  | 'bad-signature'

/** A response or notification whose WeChat Pay signature does not hold; its content is not to be trusted. */
export class SignatureVerificationError extends WechatPayError {
  override name = 'SignatureVerificationError'
  constructor(
    readonly reason: VerificationFailure,
    message: string,
    readonly details: { serial?: string; requestId?: string; status?: number } = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
  get requestId(): string | undefined {
    return this.details.requestId
  }
}

/**
 * A `WECHATPAY/SIGNTEST/` signature: WeChat Pay checking that you verify. Answer it with a 4xx/5xx;
 * the real notification follows with a valid signature.
 */
export class NotificationProbeError extends SignatureVerificationError {
  override name = 'NotificationProbeError'
}

export type NotificationFormatFailure =
  | 'empty-body'
  | 'body-too-large'
  | 'not-json'
  | 'envelope'
  | 'unsupported-algorithm'
  | 'resource-not-json'

/** A notification whose body is not a WeChat Pay notification envelope, or is too large to be one. */
export class NotificationFormatError extends WechatPayError {
  override name = 'NotificationFormatError'
  constructor(
    readonly reason: NotificationFormatFailure,
    message: string,
  ) {
    super(message)
  }
}

/** Ciphertext that does not decrypt (AES-256-GCM tag or RSA-OAEP padding check failed). */
export class DecryptionError extends WechatPayError {
  override name = 'DecryptionError'
}

/**
 * `GET /v3/certificates` answered 404 (`RESOURCE_NOT_EXISTS` or `NOT_FOUND`): the merchant uses WeChat Pay
 * public keys and has no platform certificates. Not a fault of the client: configure the public key.
 */
export class PublicKeyModeError extends WechatPayError {
  override name = 'PublicKeyModeError'
  constructor(
    /** `code`: the error code when the body was read; `publicKeyId`: the key the 404 was signed with. */
    readonly details: { code?: string; publicKeyId?: string; requestId?: string },
    options?: ErrorOptions,
  ) {
    const key = details.publicKeyId ?? 'PUB_KEY_ID_…'
    const answer = `404${details.code ? ` ${details.code}` : ''}${details.publicKeyId ? ` signed by ${details.publicKeyId}` : ''}`
    super(
      `this merchant uses WeChat Pay public keys: GET /v3/certificates answered ${answer}; there are no ` +
        `platform certificates to download. Configure certs with the public key id and key: { '${key}': pub_key.pem } ` +
        '(商户平台 → 账户中心 → API安全 → 微信支付公钥).' +
        (details.requestId ? ` [Request-ID ${details.requestId}]` : ''),
      options,
    )
  }
  get requestId(): string | undefined {
    return this.details.requestId
  }
}

/** A platform certificate list that cannot be trusted or used: nothing from it was added to the trust store. */
export class CertificateDownloadError extends WechatPayError {
  override name = 'CertificateDownloadError'
}

/** What the client signed for a request refused with 401 SIGN_ERROR, to compare with the server's view. */
export interface SignedRequestInfo {
  method: string
  /** The canonical URL that was signed (path and query). */
  url: string
  timestamp: string
  nonce: string
  bodyLength: number
  bodySha256: string
  /** The merchant serial in `serial_no`. */
  serial: string
}

/** A value as JSON for a message: at most 500 characters, and never a throw. */
function preview(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    return '(not printable)'
  }
  return text.length > 500 ? `${text.slice(0, 500)}…` : text
}

/** WeChat Pay answered 4xx or 5xx. The detail's values that may be personal data are masked. */
export class WechatPayApiError extends WechatPayError {
  override name = 'WechatPayApiError'
  readonly status: number
  readonly code: string
  readonly detail: unknown
  readonly requestId: string | undefined
  readonly headers: Record<string, string>
  /** Whether the error body carried a valid WeChat Pay signature. */
  readonly verified: boolean
  /** Why a signed error body is not verified: it is signed with a key this client does not trust (yet). */
  readonly untrusted?: SignatureVerificationError
  /** For 401 SIGN_ERROR: what this client signed. */
  readonly signed?: SignedRequestInfo
  /** The error body as WeChat Pay sent it: parsed JSON, its text when not JSON, undefined when empty. */
  readonly data: unknown
  constructor(init: {
    status: number
    code: string
    message: string
    detail?: unknown
    data?: unknown
    requestId?: string
    headers: Record<string, string>
    verified: boolean
    untrusted?: SignatureVerificationError
    signed?: SignedRequestInfo
  }) {
    let text = `${init.status} ${init.code}: ${init.message}`
    if (init.detail !== undefined) text += ` (detail: ${preview(init.detail)})`
    // The first line is the server's answer, whole; what follows explains it.
    if (init.requestId) text += ` [Request-ID ${init.requestId}]`
    if (init.untrusted) text += `\nNot verified: ${init.untrusted.message}`
    if (init.signed) {
      const s = init.signed
      text +=
        `\nSigned locally: ${s.method} ${s.url}, timestamp ${s.timestamp}, nonce ${s.nonce}, ` +
        `body ${s.bodyLength} bytes sha256 ${s.bodySha256}, serial_no ${s.serial}. ` +
        'Check that serial_no is the serial of the certificate that belongs to privateKey, that the clock is right, ' +
        'and that nothing between you and WeChat Pay rewrites the body or the URL.'
    }
    super(text)
    this.status = init.status
    this.code = init.code
    this.detail = init.detail
    this.requestId = init.requestId
    this.headers = init.headers
    this.verified = init.verified
    this.untrusted = init.untrusted
    this.signed = init.signed
    this.data = init.data
  }
}

/** Where a request that did not complete was going: method, URL, and the Request-ID of an answer it had. */
export interface RequestFailureContext {
  method: string
  /** The full URL of the last attempt (the backup domain's after a failover). */
  url: string
  /** The Request-ID of the last answer, when an attempt got one (e.g. a 500 before the retry that failed). */
  requestId?: string
}

/** The base of the errors for requests that got no final answer: what was asked, and where. */
abstract class RequestFailure extends WechatPayError {
  readonly method: string | undefined
  readonly url: string | undefined
  readonly requestId: string | undefined
  constructor(message: string, context?: RequestFailureContext, options?: ErrorOptions) {
    super(context?.requestId ? `${message} [Request-ID ${context.requestId}]` : message, options)
    this.method = context?.method
    this.url = context?.url
    this.requestId = context?.requestId
  }
}

/** The request did not reach WeChat Pay or no response came back (DNS, TCP, TLS, reset). */
export class NetworkError extends RequestFailure {
  override name = 'NetworkError'
}

/** No response within `timeout` milliseconds (all attempts together), or an `AbortSignal.timeout` fired. */
export class TimeoutError extends RequestFailure {
  override name = 'TimeoutError'
}

/** The caller's `AbortSignal` aborted the call; `cause` is the signal's reason. */
export class AbortError extends RequestFailure {
  override name = 'AbortError'
}

// The client. One request: chain or request() → catalog lookup → validation → encryption of
// sensitive fields (which decides Wechatpay-Serial) → serialisation, once → signature over those
// exact bytes → transport (node:http, or the caller's fetch) → verification of the exact response
// bytes → parse → typed result or error.
import { inspect } from 'node:util'
import { matchEndpoint, validateParams } from './catalog/index.js'
import { type Issue, validate } from './catalog/schema.js'
import { CertificateManager, type Certificates, type RefreshOutcome, type ResponseVerifier } from './certificates.js'
import { createNode, splitPath } from './chain.js'
import type { CallOptions, ChainFor, ChainRoot, WechatPayResponse } from './chain-types.js'
import { type ResolvedConfig, resolveConfig, type WechatPayOptions } from './config.js'
import { encryptSensitive } from './crypto/cipher.js'
import {
  authorizationHeader,
  createNonce,
  hasSignature,
  readSignedHeaders,
  requestMessage,
  type SignedHeaders,
  sha256Hex,
  signAsync,
  signSync,
  type VerifyContext,
  verifySignature,
} from './crypto/signature.js'
import { encryptedFieldsOf, findPresent, replaceAt } from './encrypted-fields.js'
import {
  NetworkError,
  SignatureVerificationError,
  type SignedRequestInfo,
  TimeoutError,
  ValidationError,
  WechatPayApiError,
  WechatPayError,
} from './errors.js'
import { Notifications } from './notifications/notifications.js'
import { fetchTransport, nodeTransport, type Transport, type TransportResponse, TransportTimeout } from './transport.js'
import { PUBLIC_KEY_ID_PREFIX, type TrustedKey } from './trust-store.js'

export const SDK_VERSION = '0.1.0'

export interface RequestOptions extends CallOptions<Record<string, unknown>> {
  method: string
  /** `/v3/…` or `v3/…`, with `{name}` placeholders filled from `params`; may carry a query. */
  url: string
  /** An object (serialised once as JSON), or a string / Buffer / Uint8Array sent byte for byte. */
  data?: unknown
}

const EMPTY = Buffer.alloc(0)
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)
const HEADERS_WE_OWN = new Set(['authorization', 'wechatpay-serial', 'content-length', 'host'])
// RSA-OAEP ciphertext under a 2048/3072/4096-bit key, Base64.
const CIPHERTEXT_BYTES = new Set([256, 384, 512])

function toBody(data: unknown): Buffer | undefined {
  if (data === undefined || data === null) return undefined
  if (typeof data === 'string') return Buffer.from(data, 'utf8')
  if (Buffer.isBuffer(data)) return data
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  return Buffer.from(JSON.stringify(data), 'utf8')
}

export interface WechatPay extends ChainRoot {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface adds the chain's typed members
export class WechatPay {
  readonly #config: ResolvedConfig
  readonly #transport: Transport
  readonly #certificates: CertificateManager
  /** Requests of this client between signing and response; decides how the next one is signed. */
  #inFlight = 0
  readonly #userAgent: string
  /** Notifications (callbacks): `parse({ headers, body })` from the raw bytes, and `handle` for adapters. */
  readonly notifications: Notifications
  /** Platform certificates: `download()` fetches, verifies and trusts them (the client also does it on demand). */
  readonly certificates: Certificates

  constructor(options: WechatPayOptions) {
    this.#config = resolveConfig(options)
    this.#userAgent = `wxpay-sdk/${SDK_VERSION} node/${process.versions.node}${this.#config.userAgent ? ` ${this.#config.userAgent}` : ''}`
    // The caller's fetch when given; else node:http(s) with a keep-alive pool (src/transport.ts).
    const { baseURL, fetch } = this.#config
    this.#transport = fetch ? fetchTransport(baseURL, fetch) : nodeTransport(baseURL)
    this.#certificates = new CertificateManager(this.#config, (request, verify) => this.#send(request, verify))
    this.certificates = Object.freeze({ download: () => this.#certificates.download() })
    this.notifications = new Notifications(this.#config, (headers, body) =>
      this.#verifySigned(headers, body, { subject: 'notification' }),
    )
    const send = (method: string, path: string, data: unknown, config?: CallOptions<any>) =>
      this.request({ ...config, method, url: path, data })
    const root = createNode(send, []) as Record<string, unknown>
    // biome-ignore lint/correctness/noConstructorReturn: the proxy is the chain's root
    return new Proxy(this, {
      get(target, key) {
        if (typeof key !== 'string' || key in target) {
          const value = Reflect.get(target, key, target)
          return typeof value === 'function' && key !== 'constructor' ? value.bind(target) : value
        }
        if (key === 'then') return undefined
        if (key.includes('/')) return createNode(send, splitPath(key))
        return root[key]
      },
    })
  }

  get mchid(): string {
    return this.#config.mchid
  }

  get serial(): string {
    return this.#config.serial
  }

  get baseURL(): string {
    return this.#config.baseURL
  }

  /** The ids of the WeChat Pay keys this client trusts. */
  get trustedKeyIds(): string[] {
    return this.#config.store.ids()
  }

  /**
   * The chain at a path given as a string: `wxpay.chain('v3/papay/…')`. Reaches any segment,
   * including names such as `then`, `name` or `delete`; `$name$` and `{name}` are parameters.
   */
  chain<P extends string>(path: P): ChainFor<P> {
    const send = (method: string, url: string, data: unknown, config?: CallOptions<any>) =>
      this.request({ ...config, method, url, data })
    return createNode(send, splitPath(path)) as ChainFor<P>
  }

  /** Sends any APIv3 request; catalog endpoints are validated and encrypted as in the chain. */
  request<T = any>(options: RequestOptions): Promise<WechatPayResponse<T>> {
    return this.#send<T>(options)
  }

  /** Stops the periodic certificate refresh. The client stays usable. */
  close(): void {
    this.#certificates.stop()
  }

  /**
   * The pipeline. `verify` replaces the response verification for one internal request: the certificate
   * download may verify its list with a certificate the list carries (signer not trusted yet).
   */
  async #send<T>(options: RequestOptions, verify?: ResponseVerifier): Promise<WechatPayResponse<T>> {
    const config = this.#config
    const method = options.method.toUpperCase()
    const [rawPath, rawQuery = ''] = options.url.split('?', 2)
    const template = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
    const params: Record<string, unknown> = { ...(options.params ?? {}) }

    const matched = matchEndpoint(method, template)
    const endpointName = matched ? `${method} ${matched.endpoint.path}` : `${method} ${template}`
    const issues: Issue[] = []
    const path = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name]
      if (value === undefined || value === '') {
        issues.push({ field: name, issue: 'is a path parameter without a value', fix: `pass params: { ${name}: … }` })
        return placeholder
      }
      return encodeURIComponent(String(value))
    })
    const query = Object.entries(params)
      .filter(([name, value]) => value !== undefined && !template.includes(`{${name}}`))
      .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
      .join('&')
    const url = path + (rawQuery || query ? `?${[rawQuery, query].filter(Boolean).join('&')}` : '')

    const headers: Record<string, string> = {}
    let wechatpaySerial: string | undefined
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      const lower = name.toLowerCase()
      if (lower === 'wechatpay-serial') wechatpaySerial = String(value).trim()
      else if (!HEADERS_WE_OWN.has(lower)) headers[name] = String(value)
    }

    let data = options.data
    if (matched && (options.validate ?? config.validate)) {
      if (matched.endpoint.params) {
        for (const issue of validateParams(matched.endpoint, { ...matched.pathParams, ...params })) {
          if (!issues.some((other) => other.field === issue.field)) issues.push(issue)
        }
      }
      if (matched.endpoint.request && (data === undefined || isPlainObject(data))) {
        issues.push(...validate(matched.endpoint.request, data))
      }
    }
    if (issues.length > 0) throw new ValidationError(endpointName, issues)

    // Encryption decides Wechatpay-Serial, once: the key that encrypted, the caller's own value
    // (fields already encrypted), or the WeChat Pay public key so that the response is signed with it.
    const encrypted = matched ? encryptedFieldsOf(matched.endpoint) : []
    const present = isPlainObject(data) ? findPresent(data, encrypted) : []
    if (wechatpaySerial !== undefined) {
      this.#checkCallerSerial(endpointName, wechatpaySerial, data, present)
    } else if (present.length > 0) {
      const { key, failure } = await this.#encryptionKey()
      if (!key) {
        throw new ValidationError(endpointName, [
          {
            field: present[0],
            issue: 'must be encrypted, and no WeChat Pay public key or valid platform certificate is configured',
            fix:
              'add the WeChat Pay public key (PUB_KEY_ID_…) or a platform certificate to certs' +
              (failure ? ` (downloading the platform certificates failed: ${failure.message})` : ''),
          },
        ])
      }
      data = replaceAt(data as Record<string, unknown>, present, (plaintext) => encryptSensitive(plaintext, key.key))
      wechatpaySerial = key.id
    } else {
      const preferred =
        config.store.publicKey() ??
        (matched?.endpoint.requiresWechatpaySerial ? (await this.#encryptionKey()).key : undefined)
      wechatpaySerial = preferred?.id
    }

    const body = toBody(data)
    const timestamp = String(Math.floor(config.clock.now() / 1000))
    const nonce = createNonce()
    const message = requestMessage(method, url, timestamp, nonce, body ?? EMPTY)
    const timeout = options.timeout ?? config.timeout
    let response: TransportResponse
    // Alone, a request signs on this thread: handing one signature to the thread pool and back costs
    // about 0.2 ms of latency and CPU, with nothing to overlap. With others in flight, the pool's
    // threads sign while this one sends and verifies: that is what uses the second core.
    const alone = this.#inFlight === 0
    this.#inFlight++
    try {
      const signature = alone ? signSync(message, config.privateKey) : await signAsync(message, config.privateKey)
      headers.Accept = 'application/json'
      headers['User-Agent'] = this.#userAgent
      if (body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'application/json'
      }
      if (wechatpaySerial) headers['Wechatpay-Serial'] = wechatpaySerial
      headers.Authorization = authorizationHeader({
        mchid: config.mchid,
        serial: config.serial,
        nonce,
        timestamp,
        signature,
      })
      response = await this.#transport({ method, url, headers, body, signal: options.signal, timeout }).catch(
        (error) => {
          if (error instanceof TransportTimeout)
            throw new TimeoutError(`${method} ${url}: no response within ${timeout} ms`)
          if (options.signal?.aborted) throw error
          throw new NetworkError(`${method} ${config.baseURL}${url}: ${(error as Error)?.message ?? error}`, {
            cause: error,
          })
        },
      )
    } finally {
      this.#inFlight--
    }

    const responseHeaders = response.headers
    const responseBody = response.body
    const requestId = responseHeaders['request-id']
    const signedHeaders = readSignedHeaders(responseHeaders)
    const ok = response.status >= 200 && response.status < 300
    // An unsigned 2xx is never accepted; a signed error is verified too.
    const verified = ok || hasSignature(signedHeaders)
    if (verified) {
      const context = { subject: 'response', requestId, status: response.status }
      if (verify)
        await verify(signedHeaders, responseBody, { ...context, nowSeconds: Math.floor(config.clock.now() / 1000) })
      else await this.#verifySigned(signedHeaders, responseBody, context)
    }

    const text = responseBody.toString('utf8')
    let parsed: any
    if (text !== '') {
      try {
        parsed = JSON.parse(text)
      } catch {
        if (ok)
          throw new WechatPayError(
            `${method} ${url}: the ${response.status} response is not JSON [Request-ID ${requestId}]`,
          )
        parsed = undefined
      }
    }
    if (!ok) {
      let signed: SignedRequestInfo | undefined
      if (response.status === 401 && parsed?.code === 'SIGN_ERROR') {
        const sent = body ?? EMPTY
        signed = {
          method,
          url,
          timestamp,
          nonce,
          bodyLength: sent.length,
          bodySha256: sha256Hex(sent),
          serial: config.serial,
        }
      }
      throw new WechatPayApiError({
        status: response.status,
        code: typeof parsed?.code === 'string' ? parsed.code : `HTTP_${response.status}`,
        message: typeof parsed?.message === 'string' ? parsed.message : text.slice(0, 200) || response.statusText,
        detail: parsed?.detail,
        data: parsed ?? (text === '' ? undefined : text),
        requestId,
        headers: responseHeaders,
        verified,
        signed,
      })
    }
    return { status: response.status, headers: responseHeaders, data: parsed as T, requestId }
  }

  /**
   * Verifies a signed response or notification with the trust store. On a certificate serial the store
   * does not know, a client with an APIv3 key refreshes its certificates once (cache, then a download
   * shared by concurrent callers and rate-limited) and verifies again: this is how rotation is followed.
   */
  async #verifySigned(headers: SignedHeaders, body: Buffer, context: Omit<VerifyContext, 'nowSeconds'>): Promise<void> {
    const { store, clock, apiV3Key } = this.#config
    const verify = () =>
      verifySignature(headers, body, store, { ...context, nowSeconds: Math.floor(clock.now() / 1000) })
    try {
      return verify()
    } catch (error) {
      const serial = headers.serial ?? ''
      const refreshable =
        error instanceof SignatureVerificationError &&
        error.reason === 'unknown-serial' &&
        apiV3Key !== undefined &&
        !serial.toUpperCase().startsWith(PUBLIC_KEY_ID_PREFIX)
      if (!refreshable) throw error
    }
    const serial = headers.serial!
    let outcome: RefreshOutcome | Error
    try {
      outcome = await this.#certificates.refresh(() => store.get(serial) !== undefined)
    } catch (error) {
      outcome = error as Error
    }
    try {
      verify()
    } catch (error) {
      if (!(error instanceof SignatureVerificationError && error.reason === 'unknown-serial')) throw error
      const why =
        outcome instanceof Error
          ? `Downloading the platform certificates failed: ${outcome.message}`
          : outcome === 'rate-limited'
            ? `The platform certificates were downloaded less than ${this.#config.minDownloadInterval / 1000} s ago ` +
              'and did not include it.'
            : 'The platform certificates just fetched do not include it: the message may be forged, or meant for another merchant.'
      throw new SignatureVerificationError(
        'unknown-serial',
        `the ${context.subject} is signed by ${serial}, which this client does not trust (known: ${store.ids().join(', ') || 'none'}). ${why}`,
        error.details,
        outcome instanceof Error ? { cause: outcome } : undefined,
      )
    }
  }

  /** The key to encrypt with; a client with an APIv3 key that has none refreshes its certificates first. */
  async #encryptionKey(): Promise<{ key?: TrustedKey; failure?: Error }> {
    const { store, clock, apiV3Key } = this.#config
    const available = () => store.encryptionKey(clock.now())
    const key = available()
    if (key || apiV3Key === undefined) return { key }
    try {
      await this.#certificates.refresh(() => available() !== undefined)
    } catch (error) {
      return { failure: error as Error }
    }
    return { key: available() }
  }

  #checkCallerSerial(endpoint: string, serial: string, data: unknown, present: string[]): void {
    const fail = (issue: Issue) => {
      throw new ValidationError(endpoint, [issue])
    }
    if (serial.toUpperCase() === this.#config.serial) {
      fail({
        field: 'Wechatpay-Serial',
        issue: 'is your merchant certificate serial',
        fix: 'name the WeChat Pay key that encrypted the fields (PUB_KEY_ID_… or a platform certificate serial), or omit the header and let the SDK encrypt',
      })
    }
    // With the caller's header the fields are taken as already encrypted: refuse what looks like plaintext.
    for (const pointer of present) {
      const value = pointer
        .split('/')
        .slice(1)
        .reduce<any>((node, key) => node?.[key], data)
      const bytes =
        typeof value === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, 'base64').length : 0
      if (!CIPHERTEXT_BYTES.has(bytes)) {
        fail({
          field: pointer,
          issue: 'is not RSA-OAEP ciphertext, yet a Wechatpay-Serial header says the fields are already encrypted',
          fix: 'omit the Wechatpay-Serial header to let the SDK encrypt, or encrypt the value with encryptSensitive()',
        })
      }
    }
  }

  /** Nothing secret: the merchant id, serial, base URL and trusted key ids. */
  toJSON() {
    return {
      mchid: this.#config.mchid,
      serial: this.#config.serial,
      baseURL: this.#config.baseURL,
      trusted: this.trustedKeyIds,
    }
  }

  [inspect.custom]() {
    return `WechatPay ${inspect(this.toJSON())}`
  }
}

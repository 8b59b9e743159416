// The client: options checked once, the chain's proxy, and the parts a request goes through (see
// pipeline.ts). Each client owns its trust store, transport and settings: many merchants can share
// one process.
import { createNode, splitPath } from './chain.js'
import type { CallOptions, ChainFor, ChainRoot, WechatPayResponse } from './chain-types.js'
import { type ResolvedConfig, resolveConfig, type WechatPayOptions } from './config.js'
import type { CryptoName } from './crypto/types.js'
import type { EncryptionKeys } from './encryption.js'
import { Notifications } from './notifications/notifications.js'
import { Observer } from './observe.js'
import { RequestPipeline } from './pipeline.js'
import type { RequestOptions } from './request.js'
import { realSleep } from './retry.js'
import { runtime } from './runtime/current.js'
import { RequestSigner } from './signing.js'
import { fetchTransport } from './transport.js'
import type { Certificates } from './trust/download.js'
import { CertificateManager } from './trust/refresh.js'
import { rotatingVerifier } from './trust/rotation.js'
import { PUBLIC_KEY_ID_PREFIX } from './trust/store.js'

export const SDK_VERSION = '0.1.0'

const INSPECT = Symbol.for('nodejs.util.inspect.custom')

export interface WechatPay extends ChainRoot {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface adds the chain's typed members
export class WechatPay {
  readonly #config: ResolvedConfig
  readonly #pipeline: RequestPipeline
  readonly #certificates: CertificateManager
  /** Notifications (callbacks): `parse({ headers, body })` from the raw bytes, and `handle` for adapters. */
  readonly notifications: Notifications
  /** Platform certificates: `download()` fetches, verifies and trusts them (the client also does it on demand). */
  readonly certificates: Certificates

  constructor(options: WechatPayOptions) {
    runtime.checkEnvironment()
    const config = resolveConfig(options)
    this.#config = config
    const { baseURL, fetch, store, clock, crypto } = config
    const userAgent = `wxpay-sdk/${SDK_VERSION} ${runtime.userAgent()}${config.userAgent ? ` ${config.userAgent}` : ''}`
    // The pipeline and the certificate manager need each other: the manager downloads through the
    // pipeline, and the pipeline's verifier and keys refresh through the manager.
    let manager: CertificateManager | undefined
    const refresher =
      config.apiV3Key === undefined
        ? undefined
        : {
            refresh: (satisfied: () => boolean) => manager!.refresh(satisfied),
            minDownloadInterval: config.minDownloadInterval,
          }
    const verifier = rotatingVerifier(store, clock, refresher, crypto)
    this.#pipeline = new RequestPipeline({
      clock,
      baseURL,
      backupBaseURL: config.backupBaseURL,
      timeout: config.timeout,
      maxRetries: config.maxRetries,
      sleep: clock.sleep ? (ms, signal) => clock.sleep!(ms, signal) : realSleep,
      // A hook that throws is reported like a timer's failure: to onError, else as a process warning.
      observer: new Observer(config.hooks, config.onError ?? ((error) => runtime.warn(error))),
      validate: config.validate,
      onValidationWarning: config.onValidationWarning,
      userAgent,
      // The caller's fetch when given; else node:http(s) with a keep-alive pool on Node, fetch elsewhere.
      transport: fetch ? fetchTransport(fetch) : runtime.defaultTransport(),
      signer: new RequestSigner(config.mchid, config.serial, config.privateKey, crypto),
      crypto,
      keys: encryptionKeys(config, refresher),
      verifier,
    })
    manager = new CertificateManager(config, this.#pipeline)
    this.#certificates = manager
    this.certificates = Object.freeze({ download: () => manager!.download() })
    this.notifications = new Notifications(config, verifier)
    const send = (method: string, path: string, data: unknown, call?: CallOptions<any>) =>
      this.request({ ...call, method, url: path, data })
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

  /** The cryptography this client signs, verifies and encrypts with: `node` (node:crypto) or `web` (WebCrypto). */
  get crypto(): CryptoName {
    return this.#config.crypto.name
  }

  /** Where attempts go when `baseURL` cannot be reached; undefined for nowhere. */
  get backupBaseURL(): string | undefined {
    return this.#config.backupBaseURL
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
    const send = (method: string, url: string, data: unknown, call?: CallOptions<any>) =>
      this.request({ ...call, method, url, data })
    return createNode(send, splitPath(path)) as ChainFor<P>
  }

  /** Sends any APIv3 request; catalog endpoints are validated and encrypted as in the chain. */
  request<T = any>(options: RequestOptions): Promise<WechatPayResponse<T>> {
    return this.#pipeline.send<T>(options)
  }

  /** Stops the periodic certificate refresh. The client stays usable. */
  close(): void {
    this.#certificates.stop()
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

  /** util.inspect (and console.log) on Node and Deno: what toJSON gives, never a key. */
  [INSPECT](_depth: number, _options: unknown, inspect?: (value: unknown) => string) {
    return `WechatPay ${inspect ? inspect(this.toJSON()) : JSON.stringify(this.toJSON())}`
  }
}

/** The trust store's keys for encryption; a client that can download certificates refreshes when it lacks one. */
function encryptionKeys(
  config: ResolvedConfig,
  refresher: { refresh(satisfied: () => boolean): Promise<unknown> } | undefined,
): EncryptionKeys {
  const { store, clock, serial } = config
  const available = () => store.encryptionKey(clock.now())
  /** Runs `lookup`; when it finds nothing and the client can download, refreshes once and looks again. */
  const withRefresh = async <K>(lookup: () => K | undefined): Promise<{ key?: K; failure?: Error }> => {
    const key = lookup()
    if (key || !refresher) return { key }
    try {
      await refresher.refresh(() => lookup() !== undefined)
    } catch (error) {
      return { failure: error as Error }
    }
    return { key: lookup() }
  }
  return {
    merchantSerial: serial,
    publicKey: () => store.publicKey(),
    encryptionKey: () => withRefresh(available),
    // A public-key id is never in a certificate download: look it up only.
    find: async (id) =>
      id.toUpperCase().startsWith(PUBLIC_KEY_ID_PREFIX) ? store.get(id) : (await withRefresh(() => store.get(id))).key,
  }
}

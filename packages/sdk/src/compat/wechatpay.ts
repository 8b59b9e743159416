// wechatpay-axios-plugin's `Wechatpay` on the SDK: the same constructor options and the same chain
// (dotted, `chain()`, `['v3/…']`, callable nodes, `get/post/put/patch/delete`, `{name}` placeholders),
// with every request sent by a `WechatPay` client, so signed, verified and encrypted by the SDK.
import type { KeyObject } from 'node:crypto'
import { createNode, type Naming, splitPath } from '../chain.js'
import { WechatPay } from '../client.js'
import type { WechatPayOptions } from '../config.js'
import { type CompatRequestConfig, type CompatResponse, compatSend } from './request.js'
import { Rsa } from './rsa.js'

type Key = string | Buffer | KeyObject

/** wechatpay-axios-plugin's constructor options; see docs/migrating-from-wechatpay-axios-plugin.md. */
export interface WechatpayOptions
  extends Partial<Pick<WechatPayOptions, 'apiV3Key' | 'validate' | 'clock' | 'maxRetries' | 'backupBaseURL'>> {
  mchid: string
  /** Serial of the merchant API certificate. */
  serial: string
  /** The merchant API private key: PEM, Buffer, KeyObject, `file://…` or `private.pkcs8://…` (see `Rsa.from`). */
  privateKey: Key
  /** WeChat Pay public keys and platform certificates by id, as for `Rsa.from(…, 'public')`. */
  certs: Record<string, Key>
  /** The APIv2 key: accepted for compatibility and unused (APIv2 is out of scope). */
  secret?: string | Buffer
  /** The merchant's TLS certificate for APIv2: accepted for compatibility and unused. */
  merchant?: { cert?: string | Buffer; key?: string | Buffer; pfx?: string | Buffer; passphrase?: string }
  /** Default `https://api.mch.weixin.qq.com/`. */
  baseURL?: string
  /** Milliseconds per request; `0` or absent: the SDK's 30 s (axios has none). */
  timeout?: number
  /** Headers sent with every request. */
  headers?: Record<string, unknown>
}

/** A node of the compat chain: any segment, callable (a POST), untyped; resolves axios-shaped. */
export interface CompatNode {
  (data?: any, config?: CompatRequestConfig): Promise<CompatResponse>
  get(config?: CompatRequestConfig): Promise<CompatResponse>
  delete(config?: CompatRequestConfig): Promise<CompatResponse>
  post(data?: any, config?: CompatRequestConfig): Promise<CompatResponse>
  put(data?: any, config?: CompatRequestConfig): Promise<CompatResponse>
  patch(data?: any, config?: CompatRequestConfig): Promise<CompatResponse>
  /** The node at `path` below this one: `wxpay.chain('v3/papay/…')`. */
  chain(path: string): CompatNode
  readonly [segment: string]: any
}

/** wechatpay-axios-plugin's segment naming: `PascalCase`/`camelCase` → `camel-case`, `$name$`/`_name_` → `{name}`. */
export const normalize = (key: string): string =>
  key
    .replace(/^[A-Z]/, (letter) => letter.toLowerCase())
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    .replace(/^(\$|_)(.*)\1$/, '{$2}')

/** A `file://`, `private.pkcs8://`-style or KeyObject key through `Rsa.from`; PEM text as it is. */
const keyMaterial = (key: Key, type: 'public' | 'private'): Key =>
  typeof key === 'string' && /^(file|private\.\w+|public\.\w+):\/\//.test(key) ? Rsa.from(key, type) : key

function clientOptions(options: WechatpayOptions): WechatPayOptions {
  const { mchid, serial, privateKey, certs, baseURL, timeout, apiV3Key, validate, clock, maxRetries, backupBaseURL } =
    options ?? {}
  return {
    mchid,
    serial,
    privateKey: keyMaterial(privateKey, 'private'),
    certs: Object.fromEntries(Object.entries(certs ?? {}).map(([id, key]) => [id, keyMaterial(key, 'public')])),
    baseURL,
    timeout: typeof timeout === 'number' && timeout > 0 ? timeout : undefined,
    apiV3Key,
    validate,
    clock,
    maxRetries,
    backupBaseURL,
  }
}

/** The compat chain's root; `client` is the `WechatPay` client underneath (`client.notifications.parse`…). */
export type CompatRoot = CompatNode & { readonly client: WechatPay }

export interface Wechatpay extends CompatRoot {}

/**
 * `new Wechatpay({ mchid, serial, privateKey, certs })` as with wechatpay-axios-plugin: the chain's
 * root. Requests are sent by a `WechatPay` client; its errors carry axios's `response` when WeChat
 * Pay answered.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface adds the chain's members
export class Wechatpay {
  static normalize = normalize

  constructor(options: WechatpayOptions) {
    const client = new WechatPay(clientOptions(options))
    const send = compatSend(client, { headers: options.headers, timeout: options.timeout })
    const naming: Naming = {
      segment: normalize,
      special(key, segments) {
        if (key === 'chain') return (path: string) => createNode(send, [...segments, ...splitPath(path)], naming)
        if (key === 'client' && segments.length === 0) return client
        return undefined
      },
    }
    // biome-ignore lint/correctness/noConstructorReturn: the chain's root is the instance, as in wechatpay-axios-plugin
    return createNode(send, [], naming) as Wechatpay
  }
}

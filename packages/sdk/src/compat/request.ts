// One request of the compat chain: wechatpay-axios-plugin's request config in, the SDK's pipeline
// (validation, encryption, signing, verification) in the middle, axios-shaped results out.
import { STATUS_CODES } from 'node:http'
import type { Send } from '../chain.js'
import type { WechatPay } from '../client.js'
import { WechatPayApiError, WechatPayError } from '../errors.js'

/** What a call resolves to, as axios's response: `{ status, statusText, headers, data }`. */
export interface CompatResponse<T = any> {
  status: number
  /** The standard reason phrase of `status`. */
  statusText: string
  /** Response headers, names in lower case. */
  headers: Record<string, string>
  /** The parsed JSON body; `''` when the body is empty (204), as axios gives it. */
  data: T
}

/** wechatpay-axios-plugin's request config: axios's `params`, `headers`, `timeout`, `signal`, and `{name}` values. */
export interface CompatRequestConfig {
  /** The query string (`sub_mchid`…); `undefined` and `null` values are left out. */
  params?: Record<string, unknown> | URLSearchParams
  headers?: Record<string, unknown>
  /** Milliseconds for this call; `0` or absent: the client's. */
  timeout?: number
  signal?: AbortSignal
  /** The body, when the call gives none. */
  data?: unknown
  /** Not in wechatpay-axios-plugin: `false` skips the catalog's validation for this call. */
  validate?: boolean
  /** A `{name}` (or `$name$`, `_name_`) placeholder of the path takes its value from the key `name`. */
  [placeholder: string]: unknown
}

/** An error of the compat chain: the SDK's typed error; when WeChat Pay answered, with axios's `response`. */
export type CompatError = WechatPayError & { response?: CompatResponse }

/** APIv2 (XML, `wxpay.v2.…`) is out of the compat layer's scope. */
export class ApiV2NotSupportedError extends WechatPayError {
  override name = 'ApiV2NotSupportedError'
  constructor(readonly endpoint: string) {
    super(
      `${endpoint}: APIv2 (XML) is not supported by @wxpay/sdk/compat, which covers APIv3 only; nothing was sent. ` +
        'Fix: call the APIv3 version of this API (wxpay.v3.…) if WeChat Pay has one, or keep wechatpay-axios-plugin ' +
        'for the APIv2 calls: both can run side by side, each with its own client.',
    )
  }
}

/** The client-wide parts of the constructor's axios options. */
export interface CompatDefaults {
  headers?: Record<string, unknown>
  timeout?: number
}

const axiosShaped = (status: number, headers: Record<string, string>, data: unknown): CompatResponse => ({
  status,
  statusText: STATUS_CODES[status] ?? '',
  headers,
  data: data === undefined ? '' : data,
})

/** `{name}` from the config's own key `name`, URL-encoded; left for the SDK (`params`) when absent. */
const fillPlaceholders = (path: string, config: CompatRequestConfig): string =>
  path.replace(/\{([^}]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(config, name) ? encodeURIComponent(String(config[name])) : placeholder,
  )

function queryOf(params: CompatRequestConfig['params']): Record<string, unknown> | undefined {
  if (params === undefined || params === null) return undefined
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params)
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== null))
}

/**
 * A `Wechatpay-Serial` the pages show as a placeholder (empty, or with characters no key id has, such
 * as `…` or `*`) means "not given": the SDK then encrypts the sensitive fields and names the key itself.
 */
const isPlaceholderSerial = (value: string): boolean => !/^[0-9A-Za-z_]+$/.test(value.trim())

function headersOf(...layers: (Record<string, unknown> | undefined)[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of layers.flatMap((layer) => Object.entries(layer ?? {}))) {
    if (value === undefined || value === null || typeof value === 'object') continue
    if (name.toLowerCase() === 'wechatpay-serial' && isPlaceholderSerial(String(value))) continue
    headers[name] = String(value)
  }
  return headers
}

const positive = (timeout: unknown): number | undefined =>
  typeof timeout === 'number' && timeout > 0 ? timeout : undefined

/** The chain's `Send` for a compat client: every request goes through `client.request()`. */
export function compatSend(client: WechatPay, defaults: CompatDefaults): Send {
  return async (method, rawPath, data, options) => {
    const config = (options ?? {}) as CompatRequestConfig
    const url = fillPlaceholders(rawPath.replace(/\/{2,}/g, '/'), config)
    if (/^\/v2(\/|$)/.test(url)) throw new ApiV2NotSupportedError(`${method} ${url}`)
    try {
      const response = await client.request({
        method,
        url,
        data: data ?? config.data,
        params: queryOf(config.params),
        headers: headersOf(defaults.headers, config.headers),
        timeout: positive(config.timeout) ?? positive(defaults.timeout),
        signal: config.signal,
        validate: config.validate,
      })
      return axiosShaped(response.status, response.headers, response.data)
    } catch (error) {
      if (error instanceof WechatPayApiError) {
        Object.assign(error, { response: axiosShaped(error.status, error.headers, error.data) })
      }
      throw error
    }
  }
}

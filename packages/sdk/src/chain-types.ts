// Types of the chainable API, computed from the catalog: `wxpay.v3.papay.insuranceSign…post(body)`
// is typed because the catalog has `POST /v3/papay/insurance-sign/…`. Endpoints outside the catalog
// stay callable through `wxpay.chain('v3/…')`, `wxpay['v3/…']` and `wxpay.request()`, untyped.
import type { EndpointKey, Endpoints } from './catalog/endpoints/index.js'
import type { Infer } from './catalog/schema.js'

export interface WechatPayResponse<T = unknown> {
  status: number
  /** Response headers, names in lower case. */
  headers: Record<string, string>
  /** The parsed JSON body (undefined for 204). */
  data: T
  /** `Request-ID`, to quote to WeChat Pay support. */
  requestId: string | undefined
}

export interface CallOptions<P = Record<string, string | number | boolean>> {
  /** Path parameters (`{plan_id}`) and query parameters, URL-encoded for you. */
  params?: P
  headers?: Record<string, string>
  signal?: AbortSignal
  /** Milliseconds for this call, every attempt and wait included; overrides the client's `timeout`. */
  timeout?: number
  /** Retries for this call where safe (see the README's "Retries and failover"); overrides the client's `maxRetries`. */
  maxRetries?: number
  /** Set to false to skip validation against the catalog for this call. */
  validate?: boolean
}

type PathOf<K> = K extends `${string} /${infer P}` ? P : never
/** Every catalog path without the leading slash, e.g. `v3/certificates`. */
export type CatalogPath = PathOf<EndpointKey>

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S
type ChainKey<S extends string> = S extends `{${infer Name}}` ? S | `$${Name}$` : Camel<S>
type ChildSegment<
  Prefix extends string,
  P extends string = CatalogPath,
> = P extends `${Prefix}/${infer Segment}/${string}`
  ? Segment
  : P extends `${Prefix}/${infer Segment}`
    ? Segment
    : never

type ParamsOf<E> = E extends { params: infer S } ? Infer<S> : undefined
type BodyOf<E> = E extends { request: infer S } ? Infer<S> : undefined
type ResponseOf<E> = E extends { response: infer S } ? Infer<S> : undefined
type ConfigArgs<E> =
  ParamsOf<E> extends undefined
    ? [config?: CallOptions<never>]
    : Record<string, never> extends ParamsOf<E>
      ? [config?: CallOptions<ParamsOf<E>>]
      : [config: CallOptions<ParamsOf<E>> & { params: ParamsOf<E> }]

/** The typed function for one catalog endpoint. */
export type EndpointCall<E> = E extends { method: 'GET' | 'DELETE' }
  ? (...args: ConfigArgs<E>) => Promise<WechatPayResponse<ResponseOf<E>>>
  : (data: BodyOf<E>, ...args: ConfigArgs<E>) => Promise<WechatPayResponse<ResponseOf<E>>>

type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete'
type Verbs<P extends string> = {
  [V in Verb as `${Uppercase<V>} /${P}` extends EndpointKey ? V : never]: EndpointCall<
    Endpoints[`${Uppercase<V>} /${P}` & EndpointKey]
  >
}

/** Where the catalog has `POST /P`, the node itself is that call ("shortland"); elsewhere not callable. */
type Shortland<P extends string> = `POST /${P}` extends EndpointKey
  ? EndpointCall<Endpoints[`POST /${P}` & EndpointKey]>
  : unknown

/** A node of the typed chain at catalog path `P`. */
export type ChainNode<P extends string> = Shortland<P> &
  Verbs<P> & {
    readonly [S in ChildSegment<P> as ChainKey<S>]: ChainNode<`${P}/${S}`>
  }

/** A node outside the catalog: any segment, any verb, untyped; calling it is a POST. */
export interface UntypedNode {
  (data?: any, config?: CallOptions<any>): Promise<WechatPayResponse<any>>
  get(config?: CallOptions<any>): Promise<WechatPayResponse<any>>
  delete(config?: CallOptions<any>): Promise<WechatPayResponse<any>>
  post(data?: any, config?: CallOptions<any>): Promise<WechatPayResponse<any>>
  put(data?: any, config?: CallOptions<any>): Promise<WechatPayResponse<any>>
  patch(data?: any, config?: CallOptions<any>): Promise<WechatPayResponse<any>>
  readonly [segment: string]: any
}

/** The chain entry points of a client: `wxpay.v3…` and `wxpay['v3/…']`. */
export type ChainRoot = { readonly v3: ChainNode<'v3'> } & { readonly [P in CatalogPath]: ChainNode<P> }

/** What `wxpay.chain(path)` returns for a path literal. */
export type ChainFor<P extends string> = P extends `/${infer Rest}`
  ? ChainFor<Rest>
  : P extends CatalogPath
    ? ChainNode<P>
    : ChildSegment<P> extends never
      ? UntypedNode
      : ChainNode<P>

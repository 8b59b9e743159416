// Types of the chainable API. The chain's nodes are generated from the catalog with their docs
// (generated/catalog-types.ts): `wxpay.v3.papay.insuranceSign…post(body)` is typed because the
// catalog has `POST /v3/papay/insurance-sign/…`. Endpoints outside the catalog stay callable through
// `wxpay.chain('v3/…')`, `wxpay['v3/…']` and `wxpay.request()`, untyped.

import type { CallOptions, WechatPayResponse } from './call.js'
import type { EndpointKey } from './catalog/endpoints/index.js'
import type { Infer } from './catalog/schema.js'
import type { CatalogRoutes, ChainPaths } from './generated/catalog-types.js'

export type { CallOptions, WechatPayResponse } from './call.js'

type PathOf<K> = K extends `${string} /${infer P}` ? P : never
/** Every catalog path without the leading slash, e.g. `v3/certificates`. */
export type CatalogPath = PathOf<EndpointKey>

type ParamsOf<E> = E extends { params: infer S } ? Infer<S> : undefined
type BodyOf<E> = E extends { request: infer S } ? Infer<S> : undefined
type ResponseOf<E> = E extends { response: infer S } ? Infer<S> : undefined
type ConfigArgs<E> =
  ParamsOf<E> extends undefined
    ? [config?: CallOptions<never>]
    : Record<string, never> extends ParamsOf<E>
      ? [config?: CallOptions<ParamsOf<E>>]
      : [config: CallOptions<ParamsOf<E>> & { params: ParamsOf<E> }]

/** The typed function for one catalog endpoint definition (the chain's nodes carry the same signature). */
export type EndpointCall<E> = E extends { method: 'GET' | 'DELETE' }
  ? (...args: ConfigArgs<E>) => Promise<WechatPayResponse<ResponseOf<E>>>
  : (data: BodyOf<E>, ...args: ConfigArgs<E>) => Promise<WechatPayResponse<ResponseOf<E>>>

/**
 * A node of the typed chain at catalog path `P` (generated from the catalog, with its docs): its
 * children, its verbs, and where the catalog has `POST /P`, the node itself is that call.
 */
export type ChainNode<P extends keyof ChainPaths> = ChainPaths[P]

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
export type ChainRoot = { readonly v3: ChainPaths['v3'] } & CatalogRoutes

/** What `wxpay.chain(path)` returns for a path literal: a catalog node, or an untyped one. */
export type ChainFor<P extends string> = P extends `/${infer Rest}`
  ? ChainFor<Rest>
  : P extends keyof ChainPaths
    ? ChainPaths[P]
    : UntypedNode

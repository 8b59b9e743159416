// What one call takes beside its body, and what it resolves to: shared by the chain, request() and
// the generated catalog types.

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

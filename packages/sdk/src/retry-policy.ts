// Which failed attempts are tried again, and after how long: the policy alone, as pure functions
// (retry.ts runs it). A request is resent only when doing so cannot make WeChat Pay act twice:
//
// | what happened                                           | GET   | POST with its unique key | other POST |
// | the connection failed before the request was written    | retry | retry                    | retry      |
// | the connection was lost after it was written; time-out  | retry | never                    | never      |
// | 5xx                                                     | retry | SYSTEM_ERROR only        | never      |
// | 429                                                     | retry | FREQUENCY_LIMITED only   | never      |
// | any other answer                                        | never | never                    | never      |
//
// WeChat Pay documents SYSTEM_ERROR and FREQUENCY_LIMITED (with its synonyms RATELIMIT_EXCEEDED and
// RATE_LIMITED) as "retry with the same parameters": with the same out_trade_no or
// out_contract_code, a second call is the same order or contract, not a new one.
import type { EndpointDefinition } from './catalog/endpoints/index.js'
import { isPlainObject } from './catalog/json.js'
import { utf8Text } from './encoding.js'
import { ConfigurationError } from './errors.js'
import { TransportFailure, type TransportResponse, TransportTimeout } from './transport.js'

export const DEFAULT_MAX_RETRIES = 2
/** More retries than this would outlast any time-out worth having. */
export const MAX_RETRIES_LIMIT = 10
/** `maxRetries`, of the client or of a call: an integer from 0 to MAX_RETRIES_LIMIT. */
export function parseMaxRetries(value: unknown, option = 'maxRetries'): number {
  if (value === undefined) return DEFAULT_MAX_RETRIES
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RETRIES_LIMIT) {
    throw new ConfigurationError(
      option,
      `must be an integer from 0 (no retries) to ${MAX_RETRIES_LIMIT}; default ${DEFAULT_MAX_RETRIES}`,
    )
  }
  return value
}

const BASE_DELAY_MS = 500
const MAX_DELAY_MS = 8_000
const RATE_LIMIT_CODES = new Set(['FREQUENCY_LIMITED', 'RATELIMIT_EXCEEDED', 'RATE_LIMITED'])
/** The merchant-side unique keys that make a POST the same request when sent again. */
const UNIQUE_KEYS = ['out_trade_no', 'out_contract_code'] as const

/** What one attempt ended with: an answer (with its error code when it is an error), or a failure. */
export type Outcome = { response: TransportResponse; code?: string } | { failure: unknown }

/**
 * Why an attempt is tried again: `not-sent` (the request was not written), `network` (a GET's
 * connection lost), `timeout` (a GET's attempt ran out of its share of the time), `server-error`
 * (5xx), `rate-limited` (429).
 */
export type RetryReason = 'not-sent' | 'network' | 'timeout' | 'server-error' | 'rate-limited'

/** Why `outcome` may be tried again, or undefined when it must not be. `keyed`: a POST with its unique key. */
export function retryReason(method: string, keyed: boolean, outcome: Outcome): RetryReason | undefined {
  if ('failure' in outcome) {
    const { failure } = outcome
    if (failure instanceof TransportFailure && !failure.written) return 'not-sent'
    // Never a POST whose answer was lost: WeChat Pay may have acted on it.
    if (method !== 'GET') return undefined
    if (failure instanceof TransportFailure) return 'network'
    return failure instanceof TransportTimeout ? 'timeout' : undefined
  }
  const { status } = outcome.response
  if (method === 'GET') return status >= 500 ? 'server-error' : status === 429 ? 'rate-limited' : undefined
  if (!keyed) return undefined
  if (status >= 500 && outcome.code === 'SYSTEM_ERROR') return 'server-error'
  if (status === 429 && outcome.code !== undefined && RATE_LIMIT_CODES.has(outcome.code)) return 'rate-limited'
  return undefined
}

/** The `code` of an error answer's JSON body, when it has one. */
export function errorCode(response: TransportResponse): string | undefined {
  if (response.status < 400 || response.body.length === 0 || response.body.length > 65_536) return undefined
  try {
    const code = JSON.parse(utf8Text(response.body))?.code
    return typeof code === 'string' ? code : undefined
  } catch {
    return undefined
  }
}

/** The endpoint's merchant-side unique key: a required `out_trade_no` or `out_contract_code` of its body. */
export function uniqueKeyOf(endpoint: EndpointDefinition | undefined): string | undefined {
  const fields = endpoint?.request?.fields as Record<string, { kind: string }> | undefined
  return UNIQUE_KEYS.find((key) => fields?.[key] !== undefined && fields[key].kind !== 'optional')
}

/** Whether the body, as it will be sent, carries the endpoint's unique key. */
export function hasUniqueKey(endpoint: EndpointDefinition | undefined, value: unknown): boolean {
  const key = uniqueKeyOf(endpoint)
  return key !== undefined && isPlainObject(value) && typeof value[key] === 'string' && value[key] !== ''
}

/**
 * Milliseconds to wait before retry number `retry` (1 for the first): the answer's `Retry-After`
 * when it has one, else 0.5 s doubling up to 8 s, less up to a quarter at random (jitter).
 */
export function retryDelay(retry: number, response: TransportResponse | undefined, nowMs: number): number {
  const after = parseRetryAfter(response?.headers['retry-after'], nowMs)
  if (after !== undefined) return after
  const base = Math.min(BASE_DELAY_MS * 2 ** (retry - 1), MAX_DELAY_MS)
  return Math.round(base * (1 - Math.random() * 0.25))
}

// IMF-fixdate, the form HTTP dates are sent in: `Sun, 06 Nov 1994 08:49:37 GMT`.
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/

/** `Retry-After` in milliseconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000
  if (!HTTP_DATE.test(text)) return undefined
  return Math.max(0, Date.parse(text) - nowMs)
}

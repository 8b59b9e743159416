// Idempotency (spec §1.8): WeChat Pay re-sends a notification until it gets a 2xx, so one id can
// arrive many times. The store remembers the ids whose handler completed.
import { type Clock, systemClock } from '../clock.js'

/** Remembers handled notification ids; either method may be synchronous or return a promise (Redis, a table…). */
export interface DedupeStore {
  has(id: string): boolean | Promise<boolean>
  set(id: string, ttlSeconds: number): unknown
  /**
   * Optional, for a store shared by several instances (`@wxpay/redis`): atomically claims `id` for
   * `leaseSeconds` ('claimed': run the handler), or tells that it is already handled ('done') or being
   * handled under someone else's claim ('busy'). With `claim`, the store needs `complete` and `release`
   * too, and `has`/`set` are not used.
   */
  claim?(id: string, leaseSeconds: number): ClaimResult | Promise<ClaimResult>
  /** The handler resolved: `id` is done for `ttlSeconds`. */
  complete?(id: string, ttlSeconds: number): unknown
  /** The handler threw: gives the claim up (only if it is still this store's) so that a retry runs it. */
  release?(id: string): unknown
}

export type ClaimResult = 'claimed' | 'done' | 'busy'

/** How long a claim holds by default: a crashed instance blocks an id no longer than this. */
export const DEFAULT_DEDUPE_LEASE_SECONDS = 60

/** WeChat Pay retries for up to 24 h 4 min (spec §1.8); an id is remembered a little longer. */
export const DEFAULT_DEDUPE_TTL_SECONDS = 25 * 3600

export interface MemoryDedupeOptions {
  /** Ids kept at most; the oldest is forgotten first. Default 10 000. */
  maxEntries?: number
  /** Time source for the TTL; default Date. */
  clock?: Clock
}

/** An in-process store, bounded and expiring by `clock`. Use a shared store when several processes serve the URL. */
export function memoryDedupe(options: MemoryDedupeOptions = {}): DedupeStore {
  const maxEntries = options.maxEntries ?? 10_000
  const clock = options.clock ?? systemClock
  // Insertion order is expiry order (one TTL per store in practice), so the first entry is the one to evict.
  const expiries = new Map<string, number>()
  return {
    has(id) {
      const expiry = expiries.get(id)
      if (expiry === undefined) return false
      if (expiry > clock.now()) return true
      expiries.delete(id)
      return false
    },
    set(id, ttlSeconds) {
      expiries.delete(id)
      expiries.set(id, clock.now() + ttlSeconds * 1000)
      while (expiries.size > maxEntries) expiries.delete(expiries.keys().next().value as string)
    },
  }
}

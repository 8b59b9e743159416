// Idempotency (spec §1.8): WeChat Pay re-sends a notification until it gets a 2xx, so one id can
// arrive many times. The store remembers the ids whose handler completed.
import { type Clock, systemClock } from '../clock.js'

/** Remembers handled notification ids; either method may be synchronous or return a promise (Redis, a table…). */
export interface DedupeStore {
  has(id: string): boolean | Promise<boolean>
  set(id: string, ttlSeconds: number): unknown
}

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

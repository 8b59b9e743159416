// Notification de-duplication shared by every instance behind the notify URL (spec §1.8: WeChat Pay
// resends until it gets a 2xx, possibly to another instance while the first is still working).
//   claim:    SET <prefix>notification:<id> claim:<token> NX PX <lease>  — one instance wins the id
//   complete: SET … done EX <ttl>                                         — the handler resolved
//   release:  compare-and-delete of claim:<token>                         — the handler threw
// A claim lapses after its lease, so an instance that crashed mid-handler blocks the id no longer.
import { randomUUID } from 'node:crypto'
import type { ClaimResult, DedupeStore } from '@wxpay/sdk'
import { type RedisClient, type RedisStoreOptions, redisCommands } from './client.js'

const DONE = 'done'

/** A DedupeStore on Redis, with the claim, complete and release that `@wxpay/sdk` uses when present. */
export interface RedisDedupeStore extends DedupeStore {
  claim(id: string, leaseSeconds: number): Promise<ClaimResult>
  complete(id: string, ttlSeconds: number): Promise<void>
  release(id: string): Promise<void>
  /** The Redis key of a notification id. */
  keyOf(id: string): string
}

/**
 * Pass it as `dedupe` to `createNodeHandler` (or any adapter, or `notifications.handle`). Every method
 * rejects with `RedisUnavailableError` when Redis cannot be reached; the handler then answers 500 and
 * WeChat Pay retries.
 */
export function redisDedupe(client: RedisClient, options: RedisStoreOptions = {}): RedisDedupeStore {
  const redis = redisCommands(client, options)
  // The token of each claim this store holds, so that a release never deletes another instance's claim.
  const tokens = new Map<string, string>()
  const keyOf = (id: string) => `${redis.prefix}notification:${id}`
  const markDone = (id: string, ttlSeconds: number) => redis.set(keyOf(id), DONE, ttlSeconds)
  return {
    keyOf,
    async has(id) {
      return (await redis.get(keyOf(id))) === DONE
    },
    set: markDone,
    async claim(id, leaseSeconds) {
      const token = `claim:${randomUUID()}`
      if (await redis.setIfFree(keyOf(id), token, leaseSeconds)) {
        tokens.set(id, token)
        return 'claimed'
      }
      // Taken: done, or claimed by someone (a claim released in between reads as busy: WeChat Pay retries).
      return (await redis.get(keyOf(id))) === DONE ? 'done' : 'busy'
    },
    async complete(id, ttlSeconds) {
      tokens.delete(id)
      await markDone(id, ttlSeconds)
    },
    async release(id) {
      const token = tokens.get(id)
      tokens.delete(id)
      if (token !== undefined) await redis.deleteIfOwned(keyOf(id), token)
    },
  }
}

// The platform certificates one instance downloaded, shared with the fleet, and the lock that makes a
// rotation cost one download: the instance that takes it downloads, the others wait for the cache.
//   <prefix>platform-certificates:<mchid>        the list, with the SDK's TTL
//   <prefix>platform-certificates:<mchid>:lock   SET NX PX while one instance downloads
import { randomUUID } from 'node:crypto'
import type { CertificateCache } from '@wxpay/sdk'
import { type RedisClient, type RedisStoreOptions, redisCommands } from './client.js'

/** A CertificateCache on Redis, with the download lock `@wxpay/sdk` uses when present. */
export interface RedisCertificateCache extends CertificateCache {
  get(key: string): Promise<string | undefined>
  set(key: string, value: string, ttlSeconds: number): Promise<void>
  lock(key: string, ttlSeconds: number): Promise<(() => Promise<void>) | undefined>
  /** The Redis key of an SDK cache key. */
  keyOf(key: string): string
}

/**
 * Pass it as `certificateCache` to every `WechatPay` client of the fleet. The SDK's keys already name
 * the merchant (`wxpay:platform-certificates:<mchid>`); their `wxpay:` is replaced by `prefix`.
 */
export function redisCertificateCache(client: RedisClient, options: RedisStoreOptions = {}): RedisCertificateCache {
  const redis = redisCommands(client, options)
  const keyOf = (key: string) => redis.prefix + key.replace(/^wxpay:/, '')
  return {
    keyOf,
    get: (key) => redis.get(keyOf(key)),
    set: (key, value, ttlSeconds) => redis.set(keyOf(key), value, ttlSeconds),
    async lock(key, ttlSeconds) {
      const lockKey = `${keyOf(key)}:lock`
      const token = randomUUID()
      if (!(await redis.setIfFree(lockKey, token, ttlSeconds))) return undefined
      return () => redis.deleteIfOwned(lockKey, token)
    },
  }
}

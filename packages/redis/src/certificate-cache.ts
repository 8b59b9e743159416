// The platform certificates one instance downloaded, shared with the fleet, and the lock that makes a
// rotation cost one download: the instance that takes it downloads, the others wait for the cache.
//   <prefix>platform-certificates:<mchid>        the list, with the SDK's TTL
//   <prefix>platform-certificates:<mchid>:lock   SET NX PX while one instance downloads
import { randomUUID } from 'node:crypto'
import type { CertificateCache } from '@wxpay/sdk'
import {
  commandRunner,
  DEFAULT_PREFIX,
  deleteIfOwned,
  type RedisClient,
  type RedisStoreOptions,
  setIfFree,
  text,
} from './client.js'

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
  const run = commandRunner(client, options)
  const prefix = options.prefix ?? DEFAULT_PREFIX
  const keyOf = (key: string) => prefix + key.replace(/^wxpay:/, '')
  return {
    keyOf,
    async get(key) {
      return text(await run(['GET', keyOf(key)]))
    },
    async set(key, value, ttlSeconds) {
      await run(['SET', keyOf(key), value, 'EX', String(Math.max(1, Math.ceil(ttlSeconds)))])
    },
    async lock(key, ttlSeconds) {
      const lockKey = `${keyOf(key)}:lock`
      const token = randomUUID()
      if (!(await setIfFree(run, lockKey, token, ttlSeconds * 1000))) return undefined
      return () => deleteIfOwned(run, lockKey, token)
    },
  }
}

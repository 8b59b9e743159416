// Where downloaded platform certificates are kept so that a fleet of instances shares one download:
// any `{ get, set }` store (Redis, Memcached, a database) fits. Keys are per merchant.
import { type Clock, systemClock } from '../clock.js'

export interface CertificateCache {
  get(key: string): string | undefined | Promise<string | undefined>
  set(key: string, value: string, ttlSeconds: number): void | Promise<void>
  /**
   * Optional, for a cache shared by several processes (`@wxpay/redis`): takes the download lock of `key`
   * for at most `ttlSeconds` and resolves to the function that gives it back, or to `undefined` when
   * another process holds it. A refresh then waits for that process's download to reach the cache
   * instead of downloading too, so a certificate rotation costs the fleet one download.
   */
  lock?(key: string, ttlSeconds: number): Promise<(() => Promise<void>) | undefined>
}

/** The cache key of a merchant's certificates: one merchant never reads another's. */
export const certificateCacheKey = (mchid: string): string => `wxpay:platform-certificates:${mchid}`

/** An in-process cache, expiring by `clock`. The default is one per client; share one between clients if you like. */
export class MemoryCertificateCache implements CertificateCache {
  readonly #entries = new Map<string, { value: string; expires: number }>()
  readonly #clock: Clock

  constructor(clock: Clock = systemClock) {
    this.#clock = clock
  }

  get(key: string): string | undefined {
    const entry = this.#entries.get(key)
    if (entry && entry.expires > this.#clock.now()) return entry.value
    this.#entries.delete(key)
    return undefined
  }

  set(key: string, value: string, ttlSeconds: number): void {
    this.#entries.set(key, { value, expires: this.#clock.now() + ttlSeconds * 1000 })
  }
}

// Where downloaded platform certificates are kept so that a fleet of instances shares one download:
// any `{ get, set }` store (Redis, Memcached, a database) fits. Keys are per merchant.
import { type Clock, systemClock } from '../clock.js'

export interface CertificateCache {
  get(key: string): string | undefined | Promise<string | undefined>
  set(key: string, value: string, ttlSeconds: number): void | Promise<void>
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

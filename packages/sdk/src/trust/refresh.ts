// Keeping the platform certificates current: downloads on demand (an unknown serial, no key to
// encrypt with), optionally on a timer, through a cache that instances may share. Downloads stay
// rare: concurrent callers share one run, runs the client starts by itself are spaced by a minimum
// interval of its clock, and the periodic timer never keeps the process alive.
import type { Clock } from '../clock.js'
import type { Crypto } from '../crypto/types.js'
import { CertificateDownloadError, ConfigurationError } from '../errors.js'
import { runtime } from '../runtime/current.js'
import { type CertificateCache, certificateCacheKey } from './cache.js'
import {
  type Certificates,
  certificateEntry,
  downloadCertificateList,
  type PlatformCertificate,
  type VerifyingSender,
} from './download.js'
import type { CertificateRefresher, RefreshOutcome } from './rotation.js'
import type { TrustStore } from './store.js'

/** Wraps `run` so that calls made while one is pending share its promise (a joiner's arguments are unused). */
export function singleFlight<A extends unknown[], T>(run: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let pending: Promise<T> | undefined
  return (...args) => {
    pending ??= run(...args).finally(() => {
      pending = undefined
    })
    return pending
  }
}

/** At most one start per `intervalMs` of `clock`. */
export class RateLimit {
  #last = Number.NEGATIVE_INFINITY
  constructor(
    readonly clock: Clock,
    readonly intervalMs: number,
  ) {}

  allows(): boolean {
    return this.clock.now() - this.#last >= this.intervalMs
  }

  stamp(): void {
    this.#last = this.clock.now()
  }
}

/** Calls `tick` every `periodMs` on an unref'd timer (where timers have unref); returns the function that stops it. */
export function every(periodMs: number, tick: () => void): () => void {
  const timer = setInterval(tick, periodMs)
  // A number on workerd and in browsers-like runtimes, which have no unref.
  const unref = (timer as { unref?: () => void }).unref
  unref?.call(timer)
  return () => clearInterval(timer)
}

/** A cross-process lock, as `CertificateCache.lock` gives it: the release function, or undefined when held elsewhere. */
export type FleetLock = (key: string, ttlSeconds: number) => Promise<(() => Promise<void>) | undefined>

/**
 * How long the download lock is held at most. A process that finds it taken waits as long — the holder
 * gives it back as soon as its download is in the cache — polling at 50 ms, then less often (≤ 500 ms).
 */
export const FLEET_LOCK_SECONDS = 30
const FLEET_FIRST_WAIT_MS = 50
const FLEET_LONGEST_WAIT_MS = 500

export interface FleetRun {
  /** Reads the shared cache; true when it holds what the caller needs. */
  fromCache(): Promise<boolean>
  download(): Promise<unknown>
  report(error: Error): void
}

/**
 * One download for a fleet of processes: the process that takes `lock` downloads; the others wait for
 * the lock to be given back and then read the cache. A process downloads by itself when there is no
 * lock, when taking it fails (reported), or when the holder's result does not reach it in time.
 */
export async function fleetSingleFlight(
  lock: FleetLock | undefined,
  key: string,
  run: FleetRun,
): Promise<'cache' | 'downloaded'> {
  // Real time, not the client's clock: the lock's expiry is the cache's (Redis's) real time too.
  const deadline = Date.now() + FLEET_LOCK_SECONDS * 1000
  for (let attempt = 0; lock; attempt++) {
    let release: (() => Promise<void>) | undefined
    try {
      release = await lock(key, FLEET_LOCK_SECONDS)
    } catch (error) {
      run.report(error as Error)
      break
    }
    if (release) return underLock(release, attempt > 0, run)
    if (Date.now() >= deadline) {
      if (await run.fromCache()) return 'cache'
      break
    }
    const wait = Math.min(FLEET_FIRST_WAIT_MS * 2 ** attempt, FLEET_LONGEST_WAIT_MS)
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
  await run.download()
  return 'downloaded'
}

/** With the lock: after a wait the holder's download may be in the cache already; else download. */
async function underLock(
  release: () => Promise<void>,
  waited: boolean,
  run: FleetRun,
): Promise<'cache' | 'downloaded'> {
  try {
    if (waited && (await run.fromCache())) return 'cache'
    await run.download()
    return 'downloaded'
  } finally {
    await release().catch((error: Error) => run.report(error))
  }
}

/** Downloaded certificates are kept this long in the cache, and refreshed this often when asked to. */
export const DEFAULT_REFRESH_INTERVAL = 12 * 3_600_000

/** What the manager takes of the client's resolved options. */
export interface ManagerConfig {
  mchid: string
  apiV3Key: Uint8Array | undefined
  store: TrustStore
  crypto: Crypto
  clock: Clock
  certificateCache: CertificateCache
  /** Milliseconds between periodic downloads, or undefined when off. */
  refreshInterval: number | undefined
  minDownloadInterval: number
  /** The caller's hook; when absent, what no caller is told of becomes a process warning (once per error). */
  onError: ((error: Error) => void) | undefined
}

export class CertificateManager implements Certificates, CertificateRefresher {
  readonly #config: ManagerConfig
  readonly #sender: VerifyingSender
  readonly #limit: RateLimit
  #lastFailure: Error | undefined
  readonly #warned = new WeakSet<Error>()
  #stopTimer: (() => void) | undefined
  readonly #download = singleFlight(() => this.#fetch())
  readonly #refresh = singleFlight((satisfied?: () => boolean) => this.#refreshOnce(satisfied))

  constructor(config: ManagerConfig, sender: VerifyingSender) {
    this.#config = config
    this.#sender = sender
    this.#limit = new RateLimit(config.clock, config.minDownloadInterval)
    if (config.refreshInterval !== undefined) {
      // Failures are reported by #refreshOnce; the timer must not leave a rejection unhandled, and
      // without a hook its failures would reach nobody: they become a warning.
      this.#stopTimer = every(config.refreshInterval, () => {
        this.refresh().catch((error: Error) => {
          if (!this.#config.onError) this.#warn(error)
        })
      })
    }
  }

  get minDownloadInterval(): number {
    return this.#config.minDownloadInterval
  }

  download(): Promise<PlatformCertificate[]> {
    return this.#download()
  }

  /**
   * A refresh the client starts by itself, shared by concurrent callers. With `satisfied`, the cache is
   * read first and is enough when `satisfied()` then holds; otherwise a download runs unless one started
   * less than `minDownloadInterval` ago. A failure goes to `onError` (when given) and rejects.
   */
  refresh(satisfied?: () => boolean): Promise<RefreshOutcome> {
    return this.#refresh(satisfied)
  }

  /** Stops the periodic refresh. */
  stop(): void {
    this.#stopTimer?.()
    this.#stopTimer = undefined
  }

  async #refreshOnce(satisfied?: () => boolean): Promise<RefreshOutcome> {
    if (satisfied && (await this.#fromCache()) && satisfied()) return 'cache'
    if (!this.#limit.allows()) {
      // Within the interval the previous failure stands (reported when it happened).
      if (this.#lastFailure) throw this.#lastFailure
      return 'rate-limited'
    }
    const { certificateCache, mchid } = this.#config
    try {
      return await fleetSingleFlight(certificateCache.lock?.bind(certificateCache), certificateCacheKey(mchid), {
        fromCache: async () => (await this.#fromCache()) && (satisfied?.() ?? true),
        download: () => this.#download(),
        report: (error) => this.#report(error),
      })
    } catch (error) {
      this.#report(error as Error, true)
      throw error
    }
  }

  async #fetch(): Promise<PlatformCertificate[]> {
    const { apiV3Key, store, clock, crypto } = this.#config
    if (apiV3Key === undefined) {
      throw new ConfigurationError(
        'apiV3Key',
        'is required to download the platform certificates: WeChat Pay encrypts them with it',
      )
    }
    this.#limit.stamp()
    try {
      const list = await downloadCertificateList(this.#sender, store, clock, apiV3Key, crypto)
      store.addDownloaded(list.map((item) => item.entry))
      const certificates = list.map((item) => item.certificate)
      await this.#toCache(certificates)
      this.#lastFailure = undefined
      return certificates
    } catch (error) {
      this.#lastFailure = error as Error
      throw error
    }
  }

  async #fromCache(): Promise<boolean> {
    const { certificateCache, mchid, store, crypto } = this.#config
    try {
      const text = await certificateCache.get(certificateCacheKey(mchid))
      if (!text) return false
      const cached = JSON.parse(text) as { serial: string; pem: string }[]
      store.addDownloaded(cached.map((item) => certificateEntry(item.serial, item.pem, crypto).entry))
      return true
    } catch (error) {
      this.#report(
        new CertificateDownloadError(
          `the certificate cache entry of merchant ${mchid} is unusable, so it is ignored: ${(error as Error)?.message}`,
          { cause: error },
        ),
      )
      return false
    }
  }

  async #toCache(certificates: PlatformCertificate[]): Promise<void> {
    const { certificateCache, mchid, refreshInterval } = this.#config
    const value = JSON.stringify(certificates.map(({ serial, pem }) => ({ serial, pem })))
    try {
      await certificateCache.set(
        certificateCacheKey(mchid),
        value,
        Math.ceil((refreshInterval ?? DEFAULT_REFRESH_INTERVAL) / 1000),
      )
    } catch (error) {
      this.#report(
        new CertificateDownloadError(
          `storing the platform certificates in the certificate cache failed: ${(error as Error)?.message}`,
          { cause: error },
        ),
      )
    }
  }

  /** To the caller's hook; without one, a warning unless the failure also rejects a caller (`rejects`). */
  #report(error: Error, rejects = false): void {
    const hook = this.#config.onError
    if (!hook) {
      if (!rejects) this.#warn(error)
      return
    }
    try {
      hook(error)
    } catch (hookError) {
      runtime.warn(`onError threw while reporting "${error.message}": ${(hookError as Error)?.message}`)
    }
  }

  #warn(error: Error): void {
    if (this.#warned.has(error)) return
    this.#warned.add(error)
    runtime.warn(error)
  }
}

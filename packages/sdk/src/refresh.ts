// Keeping certificate downloads rare: concurrent callers share one run, runs the client starts by
// itself are spaced by a minimum interval of its clock, and the periodic timer never keeps the
// process alive.
import type { Clock } from './config.js'

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
  readonly #clock: Clock
  readonly #intervalMs: number

  constructor(clock: Clock, intervalMs: number) {
    this.#clock = clock
    this.#intervalMs = intervalMs
  }

  allows(): boolean {
    return this.#clock.now() - this.#last >= this.#intervalMs
  }

  stamp(): void {
    this.#last = this.#clock.now()
  }
}

/** Calls `tick` every `periodMs` on an unref'd timer; returns the function that stops it. */
export function every(periodMs: number, tick: () => void): () => void {
  const timer = setInterval(tick, periodMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** A cross-process lock, as `CertificateCache.lock` gives it: the release function, or undefined when held elsewhere. */
export type FleetLock = (key: string, ttlSeconds: number) => Promise<(() => Promise<void>) | undefined>

/** How long the download lock is held at most, and how long (tries × ms) a process waits for its holder. */
export const FLEET_LOCK_SECONDS = 30
const FLEET_WAIT_TRIES = 60
const FLEET_WAIT_MS = 50

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
  for (let attempt = 0; lock && attempt <= FLEET_WAIT_TRIES; attempt++) {
    let release: (() => Promise<void>) | undefined
    try {
      release = await lock(key, FLEET_LOCK_SECONDS)
    } catch (error) {
      run.report(error as Error)
      break
    }
    if (release) return underLock(release, attempt > 0, run)
    await new Promise((resolve) => setTimeout(resolve, FLEET_WAIT_MS))
    if (attempt === FLEET_WAIT_TRIES && (await run.fromCache())) return 'cache'
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

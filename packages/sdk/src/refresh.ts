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

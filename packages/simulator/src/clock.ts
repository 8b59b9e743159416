// Time for the simulator: the system clock, or a manual clock that tests move forward so that a
// day of notification retries runs in milliseconds.

export interface SimulatorClock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Runs `callback` after `ms`; the callback may return a promise, which `advance` awaits. */
  setTimeout(callback: () => unknown, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: SimulatorClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

interface Timer {
  at: number
  seq: number
  callback: () => unknown
}

/** A clock that moves only when told to. */
export class ManualClock implements SimulatorClock {
  #now: number
  #seq = 0
  #timers = new Set<Timer>()

  constructor(start: number | Date = Date.now()) {
    this.#now = typeof start === 'number' ? start : start.getTime()
  }

  now(): number {
    return this.#now
  }

  setTimeout(callback: () => unknown, ms: number): Timer {
    const timer = { at: this.#now + Math.max(0, ms), seq: this.#seq++, callback }
    this.#timers.add(timer)
    return timer
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as Timer)
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.#timers.size
  }

  /**
   * Moves time forward by `ms`, firing each timer that falls due, in order, at its own time, and
   * waiting for the promise it returns (a notification delivery) before going on.
   */
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms
    for (;;) {
      let next: Timer | undefined
      for (const timer of this.#timers) {
        if (timer.at <= until && (!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq)))
          next = timer
      }
      if (!next) break
      this.#timers.delete(next)
      this.#now = Math.max(this.#now, next.at)
      await next.callback()
    }
    // A callback may have advanced the clock itself (a webhook that takes 5 s): time never goes back.
    this.#now = Math.max(this.#now, until)
  }
}

// Time for the simulator. Business time (sessions, windows, deductions, retries) reads `now()`;
// time on the wire (signature timestamps, the five-minute check) reads `wireNow()` where a clock
// has one. Three clocks: the system clock; a manual clock that tests move forward, shared with the
// client in-process; and the default, an offset clock that runs with real time until it is moved
// forward (`advance`), while the wire keeps real time, so that a merchant's client in another
// process or language needs no clock of its own to drive a month of deductions in seconds.

export interface SimulatorClock {
  /** Milliseconds since the epoch: the simulated WeChat Pay's business time. */
  now(): number
  /** Runs `callback` after `ms`; the callback may return a promise, which `advance` awaits. */
  setTimeout(callback: () => unknown, ms: number): unknown
  clearTimeout(handle: unknown): void
  /** Time on the wire, when it differs from `now()`: signatures and the five-minute check. */
  wireNow?(): number
}

/** A clock that tests and the control API can move forward. */
export interface MovableClock extends SimulatorClock {
  /** Moves time forward by `ms`, firing each timer that falls due at its own time, in order. */
  advance(ms: number): Promise<void>
}

export const isMovable = (clock: SimulatorClock): clock is MovableClock =>
  typeof (clock as Partial<MovableClock>).advance === 'function'

/** Epoch ms on the wire: what signatures carry and the five-minute check compares. */
export const wireTime = (clock: SimulatorClock): number => clock.wireNow?.() ?? clock.now()

export const wireSeconds = (clock: SimulatorClock): number => Math.floor(wireTime(clock) / 1000)

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

/** Timers by due time, first come first served among equals. */
class Timers {
  #seq = 0
  #timers = new Set<Timer>()

  add(at: number, callback: () => unknown): Timer {
    const timer = { at, seq: this.#seq++, callback }
    this.#timers.add(timer)
    return timer
  }

  delete(timer: unknown): void {
    this.#timers.delete(timer as Timer)
  }

  get size(): number {
    return this.#timers.size
  }

  /** The earliest timer, if it is due by `until`; it is removed. */
  takeDue(until: number): Timer | undefined {
    const next = this.earliest()
    if (!next || next.at > until) return undefined
    this.#timers.delete(next)
    return next
  }

  earliest(): Timer | undefined {
    let next: Timer | undefined
    for (const timer of this.#timers) {
      if (!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq)) next = timer
    }
    return next
  }

  clear(): void {
    this.#timers.clear()
  }
}

function checkForward(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`the clock moves forward only: ${ms} ms`)
}

/** What the two movable clocks share: their timers, and a walk forward that fires each at its own time. */
abstract class SteppingClock implements MovableClock {
  protected readonly timers = new Timers()

  abstract now(): number
  /** Sets the time to `time`, which is never earlier than now. */
  protected abstract moveTo(time: number): void
  abstract advance(ms: number): Promise<void>

  setTimeout(callback: () => unknown, ms: number): unknown {
    return this.timers.add(this.now() + Math.max(0, ms), callback)
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle)
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.timers.size
  }

  /** Fires each timer due by `target`, in order, at its own time, awaiting what it returns; then moves to `target`. */
  protected async runUntil(target: number): Promise<void> {
    for (let next = this.timers.takeDue(target); next; next = this.timers.takeDue(target)) {
      if (next.at > this.now()) this.moveTo(next.at)
      await next.callback()
    }
    if (target > this.now()) this.moveTo(target)
  }
}

/** A clock that moves only when told to. */
export class ManualClock extends SteppingClock {
  #now: number

  constructor(start: number | Date = Date.now()) {
    super()
    this.#now = typeof start === 'number' ? start : start.getTime()
  }

  now(): number {
    return this.#now
  }

  protected moveTo(time: number): void {
    this.#now = time
  }

  /**
   * Moves time forward by `ms`, firing each timer that falls due, in order, at its own time, and
   * waiting for the promise it returns (a notification delivery) before going on.
   */
  async advance(ms: number): Promise<void> {
    checkForward(ms)
    await this.runUntil(this.#now + ms)
  }
}

/** The longest delay node:timers takes; a later timer is re-armed on the way. */
const MAX_DELAY_MS = 2 ** 31 - 1

/**
 * Real time plus an offset that only grows. Timers fire in real time, or all at once, in order and
 * each at its own time, when `advance` jumps past them. The wire keeps real time (`wireNow`).
 */
export class OffsetClock extends SteppingClock {
  #offset: number
  #real: NodeJS.Timeout | undefined
  /** When the real timer is due (business time), if one is armed. */
  #armedAt: number | undefined
  /** Firing runs one at a time: a real-time firing and an `advance` never interleave. */
  #queue: Promise<void> = Promise.resolve()

  /** `offsetMs`: how far business time runs ahead of real time from the start (a restored simulator's). */
  constructor(offsetMs = 0) {
    super()
    checkForward(offsetMs)
    this.#offset = offsetMs
  }

  now(): number {
    return Date.now() + this.#offset
  }

  wireNow(): number {
    return Date.now()
  }

  protected moveTo(time: number): void {
    this.#offset = time - Date.now()
  }

  /** A timer earlier than the armed one re-arms; a cleared one leaves the real timer to find nothing due. */
  override setTimeout(callback: () => unknown, ms: number): unknown {
    const timer = super.setTimeout(callback, ms) as Timer
    if (this.#armedAt === undefined || timer.at < this.#armedAt) this.#arm()
    return timer
  }

  async advance(ms: number): Promise<void> {
    checkForward(ms)
    const target = this.now() + ms
    await this.#serially(() => this.#fire(target))
  }

  /** Drops every timer (the simulator that owns this clock is closing). */
  stop(): void {
    clearTimeout(this.#real)
    this.#armedAt = undefined
    this.timers.clear()
  }

  #serially(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task)
    this.#queue = run.catch(() => {})
    return run
  }

  async #fire(target: number): Promise<void> {
    await this.runUntil(target)
    this.#arm()
  }

  #arm(): void {
    clearTimeout(this.#real)
    const next = this.timers.earliest()
    this.#armedAt = next?.at
    if (!next) return
    const delay = Math.min(Math.max(0, next.at - this.now()), MAX_DELAY_MS)
    this.#real = setTimeout(() => void this.#serially(() => this.#fire(this.now())), delay).unref()
  }
}

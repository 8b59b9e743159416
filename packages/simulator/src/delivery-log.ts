// The record of notification deliveries: one entry per attempt, the latest `limit` kept, and the
// 5 s answer deadline of an attempt, in real time or on the simulator's clock.
import type { SimulatorClock } from './clock.js'

export const DELIVERY_TIMEOUT_MS = 5000
/** Delivery attempts the log keeps by default: the latest 10,000. */
export const DELIVERY_LOG_LIMIT = 10_000

export interface Delivery {
  notificationId: string
  eventType: string
  url: string
  /** 1 for the first attempt of the real notification; probes count 0; a resend takes the next number. */
  attempt: number
  probe: boolean
  /** Sent again by hand (`resend`), outside the retry schedule. */
  resend?: boolean
  /** Simulator clock time of the attempt, epoch ms. */
  at: number
  status?: number
  latencyMs: number
  error?: string
  acknowledged: boolean
  /** When the next attempt is due (simulator clock, epoch ms), if this one failed and the schedule has one left. */
  retryAt?: number
}

/** The latest `limit` entries, oldest first; adding one is constant time however long the log has run. */
export class BoundedLog<T> {
  readonly #items: T[] = []
  #start = 0

  constructor(readonly limit: number) {}

  push(item: T): void {
    if (this.#items.length < this.limit) this.#items.push(item)
    else if (this.limit > 0) {
      this.#items[this.#start] = item
      this.#start = (this.#start + 1) % this.limit
    }
  }

  toArray(): T[] {
    return [...this.#items.slice(this.#start), ...this.#items.slice(0, this.#start)]
  }
}

/** The copies of each attempt: 1 unless told otherwise; anything but a whole number from 1 is refused. */
export function copiesOf(duplicates: number | undefined): number {
  if (duplicates === undefined) return 1
  if (!Number.isInteger(duplicates) || duplicates < 1) {
    throw new RangeError(`duplicateDeliveries: ${duplicates} is not a whole number of copies, 1 or more`)
  }
  return duplicates
}

/** The 5 s to answer, in real time or, with `onClock`, on the simulator clock (5 real seconds at most). */
export function deliveryDeadline(clock: SimulatorClock, onClock: boolean): { signal: AbortSignal; clear(): void } {
  if (!onClock) return { signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS), clear: () => {} }
  const controller = new AbortController()
  const expire = () => controller.abort(new DOMException('the delivery deadline passed', 'TimeoutError'))
  const timer = clock.setTimeout(expire, DELIVERY_TIMEOUT_MS)
  const backstop = setTimeout(expire, DELIVERY_TIMEOUT_MS).unref()
  return {
    signal: controller.signal,
    clear: () => {
      clock.clearTimeout(timer)
      clearTimeout(backstop)
    },
  }
}

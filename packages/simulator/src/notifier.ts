// Sends notifications as WeChat Pay does: POST to the merchant's URL, success on any 2xx within
// 5 s, otherwise retries on the documented schedule (spec §1.8), driven by the simulator's clock.
// Every attempt is kept in the delivery log. For fleet tests an attempt can be posted several times
// at once (a load balancer then hands the copies to different instances), and the 5 s deadline can
// run on the simulator's clock, so that a test times a slow webhook out by advancing a ManualClock.
import { randomUUID } from 'node:crypto'
import { PROBE_PREFIX } from '@wxpay/sdk/protocol'
import { createTestNotification, signNotification } from '@wxpay/sdk/testing'
import { type SimulatorClock, wireSeconds } from './clock.js'
import type { PlatformKey } from './keys.js'

/** Seconds between attempts: the generic APIv3 schedule, 15 retries over 24 h 4 min. */
export const RETRY_SCHEDULE_SECONDS = [
  15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600,
]
export const DELIVERY_TIMEOUT_MS = 5000
/** Delivery attempts the log keeps by default: the latest 10,000. */
export const DELIVERY_LOG_LIMIT = 10_000

export interface Delivery {
  notificationId: string
  eventType: string
  url: string
  /** 1 for the first attempt of the real notification; probes count 0. */
  attempt: number
  probe: boolean
  /** Simulator clock time of the attempt, epoch ms. */
  at: number
  status?: number
  latencyMs: number
  error?: string
  acknowledged: boolean
}

export interface NotificationRequest {
  url: string
  eventType: string
  resource: object
  apiV3Key: string
  signer: PlatformKey
  /** Seconds between attempts, when the product has its own schedule (retry-schedules.ts); else the generic one. */
  retrySchedule?: readonly number[]
}

export interface NotifierOptions {
  clock: SimulatorClock
  /** `WECHATPAY/SIGNTEST/` probe deliveries sent before each real notification (default 0). */
  probes?: number
  fetch?: typeof fetch
  /** Copies of each attempt posted concurrently (default 1); the attempt succeeds if any copy gets a 2xx. */
  duplicates?: number
  /**
   * Measure the 5 s answer deadline on `clock` (default: real time). A `ManualClock` then times a
   * delivery out when advanced past it; 5 real seconds remain the limit, so that nothing hangs.
   */
  clockTimeouts?: boolean
  /** Told of each delivery as it is logged: something for a test to wait on. */
  onDelivery?: (delivery: Delivery) => void
  /** Delivery attempts kept in the log, the latest first to stay (default DELIVERY_LOG_LIMIT). */
  logLimit?: number
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

export class Notifier {
  readonly #log: BoundedLog<Delivery>
  #clock: SimulatorClock
  #probes: number
  #fetch: typeof fetch
  #duplicates: number
  #clockTimeouts: boolean
  #onDelivery: ((delivery: Delivery) => void) | undefined
  #inFlight = new Set<Promise<void>>()
  #timers = new Set<unknown>()
  #closed = false

  constructor(options: NotifierOptions) {
    this.#clock = options.clock
    this.#probes = options.probes ?? 0
    this.#fetch = options.fetch ?? globalThis.fetch
    this.#duplicates = copiesOf(options.duplicates)
    this.#clockTimeouts = options.clockTimeouts ?? false
    this.#onDelivery = options.onDelivery
    this.#log = new BoundedLog(options.logLimit ?? DELIVERY_LOG_LIMIT)
  }

  /** The latest delivery attempts, oldest first. */
  get deliveries(): Delivery[] {
    return this.#log.toArray()
  }

  /** Queues a notification; the first delivery starts at once. Returns its id. */
  send(request: NotificationRequest): string {
    const id = randomUUID()
    const { body } = createTestNotification(
      { id, event_type: request.eventType, resource: request.resource },
      {
        privateKey: request.signer.privateKey,
        serial: request.signer.id,
        apiV3Key: request.apiV3Key,
        timestamp: this.#seconds(),
      },
    )
    this.#track(this.#deliver(request, id, body, 1))
    return id
  }

  /** Resolves when no delivery is in flight (timers for later retries may remain). */
  async flush(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight)
  }

  /** Cancels the retries; a delivery still in flight finishes but schedules none. */
  close(): void {
    this.#closed = true
    for (const timer of this.#timers) this.#clock.clearTimeout(timer)
    this.#timers.clear()
  }

  #seconds = () => wireSeconds(this.#clock)

  #track(promise: Promise<void>): Promise<void> {
    this.#inFlight.add(promise)
    return promise.finally(() => this.#inFlight.delete(promise))
  }

  async #deliver(request: NotificationRequest, id: string, body: string, attempt: number): Promise<void> {
    if (attempt === 1) {
      for (let probe = 0; probe < this.#probes; probe++) {
        const signature = `${PROBE_PREFIX}${Buffer.from(randomUUID()).toString('base64')}`
        await this.#post(request, id, body, 0, signature)
      }
    }
    const copies = Array.from({ length: this.#duplicates }, () => this.#post(request, id, body, attempt))
    const acknowledged = (await Promise.all(copies)).some(Boolean)
    const wait = (request.retrySchedule ?? RETRY_SCHEDULE_SECONDS)[attempt - 1]
    if (acknowledged || wait === undefined || this.#closed) return
    const timer = this.#clock.setTimeout(() => {
      this.#timers.delete(timer)
      return this.#track(this.#deliver(request, id, body, attempt + 1))
    }, wait * 1000)
    this.#timers.add(timer)
  }

  async #post(
    request: NotificationRequest,
    id: string,
    body: string,
    attempt: number,
    signature?: string,
  ): Promise<boolean> {
    const headers = signNotification(body, {
      privateKey: request.signer.privateKey,
      serial: request.signer.id,
      timestamp: this.#seconds(),
      signature,
    })
    const delivery: Delivery = {
      notificationId: id,
      eventType: request.eventType,
      url: request.url,
      attempt,
      probe: signature !== undefined,
      at: this.#clock.now(),
      latencyMs: 0,
      acknowledged: false,
    }
    const started = performance.now()
    const deadline = this.#deadline()
    try {
      const response = await this.#fetch(request.url, { method: 'POST', headers, body, signal: deadline.signal })
      await response.arrayBuffer()
      delivery.status = response.status
      delivery.acknowledged = response.status >= 200 && response.status < 300
    } catch (error) {
      const name = (error as Error)?.name
      delivery.error =
        name === 'TimeoutError'
          ? `no answer within ${DELIVERY_TIMEOUT_MS} ms`
          : String((error as Error)?.cause ?? error)
    } finally {
      deadline.clear()
    }
    delivery.latencyMs = Math.round((performance.now() - started) * 10) / 10
    this.#log.push(delivery)
    this.#onDelivery?.(delivery)
    return delivery.acknowledged
  }

  /** The 5 s to answer, in real time or, with `clockTimeouts`, on the simulator clock (5 real seconds at most). */
  #deadline(): { signal: AbortSignal; clear(): void } {
    if (!this.#clockTimeouts) return { signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS), clear: () => {} }
    const controller = new AbortController()
    const expire = () => controller.abort(new DOMException('the delivery deadline passed', 'TimeoutError'))
    const timer = this.#clock.setTimeout(expire, DELIVERY_TIMEOUT_MS)
    const backstop = setTimeout(expire, DELIVERY_TIMEOUT_MS).unref()
    return {
      signal: controller.signal,
      clear: () => {
        this.#clock.clearTimeout(timer)
        clearTimeout(backstop)
      },
    }
  }
}

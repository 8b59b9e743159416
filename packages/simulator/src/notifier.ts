// Sends notifications as WeChat Pay does: POST to the merchant's URL, success on any 2xx within
// 5 s, otherwise retries on the documented schedule (spec §1.8), driven by the simulator's clock.
// Every attempt is kept in the delivery log, and the latest notifications themselves (their signed,
// encrypted bodies), so that one can be sent again by hand and a saved state can wait for its next
// retry. For fleet tests an attempt can be posted several times at once (a load balancer then hands
// the copies to different instances), and the 5 s deadline can run on the simulator's clock.
import { randomUUID } from 'node:crypto'
import { PROBE_PREFIX } from '@wxpay/sdk/protocol'
import { createTestNotification, signNotification } from '@wxpay/sdk/testing'
import { type SimulatorClock, wireSeconds } from './clock.js'
import {
  BoundedLog,
  copiesOf,
  DELIVERY_LOG_LIMIT,
  DELIVERY_TIMEOUT_MS,
  type Delivery,
  deliveryDeadline,
} from './delivery-log.js'
import type { PlatformKey } from './keys.js'

export { copiesOf, DELIVERY_TIMEOUT_MS, type Delivery }

/** Seconds between attempts: the generic APIv3 schedule, 15 retries over 24 h 4 min. */
export const RETRY_SCHEDULE_SECONDS = [
  15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600,
]
/** Notifications kept for a resend (those waiting for a retry are always kept). */
export const NOTIFICATIONS_KEPT = 1000

export interface NotificationRequest {
  url: string
  eventType: string
  resource: object
  apiV3Key: string
  signer: PlatformKey
  /** Seconds between attempts, when the product has its own schedule (retry-schedules.ts); else the generic one. */
  retrySchedule?: readonly number[]
}

/** A notification as sent: its body is signed anew at each attempt, never re-encrypted. */
interface Notification {
  id: string
  url: string
  eventType: string
  /** The envelope, its resource encrypted with the merchant's APIv3 key. */
  body: string
  signer: PlatformKey
  retrySchedule: readonly number[]
  /** Posts so far, resends included (probes not). */
  attempts: number
  /** Scheduled attempts so far: the position in the retry schedule. */
  scheduled: number
  acknowledged: boolean
  /** When the next scheduled attempt is due (simulator clock), while one waits. */
  retryAt?: number
}

/** What a saved state holds of the notifier: the notifications kept (signer by key id) and the log. */
export interface NotifierState {
  notifications: (Omit<Notification, 'signer'> & { signer: string })[]
  deliveries: Delivery[]
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

export class Notifier {
  readonly #options: NotifierOptions
  #log: BoundedLog<Delivery>
  #clock: SimulatorClock
  #fetch: typeof fetch
  #duplicates: number
  readonly #kept = new Map<string, Notification>()
  readonly #timers = new Map<string, unknown>()
  #inFlight = new Set<Promise<void>>()
  #closed = false

  constructor(options: NotifierOptions) {
    this.#options = options
    this.#clock = options.clock
    this.#fetch = options.fetch ?? globalThis.fetch
    this.#duplicates = copiesOf(options.duplicates)
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
    const { url, eventType, signer } = request
    const retrySchedule = request.retrySchedule ?? RETRY_SCHEDULE_SECONDS
    const notification = { id, url, eventType, body, signer, retrySchedule, attempts: 0, scheduled: 0 }
    this.#keep({ ...notification, acknowledged: false })
    this.#track(this.#attempt(this.#kept.get(id)!, true))
    return id
  }

  /**
   * Posts a kept notification once more, now, outside its schedule (its number is the next attempt's).
   * An acknowledged resend ends the retries still waiting. Resolves with the attempt as logged.
   */
  async resend(id: string): Promise<Delivery> {
    const notification = this.#kept.get(id)
    if (!notification) throw new RangeError(`no notification ${id} is kept (the latest ${NOTIFICATIONS_KEPT} are)`)
    let logged: Delivery | undefined
    await this.#track(
      this.#copies(notification, { resend: true }, (delivery) => this.#record(delivery)).then((deliveries) => {
        if (notification.acknowledged) this.#cancelRetry(notification)
        logged = deliveries[0]
      }),
    )
    return logged!
  }

  /** Resolves when no delivery is in flight (timers for later retries may remain). */
  async flush(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight)
  }

  /** Cancels the retries; a delivery still in flight finishes but schedules none. */
  close(): void {
    this.#closed = true
    for (const timer of this.#timers.values()) this.#clock.clearTimeout(timer)
    this.#timers.clear()
  }

  snapshot(): NotifierState {
    const notifications = [...this.#kept.values()].map(({ signer, ...rest }) => ({ ...rest, signer: signer.id }))
    return { notifications, deliveries: this.deliveries }
  }

  /** Takes a saved state: the log, the notifications, and a timer for each retry that was waiting. */
  restore(state: NotifierState, signerOf: (id: string) => PlatformKey): void {
    this.#log = new BoundedLog(this.#log.limit)
    for (const delivery of state.deliveries) this.#log.push(delivery)
    for (const saved of state.notifications) {
      const notification = { ...saved, signer: signerOf(saved.signer) }
      this.#keep(notification)
      if (notification.retryAt !== undefined) this.#armRetry(notification, notification.retryAt)
    }
  }

  #seconds = () => wireSeconds(this.#clock)

  /** Keeps the notification, dropping the oldest ones that wait for nothing beyond the limit. */
  #keep(notification: Notification): void {
    this.#kept.set(notification.id, notification)
    for (const [id, old] of this.#kept) {
      if (this.#kept.size <= NOTIFICATIONS_KEPT) break
      if (old.retryAt === undefined && id !== notification.id) this.#kept.delete(id)
    }
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    const settled = promise.then(() => {})
    this.#inFlight.add(settled)
    return promise.finally(() => this.#inFlight.delete(settled))
  }

  /** A scheduled attempt (the first with its probes), then the next one armed unless acknowledged. */
  async #attempt(notification: Notification, first = false): Promise<void> {
    if (first) {
      for (let probe = 0; probe < (this.#options.probes ?? 0); probe++) {
        const signature = `${PROBE_PREFIX}${Buffer.from(randomUUID()).toString('base64')}`
        this.#record(await this.#post(notification, { attempt: 0, probe: true, signature }))
      }
    }
    notification.scheduled++
    const wait = notification.retrySchedule[notification.scheduled - 1]
    const retries = () => !notification.acknowledged && wait !== undefined && !this.#closed
    // Each copy is logged as it is answered; a failed one with the next attempt's time, if one follows.
    const deliveries = await this.#copies(notification, {}, (delivery) => {
      if (!delivery.acknowledged && retries()) delivery.retryAt = this.#clock.now() + wait! * 1000
      this.#record(delivery)
    })
    if (!retries()) {
      for (const delivery of deliveries) delete delivery.retryAt
      return
    }
    const retryAt = this.#clock.now() + wait! * 1000
    for (const delivery of deliveries) delivery.retryAt = retryAt
    this.#armRetry(notification, retryAt)
  }

  /** One attempt: `duplicates` copies posted at once, each told to `answered` as it ends; acknowledged if any got a 2xx. */
  async #copies(
    notification: Notification,
    how: { resend?: true },
    answered: (delivery: Delivery) => void,
  ): Promise<Delivery[]> {
    const attempt = ++notification.attempts
    const posts = Array.from({ length: this.#duplicates }, async () => {
      const delivery = await this.#post(notification, { ...how, attempt })
      if (delivery.acknowledged) notification.acknowledged = true
      answered(delivery)
      return delivery
    })
    return Promise.all(posts)
  }

  #armRetry(notification: Notification, at: number): void {
    notification.retryAt = at
    const timer = this.#clock.setTimeout(
      () => {
        this.#timers.delete(notification.id)
        notification.retryAt = undefined
        return this.#track(this.#attempt(notification))
      },
      Math.max(0, at - this.#clock.now()),
    )
    this.#timers.set(notification.id, timer)
  }

  #cancelRetry(notification: Notification): void {
    this.#clock.clearTimeout(this.#timers.get(notification.id))
    this.#timers.delete(notification.id)
    notification.retryAt = undefined
  }

  #record(delivery: Delivery): void {
    this.#log.push(delivery)
    this.#options.onDelivery?.(delivery)
  }

  async #post(
    notification: Notification,
    how: { attempt: number; probe?: boolean; resend?: true; signature?: string },
  ): Promise<Delivery> {
    const headers = signNotification(notification.body, {
      privateKey: notification.signer.privateKey,
      serial: notification.signer.id,
      timestamp: this.#seconds(),
      signature: how.signature,
    })
    const delivery: Delivery = {
      notificationId: notification.id,
      eventType: notification.eventType,
      url: notification.url,
      attempt: how.attempt,
      probe: how.probe ?? false,
      ...(how.resend ? { resend: true } : {}),
      at: this.#clock.now(),
      latencyMs: 0,
      acknowledged: false,
    }
    const started = performance.now()
    const deadline = deliveryDeadline(this.#clock, this.#options.clockTimeouts ?? false)
    try {
      const init = { method: 'POST', headers, body: notification.body, signal: deadline.signal }
      const response = await this.#fetch(notification.url, init)
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
    return delivery
  }
}

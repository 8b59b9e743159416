// The simulated WeChat Pay side of the contract-signing and deduction flows. The Simulator holds
// the state (the World: merchants, platform keys, sessions, contracts, deductions, wallets), the
// notifier and the clock, takes the listening server, and routes its requests to the APIv3 pipeline
// (api.ts) or the control API (control.ts).
import type { Server } from 'node:http'
import { contractEvents } from '@wxpay/sdk/protocol'
import { serveApi } from './api.js'
import { isMovable, OffsetClock, type SimulatorClock, wireSeconds, wireTime } from './clock.js'
import { serveControl } from './control.js'
import { agree, decline, expire, terminateAsUser } from './handlers/user.js'
import { createMerchant, type Merchant, type MerchantOptions, Platform, type SimulatorMode } from './keys.js'
import { copiesOf, type Delivery, Notifier } from './notifier.js'
import { retryScheduleOf } from './retry-schedules.js'
import { createRouter, listen } from './server.js'
import { type Contract, Contracts } from './state/contracts.js'
import { type Deduction, Deductions } from './state/deductions.js'
import { type Session, Sessions } from './state/sessions.js'
import { contractView } from './state/views.js'
import { checkReason, type FailureReason, Wallet, type WalletOptions } from './state/wallet.js'
import type { World } from './state/world.js'

export interface SimulatorOptions {
  port?: number
  host?: string
  /** Which keys WeChat Pay signs with: a public key (`PUB_KEY_ID_…`), platform certificates, or both. */
  mode?: SimulatorMode
  /**
   * Time source. By default real time that `advanceClock` and `POST /simulator/clock` move forward
   * while signatures keep real time; pass a `ManualClock` (shared with the client) to run
   * everything in simulated time.
   */
  clock?: SimulatorClock
  /** Merchants to serve; one is created when absent. */
  merchants?: MerchantOptions[]
  /** `WECHATPAY/SIGNTEST/` probe deliveries sent before each real notification (default 0). */
  probes?: number
  /** Event types of the password-exempt callbacks, undocumented upstream (spec §6.6). */
  passwordExemptEvents?: { sign?: string; terminate?: string }
  /** Users whose every deduction fails, with the reason: `{ wallet: { failingUsers: { [openid]: 'NOTENOUGH' } } }`. */
  wallet?: WalletOptions
  /** Copies of each notification attempt posted at once, as a resend reaching two instances (default 1). */
  duplicateDeliveries?: number
  /** Time the 5 s answer deadline on `clock`, so that a ManualClock times slow webhooks out (default: real time). */
  clockTimeouts?: boolean
  /** Called with each notification delivery attempt as it is logged. */
  onDelivery?: (delivery: Delivery) => void
}

/** What a client needs: `new WechatPay({ ...merchant, certs, apiV3Key, baseURL: url })`. */
export interface MerchantCredentials {
  mchid: string
  serial: string
  privateKey: string
  appid: string
  apiV3Key: string
}

/** Starts a simulator on 127.0.0.1 (a free port unless `port` is given). */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  copiesOf(options.duplicateDeliveries) // refused before a port is taken
  new Wallet(options.wallet) // an unknown failure reason too
  const { server, url } = await listen(options.port ?? 0, options.host ?? '127.0.0.1')
  return new Simulator(server, url, options)
}

export class Simulator {
  readonly url: string
  readonly mode: SimulatorMode
  readonly clock: SimulatorClock
  readonly platform: Platform
  readonly #server: Server
  readonly #world: World
  readonly #notifier: Notifier
  readonly #requestCounts = new Map<string, number>()
  /** Business timers (settlements, expiries), dropped on close. */
  readonly #timers = new Set<unknown>()
  readonly #ownClock: boolean

  /** Use `createSimulator()`: it starts the server this simulator then serves. */
  constructor(server: Server, url: string, options: SimulatorOptions = {}) {
    this.#server = server
    this.url = url
    const clock = options.clock ?? new OffsetClock()
    this.clock = clock
    this.#ownClock = options.clock === undefined
    this.platform = new Platform(options.mode ?? 'publicKey', () => wireTime(clock))
    this.mode = this.platform.mode
    this.#notifier = new Notifier({
      clock,
      probes: options.probes,
      duplicates: options.duplicateDeliveries,
      clockTimeouts: options.clockTimeouts,
      onDelivery: options.onDelivery,
    })
    this.#world = this.#createWorld(url, options, new Wallet(options.wallet))
    for (const merchant of options.merchants ?? [{}]) this.addMerchant(merchant)
    server.on('request', this.#router())
  }

  #createWorld(url: string, options: SimulatorOptions, wallet: Wallet): World {
    const { clock, platform } = this
    const notifier = this.#notifier
    const timers = this.#timers
    return {
      url,
      clock,
      platform,
      merchants: new Map<string, Merchant>(),
      sessions: new Sessions(() => clock.now()),
      contracts: new Contracts(),
      deductions: new Deductions(),
      wallet,
      events: {
        ...contractEvents,
        'password-exempt': { ...contractEvents['password-exempt'], ...options.passwordExemptEvents },
      },
      notify: (merchant, notifyUrl, eventType, resource) =>
        notifier.send({
          url: notifyUrl,
          eventType,
          resource,
          apiV3Key: merchant.apiV3Key,
          signer: platform.signer(undefined),
          retrySchedule: retryScheduleOf(eventType),
        }),
      at: (time, task) => {
        const timer = clock.setTimeout(async () => {
          timers.delete(timer)
          await task()
          // A moved clock goes on once what the task sent was delivered at the task's time.
          await notifier.flush()
        }, time - clock.now())
        timers.add(timer)
      },
    }
  }

  #router() {
    const world = this.#world
    const platform = this.platform
    return createRouter({
      api: (request, response, key, params) => {
        this.#requestCounts.set(key, (this.#requestCounts.get(key) ?? 0) + 1)
        void serveApi(world, request, response, key, params)
      },
      control: (request, response, name, params) => void serveControl(world, this, request, response, name, params),
      signer: () => platform.signer(undefined),
      nowSeconds: () => wireSeconds(world.clock),
    })
  }

  /** The first merchant. */
  get merchant(): MerchantCredentials {
    return credentials([...this.#world.merchants.values()][0])
  }

  /** The first merchant's APIv3 key. */
  get apiV3Key(): string {
    return this.merchant.apiV3Key
  }

  /** The WeChat Pay keys a client trusts, by public-key id or certificate serial. */
  get certs(): Record<string, string> {
    return this.platform.certs()
  }

  /** Every notification delivery attempt so far. */
  get deliveries(): readonly Delivery[] {
    return this.#notifier.deliveries
  }

  /** APIv3 requests received so far, by endpoint (`'GET /v3/certificates': 2`), authenticated or not. */
  requestCounts(): Record<string, number> {
    return Object.fromEntries(this.#requestCounts)
  }

  addMerchant(options: MerchantOptions = {}): MerchantCredentials {
    const merchant = createMerchant(options)
    if (this.#world.merchants.has(merchant.mchid)) throw new Error(`merchant ${merchant.mchid} already exists`)
    this.#world.merchants.set(merchant.mchid, merchant)
    return credentials(merchant)
  }

  /** Issues a new platform certificate that signs from now on (certificate and mixed modes). */
  rotateCertificate(): string {
    if (this.mode === 'publicKey') throw new Error('a public-key-mode simulator has no platform certificates to rotate')
    return this.platform.rotateCertificate().id
  }

  sessions(): Session[] {
    return this.#world.sessions.all()
  }

  contracts(): Contract[] {
    return this.#world.contracts.all()
  }

  /** A contract as its family's query answers it now (TO_BE_RENEWED and schedule states derived). */
  contractView(contractId: string): Record<string, unknown> | undefined {
    const contract = this.#world.contracts.byId(contractId)
    return contract && contractView(contract, this.clock.now())
  }

  /** Every deduction order, accepted, paid or failed. */
  deductions(): Deduction[] {
    return this.#world.deductions.all()
  }

  /** The simulated user agrees: the contract is signed and the sign notification sent. */
  agree(id: string): Contract {
    return agree(this.#world, id)
  }

  /** The simulated user declines: nothing is signed and nothing is sent. */
  decline(id: string): Session {
    return decline(this.#world, id)
  }

  /** The simulated user lets the session lapse: nothing is sent. */
  expire(id: string): Session {
    return expire(this.#world, id)
  }

  /** The simulated user terminates the contract in WeChat: USER_TERMINATE and the terminate notification. */
  terminateAsUser(contractId: string): Record<string, unknown> {
    return terminateAsUser(this.#world, contractId) as Record<string, unknown>
  }

  /** The next deduction of the contract fails with `reason` (NOTENOUGH by default); each call adds one. */
  failNextDeduction(contractId: string, reason: FailureReason = 'NOTENOUGH'): void {
    this.#world.wallet.failNext(contractId, checkReason(reason))
  }

  /** Every deduction of the user (openid) fails with `reason`, until called with undefined. */
  failDeductionsOf(openid: string, reason: FailureReason | undefined): void {
    this.#world.wallet.failUser(openid, reason)
  }

  /** Moves the simulator's time forward; every settlement, expiry and retry due meanwhile runs at its time. */
  async advanceClock(ms: number): Promise<void> {
    const clock = this.#movable()
    // What was sent at the old time is answered at the old time: the webhook checks its timestamp.
    await this.flush()
    await clock.advance(ms)
    await this.flush()
  }

  /** Moves the simulator's time forward to `time` (epoch ms, Date or RFC 3339), never back. */
  async setClock(time: number | Date | string): Promise<void> {
    const target = typeof time === 'number' ? time : new Date(time).getTime()
    if (!Number.isFinite(target)) throw new RangeError(`not a time: ${String(time)}`)
    const now = this.clock.now()
    if (target < now)
      throw new RangeError(`the simulator's clock moves forward only; it is already ${new Date(now).toISOString()}`)
    await this.advanceClock(target - now)
  }

  #movable() {
    if (!isMovable(this.clock))
      throw new TypeError('this simulator runs on a clock that cannot be moved: pass no clock, or a ManualClock')
    return this.clock
  }

  /** Waits for the notification deliveries in flight. */
  flush(): Promise<void> {
    return this.#notifier.flush()
  }

  async close(): Promise<void> {
    for (const timer of this.#timers) this.clock.clearTimeout(timer)
    this.#timers.clear()
    if (this.#ownClock) (this.clock as OffsetClock).stop()
    this.#notifier.close()
    await this.#notifier.flush()
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}

function credentials(merchant: Merchant): MerchantCredentials {
  const { mchid, serial, privateKey, appid, apiV3Key } = merchant
  return { mchid, serial, privateKey, appid, apiV3Key }
}

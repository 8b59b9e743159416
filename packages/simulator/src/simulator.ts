// The simulated WeChat Pay side of the contract-signing and deduction flows. The Simulator holds
// the state (the World: merchants, platform keys, sessions, contracts, deductions, wallets), the
// notifier and the clock, takes the listening server, and routes its requests to the APIv3 pipeline
// (api.ts) or the control API (control.ts).
import type { Server } from 'node:http'
import { contractEvents } from '@wxpay/sdk/protocol'
import { header, runApi, serveApi } from './api.js'
import { isMovable, OffsetClock, type SimulatorClock, wireSeconds, wireTime } from './clock.js'
import { serveControl } from './control.js'
import { applyFault, type Fault, type FaultRule, Faults } from './faults.js'
import { agree, decline, expire, terminateAsUser } from './handlers/user.js'
import { createMerchant, type Merchant, type MerchantOptions, Platform, type SimulatorMode } from './keys.js'
import { type Delivery, Notifier } from './notifier.js'
import { checkOptions, credentials, type MerchantCredentials, type SimulatorOptions } from './options.js'
import { retryScheduleOf } from './retry-schedules.js'
import { listen, serve } from './server.js'
import { type Contract, Contracts } from './state/contracts.js'
import { type Deduction, Deductions } from './state/deductions.js'
import { type Session, Sessions } from './state/sessions.js'
import { contractView } from './state/views.js'
import { checkReason, type FailureReason, Wallet } from './state/wallet.js'
import type { World } from './state/world.js'

export type { MerchantCredentials, SimulatorOptions }

/** Starts a simulator on 127.0.0.1 (a free port unless `port` is given). */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  checkOptions(options) // refused before a port is taken
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
  readonly #faults: Faults

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
      logLimit: options.deliveryLogLimit,
    })
    this.#faults = new Faults(options.faults)
    this.#world = this.#createWorld(url, options, new Wallet(options.wallet))
    for (const merchant of options.merchants ?? [{}]) this.addMerchant(merchant)
    this.#serve(server)
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
      sessions: new Sessions(() => clock.now(), options.sessionRetentionMs),
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

  /** Routes the server's requests: the APIv3 side (or a fault set for it), and the control side. */
  #serve(server: Server): void {
    const world = this.#world
    const { platform, clock } = this
    const faults = this.#faults
    const notifier = this.#notifier
    const side = {
      deliveries: () => notifier.deliveries,
      faults,
      advanceClock: (ms: number) => this.advanceClock(ms),
      setClock: (time: string) => this.setClock(time),
    }
    serve(server, {
      api: (request, response, key, params) => {
        this.#requestCounts.set(key, (this.#requestCounts.get(key) ?? 0) + 1)
        const fault = faults.take(request.method!, request.url!.split('?')[0])
        if (!fault) return serveApi(world, request, response, key, params)
        const run = (body?: Promise<Buffer>) => runApi(world, request, key, params, body)
        const signer = platform.signer(header(request, 'wechatpay-serial'))
        return applyFault(faults, fault, { request, response, run, signer, nowSeconds: wireSeconds(clock) })
      },
      control: (request, response, name, params) => serveControl(world, side, request, response, name, params),
      signer: () => platform.signer(undefined),
      nowSeconds: () => wireSeconds(clock),
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

  /** The latest notification delivery attempts (`deliveryLogLimit` of them), oldest first. */
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

  /** The faults set, in the order they were set, with the answers each has left. */
  faults(): Fault[] {
    return this.#faults.list()
  }

  /** Sets a fault: the next `times` answers of requests matching `path` (and `method`) fail as `kind` says. */
  addFault(rule: FaultRule): Fault {
    return this.#faults.add(rule)
  }

  /** Clears every fault; returns how many there were. */
  clearFaults(): number {
    return this.#faults.clear()
  }

  /** Issues a new platform certificate that signs from now on (certificate and mixed modes). */
  rotateCertificate(): string {
    if (this.mode === 'publicKey') throw new Error('a public-key-mode simulator has no platform certificates to rotate')
    return this.platform.rotateCertificate().id
  }

  /** The pre-sign sessions kept: open ones, and ended ones until `sessionRetentionMs` after they expire. */
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
    this.#faults.close()
    for (const timer of this.#timers) this.clock.clearTimeout(timer)
    this.#timers.clear()
    if (this.#ownClock) (this.clock as OffsetClock).stop()
    this.#notifier.close()
    await this.#notifier.flush()
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}

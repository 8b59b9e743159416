// The simulated WeChat Pay side of the contract-signing and deduction flows. The Simulator holds
// the state (the World: merchants, platform keys, sessions, contracts, deductions, wallets), the
// notifier and the clock, takes the listening server, and routes its requests to the APIv3 pipeline
// (api.ts) or the control API (control.ts).
import type { Server } from 'node:http'
import { header, runApi, serveApi } from './api.js'
import { assemble } from './assembly.js'
import { isMovable, type OffsetClock, type SimulatorClock, wireSeconds, wireTime } from './clock.js'
import { serveControl } from './control.js'
import { applyFault, type Fault, type FaultRule, Faults } from './faults.js'
import { agree, decline, expire, terminateAsUser } from './handlers/user.js'
import { createMerchant, type MerchantOptions, type Platform, type SimulatorMode } from './keys.js'
import { type LogSink, logRequest } from './log.js'
import type { Delivery, Notifier } from './notifier.js'
import { checkOptions, credentials, type MerchantCredentials, type SimulatorOptions, savedState } from './options.js'
import { listen, serve } from './server.js'
import type { Contract } from './state/contracts.js'
import type { Deduction } from './state/deductions.js'
import type { Session } from './state/sessions.js'
import { type SimulatorState, snapshot } from './state/snapshot.js'
import { StateWriter } from './state/store.js'
import { contractView } from './state/views.js'
import { checkReason, type FailureReason } from './state/wallet.js'
import type { World } from './state/world.js'

export type { MerchantCredentials, SimulatorOptions }

/** Starts a simulator on 127.0.0.1 (a free port unless `port` is given). */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  checkOptions(options) // refused before a port is taken
  const saved = savedState(options) // and so is a state file that cannot be used
  const { server, url } = await listen(options.port ?? 0, options.host ?? '127.0.0.1')
  return new Simulator(server, url, options, saved)
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
  readonly #writer: StateWriter | undefined
  readonly #log: LogSink | undefined

  /** Use `createSimulator()`: it starts the server this simulator then serves, and reads `saved` from `stateFile`. */
  constructor(server: Server, url: string, options: SimulatorOptions = {}, saved?: SimulatorState) {
    this.#server = server
    this.url = url
    this.#log = options.log
    const changed = () => this.#writer?.changed()
    const parts = assemble(url, options, saved, { timers: this.#timers, changed })
    this.clock = parts.clock
    this.#ownClock = parts.ownClock
    this.platform = parts.platform
    this.mode = this.platform.mode
    this.#notifier = parts.notifier
    this.#world = parts.world
    this.#faults = new Faults(options.faults)
    if (saved) this.#faults.restore(saved.faults)
    const merchants = saved ? (options.merchants ?? []) : (options.merchants ?? [{}])
    for (const merchant of merchants) {
      if (!merchant.mchid || !this.#world.merchants.has(merchant.mchid)) this.addMerchant(merchant)
    }
    this.#writer = options.stateFile ? new StateWriter(options.stateFile, () => this.#snapshot()) : undefined
    changed()
    this.#serve(server)
  }

  #snapshot(): SimulatorState {
    const offset = this.#ownClock ? this.clock.now() - wireTime(this.clock) : undefined
    return snapshot(this.#world, {
      faults: this.#faults.snapshot(),
      notifier: this.#notifier.snapshot(),
      clockOffsetMs: offset,
    })
  }

  /** Writes the state file now (it is written shortly after each change anyway, and on close). */
  async save(): Promise<void> {
    await this.#writer?.save()
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
      resend: (id: string) => this.resend(id),
    }
    serve(server, {
      observe: (request, response) => {
        if (this.#log) logRequest(this.#log, clock, request, response)
        response.once('close', () => this.#changed())
      },
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
    this.#changed()
    return credentials(merchant)
  }

  /** The faults set, in the order they were set, with the answers each has left. */
  faults(): Fault[] {
    return this.#faults.list()
  }

  /** Sets a fault: the next `times` answers of requests matching `path` (and `method`) fail as `kind` says. */
  addFault(rule: FaultRule): Fault {
    return this.#changed(this.#faults.add(rule))
  }

  /** Clears every fault; returns how many there were. */
  clearFaults(): number {
    return this.#changed(this.#faults.clear())
  }

  /** Issues a new platform certificate that signs from now on (certificate and mixed modes). */
  rotateCertificate(): string {
    if (this.mode === 'publicKey') throw new Error('a public-key-mode simulator has no platform certificates to rotate')
    return this.#changed(this.platform.rotateCertificate().id)
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
    return this.#changed(agree(this.#world, id))
  }

  /** The simulated user declines: nothing is signed and nothing is sent. */
  decline(id: string): Session {
    return this.#changed(decline(this.#world, id))
  }

  /** The simulated user lets the session lapse: nothing is sent. */
  expire(id: string): Session {
    return this.#changed(expire(this.#world, id))
  }

  /** The simulated user terminates the contract in WeChat: USER_TERMINATE and the terminate notification. */
  terminateAsUser(contractId: string): Record<string, unknown> {
    return this.#changed(terminateAsUser(this.#world, contractId) as Record<string, unknown>)
  }

  /** The next deduction of the contract fails with `reason` (NOTENOUGH by default); each call adds one. */
  failNextDeduction(contractId: string, reason: FailureReason = 'NOTENOUGH'): void {
    this.#world.wallet.failNext(contractId, checkReason(reason))
    this.#changed()
  }

  /** Every deduction of the user (openid) fails with `reason`, until called with undefined. */
  failDeductionsOf(openid: string, reason: FailureReason | undefined): void {
    this.#world.wallet.failUser(openid, reason)
    this.#changed()
  }

  /** Moves the simulator's time forward; every settlement, expiry and retry due meanwhile runs at its time. */
  async advanceClock(ms: number): Promise<void> {
    const clock = this.#movable()
    // What was sent at the old time is answered at the old time: the webhook checks its timestamp.
    await this.flush()
    await clock.advance(ms)
    await this.flush()
    this.#changed()
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

  /**
   * Sends a notification again now, by its id (`notificationId` in `deliveries`), outside its retry
   * schedule; an acknowledged resend ends the retries still waiting. Resolves with the attempt.
   */
  resend(notificationId: string): Promise<Delivery> {
    return this.#notifier.resend(notificationId)
  }

  /** The state file is written shortly after a change; returns `value`, for the callers' brevity. */
  #changed<T>(value?: T): T {
    this.#writer?.changed()
    return value as T
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
    await this.#writer?.close()
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}

// The simulated WeChat Pay side of the contract-signing flows. The Simulator holds the state (the
// World: merchants, platform keys, sessions, contracts) and the notifier, takes the listening server,
// and routes its requests to the APIv3 pipeline (api.ts) or the control API (control.ts).
import type { Server } from 'node:http'
import { contractEvents, unixSeconds } from '@wxpay/sdk/protocol'
import { header, runApi, serveApi } from './api.js'
import { type SimulatorClock, systemClock } from './clock.js'
import { serveControl } from './control.js'
import { applyFault, checkFaultRule, type Fault, type FaultRule, Faults } from './faults.js'
import { agree, decline, expire } from './handlers/presign.js'
import { createMerchant, type Merchant, type MerchantOptions, Platform, type SimulatorMode } from './keys.js'
import { copiesOf, type Delivery, Notifier } from './notifier.js'
import { listen, serve } from './server.js'
import { type Contract, Contracts } from './state/contracts.js'
import { type Session, Sessions } from './state/sessions.js'
import type { World } from './state/world.js'

export interface SimulatorOptions {
  port?: number
  host?: string
  /** Which keys WeChat Pay signs with: a public key (`PUB_KEY_ID_…`), platform certificates, or both. */
  mode?: SimulatorMode
  /** Time source; pass a `ManualClock` to run sessions and retries in simulated time. */
  clock?: SimulatorClock
  /** Merchants to serve; one is created when absent. */
  merchants?: MerchantOptions[]
  /** `WECHATPAY/SIGNTEST/` probe deliveries sent before each real notification (default 0). */
  probes?: number
  /** Event types of the password-exempt callbacks, undocumented upstream (spec §6.6). */
  passwordExemptEvents?: { sign?: string; terminate?: string }
  /** Copies of each notification attempt posted at once, as a resend reaching two instances (default 1). */
  duplicateDeliveries?: number
  /** Time the 5 s answer deadline on `clock`, so that a ManualClock times slow webhooks out (default: real time). */
  clockTimeouts?: boolean
  /** Called with each notification delivery attempt as it is logged. */
  onDelivery?: (delivery: Delivery) => void
  /** Delivery attempts kept in `deliveries` and `GET /simulator/deliveries`, the latest (default 10,000). */
  deliveryLogLimit?: number
  /** How long a pre-sign session is kept after it expires (default 1 hour); how it ended is remembered longer. */
  sessionRetentionMs?: number
  /** Faults set from the start: the next answers of matching requests fail as told (see `addFault`). */
  faults?: FaultRule[]
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
  readonly #faults: Faults

  /** Use `createSimulator()`: it starts the server this simulator then serves. */
  constructor(server: Server, url: string, options: SimulatorOptions = {}) {
    this.#server = server
    this.url = url
    this.clock = options.clock ?? systemClock
    const clock = this.clock
    this.platform = new Platform(options.mode ?? 'publicKey', () => clock.now())
    this.mode = this.platform.mode
    const notifier = new Notifier({
      clock,
      probes: options.probes,
      duplicates: options.duplicateDeliveries,
      clockTimeouts: options.clockTimeouts,
      onDelivery: options.onDelivery,
      logLimit: options.deliveryLogLimit,
    })
    this.#notifier = notifier
    const platform = this.platform
    this.#world = {
      url,
      clock,
      platform,
      merchants: new Map<string, Merchant>(),
      sessions: new Sessions(() => clock.now(), options.sessionRetentionMs),
      contracts: new Contracts(),
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
        }),
    }
    for (const merchant of options.merchants ?? [{}]) this.addMerchant(merchant)
    const world = this.#world
    const faults = new Faults(options.faults)
    this.#faults = faults
    const side = { deliveries: () => notifier.deliveries, faults }
    serve(server, {
      api: (request, response, key, params) => {
        this.#requestCounts.set(key, (this.#requestCounts.get(key) ?? 0) + 1)
        const fault = faults.take(request.method!, request.url!.split('?')[0])
        if (!fault) return serveApi(world, request, response, key, params)
        const run = (body?: Promise<Buffer>) => runApi(world, request, key, params, body)
        const signer = platform.signer(header(request, 'wechatpay-serial'))
        return applyFault(faults, fault, { request, response, run, signer, nowSeconds: unixSeconds(clock) })
      },
      control: (request, response, name, params) => serveControl(world, side, request, response, name, params),
      signer: () => platform.signer(undefined),
      nowSeconds: () => unixSeconds(clock),
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

  /** Waits for the notification deliveries in flight. */
  flush(): Promise<void> {
    return this.#notifier.flush()
  }

  async close(): Promise<void> {
    this.#faults.close()
    this.#notifier.close()
    await this.#notifier.flush()
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}

/** Throws a RangeError for an option out of its range. */
function checkOptions(options: SimulatorOptions): void {
  copiesOf(options.duplicateDeliveries)
  for (const rule of options.faults ?? []) checkFaultRule(rule)
  for (const name of ['deliveryLogLimit', 'sessionRetentionMs'] as const) {
    const value = options[name]
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw new RangeError(`${name}: ${value} is not a whole number, 0 or more`)
    }
  }
}

function credentials(merchant: Merchant): MerchantCredentials {
  const { mchid, serial, privateKey, appid, apiV3Key } = merchant
  return { mchid, serial, privateKey, appid, apiV3Key }
}

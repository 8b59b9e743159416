// The simulator's options and what a client takes of it, checked before a port is taken.
import type { SimulatorClock } from './clock.js'
import { checkFaultRule, type FaultRule } from './faults.js'
import type { Merchant, MerchantOptions, SimulatorMode } from './keys.js'
import type { LogSink } from './log.js'
import { copiesOf, type Delivery } from './notifier.js'
import type { SimulatorState } from './state/snapshot.js'
import { readState, StateFileError } from './state/store.js'
import { Wallet, type WalletOptions } from './state/wallet.js'

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
  /** Delivery attempts kept in `deliveries` and `GET /simulator/deliveries`, the latest (default 10,000). */
  deliveryLogLimit?: number
  /** How long a pre-sign session is kept after it expires (default 1 hour); how it ended is remembered longer. */
  sessionRetentionMs?: number
  /** Faults set from the start: the next answers of matching requests fail as told (see `addFault`). */
  faults?: FaultRule[]
  /**
   * A file that keeps the simulator's state across restarts: keys, merchants, sessions, contracts,
   * deductions, the wallet, faults, notifications and the delivery log. Read at start (a file that is
   * not a simulator state is refused, and left as it is), written shortly after each change and on close.
   */
  stateFile?: string
  /** Told one line per request and per delivery attempt (`line => console.log(line)`); nothing by default. */
  log?: LogSink
}

/** What a client needs: `new WechatPay({ ...merchant, certs, apiV3Key, baseURL: url })`. */
export interface MerchantCredentials {
  mchid: string
  serial: string
  privateKey: string
  appid: string
  apiV3Key: string
}

/** Throws a RangeError for an option out of its range. */
export function checkOptions(options: SimulatorOptions): void {
  copiesOf(options.duplicateDeliveries)
  new Wallet(options.wallet) // an unknown failure reason
  for (const rule of options.faults ?? []) checkFaultRule(rule)
  for (const name of ['deliveryLogLimit', 'sessionRetentionMs'] as const) {
    const value = options[name]
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw new RangeError(`${name}: ${value} is not a whole number, 0 or more`)
    }
  }
}

/** The state saved in `options.stateFile`, if any, checked against the options; a StateFileError otherwise. */
export function savedState(options: SimulatorOptions): SimulatorState | undefined {
  const saved = options.stateFile === undefined ? undefined : readState(options.stateFile)
  if (saved && options.mode !== undefined && options.mode !== saved.platform.mode) {
    throw new StateFileError(
      `${options.stateFile} holds a simulator in ${saved.platform.mode} mode, not ${options.mode}: ` +
        `ask for ${saved.platform.mode} mode (or none), or start afresh (wxpay simulator --fresh)`,
    )
  }
  return saved
}

export function credentials(merchant: Merchant): MerchantCredentials {
  const { mchid, serial, privateKey, appid, apiV3Key } = merchant
  return { mchid, serial, privateKey, appid, apiV3Key }
}

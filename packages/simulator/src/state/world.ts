// Everything the simulated WeChat Pay side holds, passed to the API handlers and the control API.
import type { ContractFamily } from '@wxpay/sdk/protocol'
import type { SimulatorClock } from '../clock.js'
import type { Merchant, Platform } from '../keys.js'
import type { Contracts } from './contracts.js'
import type { Deductions } from './deductions.js'
import type { Sessions } from './sessions.js'
import type { Wallet } from './wallet.js'

export interface World {
  /** The simulator's base URL, for the signing pages it links to. */
  readonly url: string
  /** Business time: sessions, windows, deductions (`now()`); signatures read the wire time. */
  readonly clock: SimulatorClock
  readonly platform: Platform
  readonly merchants: Map<string, Merchant>
  readonly sessions: Sessions
  readonly contracts: Contracts
  readonly deductions: Deductions
  readonly wallet: Wallet
  /** The event types of each contract family's sign and terminate callbacks. */
  readonly events: Record<ContractFamily, { sign: string; terminate: string }>
  /** Sends a notification to the merchant, signed by the platform and encrypted with its APIv3 key. */
  notify(merchant: Merchant, url: string, eventType: string, resource: object): void
  /** Runs `task` at `time` (epoch ms, business time); dropped when the simulator closes. */
  at(time: number, task: () => unknown): void
}

// The simulator's state as one versioned document, and back: keys (as PEM), merchants, sessions,
// contracts with their periods and schedules, deductions, the wallet's switches, faults, the
// notifications waiting for a retry and the delivery log. What the pre-sign requests held encrypted
// (a real name, an ID number) is never written: the simulator needs it no more once decrypted.
import {
  type EndpointDefinition,
  type EndpointKey,
  encryptedFieldsOf,
  endpoints,
  findPresent,
  replaceAt,
} from '@wxpay/sdk/protocol'
import type { FaultsState } from '../faults.js'
import { type PlatformState, restoreMerchant, type SavedMerchant, saveMerchant } from '../keys.js'
import type { NotifierState } from '../notifier.js'
import type { Contract } from './contracts.js'
import type { Deduction } from './deductions.js'
import type { SessionsState } from './sessions.js'
import type { WalletState } from './wallet.js'
import type { World } from './world.js'

export const STATE_FORMAT = 'wxpay-simulator-state'
export const STATE_VERSION = 1
/** What stands in a saved request for a field that was encrypted on the wire. */
export const WITHHELD = '<withheld>'

/** Everything a simulator needs to start again where it stopped. */
export interface SimulatorState {
  format: typeof STATE_FORMAT
  version: typeof STATE_VERSION
  /** RFC 3339, real time. */
  savedAt: string
  /** How far business time ran ahead of real time, for a simulator on its own (offset) clock. */
  clockOffsetMs?: number
  platform: PlatformState
  merchants: SavedMerchant[]
  sessions: SessionsState
  contracts: Contract[]
  deductions: Deduction[]
  wallet: WalletState
  faults: FaultsState
  notifier: NotifierState
}

/** What the simulator holds beside the World. */
export interface OtherParts {
  faults: FaultsState
  notifier: NotifierState
  clockOffsetMs?: number
}

const ENCRYPTED = [
  ...new Set(Object.values(endpoints as Record<string, EndpointDefinition>).flatMap((e) => encryptedFieldsOf(e))),
]

/** The request with each field that was encrypted on the wire replaced by WITHHELD. */
export const withoutEncrypted = <T extends Record<string, any>>(request: T): T =>
  replaceAt(request, findPresent(request, ENCRYPTED), () => WITHHELD)

export function snapshot(world: World, parts: OtherParts): SimulatorState {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: new Date().toISOString(),
    ...(parts.clockOffsetMs === undefined ? {} : { clockOffsetMs: parts.clockOffsetMs }),
    platform: world.platform.snapshot(),
    merchants: [...world.merchants.values()].map(saveMerchant),
    sessions: world.sessions.snapshot((session) => withoutEncrypted(session.request)),
    contracts: world.contracts.all().map((contract) => ({ ...contract, request: withoutEncrypted(contract.request) })),
    deductions: world.deductions
      .all()
      .map((deduction) => ({ ...deduction, request: withoutEncrypted(deduction.request) })),
    wallet: world.wallet.snapshot(),
    faults: parts.faults,
    notifier: parts.notifier,
  }
}

const endpointOf = (key: string): EndpointDefinition => {
  const endpoint = (endpoints as Record<string, EndpointDefinition>)[key as EndpointKey]
  if (!endpoint) throw new Error(`a session names the endpoint ${key}, which the catalog does not have`)
  return endpoint
}

/**
 * Fills a new World (whose platform was made from `state.platform`) with the saved merchants,
 * sessions, contracts, deductions and wallet.
 */
export function restore(world: World, state: SimulatorState): void {
  for (const saved of state.merchants) world.merchants.set(saved.mchid, restoreMerchant(saved))
  world.sessions.restore(state.sessions, endpointOf)
  for (const contract of state.contracts) world.contracts.add(contract)
  for (const deduction of state.deductions) world.deductions.add(deduction)
  world.wallet.restore(state.wallet)
}

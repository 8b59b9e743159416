// One authenticated, validated, decrypted API call as the handlers see it, and the checks they
// share: the caller's contract by contract_id, a daily Beijing window, an amount that must match.
import type { ContractFamily, EndpointDefinition } from '@wxpay/sdk/protocol'
import { beijingClock, type DailyWindow, describeWindow, inDailyWindow } from '../beijing.js'
import type { Merchant } from '../keys.js'
import { type RefusalName, refuse } from '../refusals.js'
import type { Contract } from '../state/contracts.js'
import type { World } from '../state/world.js'

export interface Call {
  world: World
  endpoint: EndpointDefinition
  /** The caller: a direct merchant, or the service provider (sp_mchid). */
  merchant: Merchant
  /** Path and query parameters. */
  params: Record<string, string>
  body: any
}

/** What an endpoint does: the 200 body, or undefined for a 204. */
export type Handler = (call: Call) => unknown

/**
 * The caller's contract named by contract_id (path, else body), of one of `families`; a service
 * provider's only for the sub_mchid it names. Anything else is not found, as for a stranger.
 */
export function ownContract(call: Call, families: readonly ContractFamily[]): Contract {
  const id: string = call.params.contract_id ?? call.body?.contract_id
  const contract = call.world.contracts.byId(id)
  const subMchid = call.body?.sub_mchid ?? call.params.sub_mchid
  const plan = call.params.plan_id
  const mine =
    contract &&
    contract.mchid === call.merchant.mchid &&
    families.includes(contract.family) &&
    (contract.family !== 'papay-partner' || contract.sub_mchid === subMchid) &&
    (plan === undefined || contract.plan === Number(plan))
  if (!mine) refuse('contractNotFound', `merchant ${call.merchant.mchid} has no such contract ${id}`)
  return contract!
}

/** Refuses a contract that is not in force (SIGNED; an insurance contract TO_BE_RENEWED is SIGNED too). */
export function requireSigned(contract: Contract): Contract {
  if (contract.contract_state !== 'SIGNED') {
    refuse('contractNotSigned', `contract ${contract.contract_id} is ${contract.contract_state}`)
  }
  return contract
}

/** The caller's contract, which must be in force. */
export const signedContract = (call: Call, families: readonly ContractFamily[]): Contract =>
  requireSigned(ownContract(call, families))

export const nowOf = (call: Call) => call.world.clock.now()

/** Refuses unless `now` falls in the daily Beijing window. */
export function requireWindow(now: number, window: DailyWindow, name: RefusalName): void {
  if (!inDailyWindow(now, window)) {
    refuse(name, `it is ${beijingClock(now)} Beijing time, outside ${describeWindow(window)}`)
  }
}

/** Refuses with PARAM_ERROR at `pointer` unless the amount given is the amount expected. */
export function requireAmount(name: RefusalName, expected: number, given: number, pointer: string): void {
  if (given !== expected) {
    refuse(name, `${pointer} is ${given} fen; it must be ${expected}`, { pointer, value: given })
  }
}

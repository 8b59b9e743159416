// Contract query and terminate (spec §5.6), and how any contract ends: by the merchant's terminate
// API (MCH_API_TERMINATE), the simulated user (USER_TERMINATE, user.ts) or the system after a
// scheduled deduction (SYSTEM_TERMINATE, scheduled.ts); each sends the family's terminate event.
import type { ContractFamily } from '@wxpay/sdk/protocol'
import { refuse } from '../refusals.js'
import { type Contract, codeKey, contractLookup, type TerminationMode } from '../state/contracts.js'
import { contractView, harmonyView } from '../state/views.js'
import type { World } from '../state/world.js'
import { type Call, requireSigned } from './call.js'

const HARMONY_QUERY = '/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}'

/** The caller's contract by template (or service) and code, as the query and terminate paths name it. */
export function contractByCode(call: Call, family: ContractFamily): Contract {
  const lookup = contractLookup(family, call.params, call.body)
  const contract = call.world.contracts.get(codeKey(family, call.merchant.mchid, lookup.subMchid, lookup.code))
  if (!contract || contract.family !== family || contract.plan !== lookup.plan) {
    refuse('contractNotFound', `merchant ${call.merchant.mchid} has no contract with out_contract_code ${lookup.code}`)
  }
  return contract!
}

export function queryOrTerminate(call: Call): object {
  const contract = contractByCode(call, call.endpoint.simulator!.contract!.family)
  const now = call.world.clock.now()
  if (call.endpoint.simulator!.contract!.action === 'query') {
    return call.endpoint.path === HARMONY_QUERY ? harmonyView(contract, now) : contractView(contract, now)
  }
  requireSigned(contract)
  const view = endContract(call.world, contract, 'MCH_API_TERMINATE', call.body.contract_termination_remark)
  if (contract.family === 'password-exempt') {
    return {
      mchid: contract.mchid,
      ...(call.endpoint.response?.fields.sub_mchid ? { sub_mchid: contract.sub_mchid } : {}),
      service_id: contract.plan,
      out_contract_code: contract.out_contract_code,
    }
  }
  return view
}

/** Ends a signed contract and notifies the family's terminate event; returns the contract's view. */
export function endContract(world: World, contract: Contract, mode: TerminationMode, remark?: string): object {
  contract.contract_state = 'TERMINATED'
  contract.terminatedAt = world.clock.now()
  contract.terminationMode = mode
  if (remark) contract.terminationRemark = remark
  const view = contractView(contract, contract.terminatedAt)
  // The real terminate URL is set in the template; the simulator uses the sign URL.
  const merchant = world.merchants.get(contract.mchid)!
  world.notify(merchant, contract.notifyUrl, world.events[contract.family].terminate, view)
  return view
}

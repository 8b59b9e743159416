// Contract query and terminate (spec §5.6): found by the caller's merchant id and the code, in the
// endpoint's family; a terminated contract notifies its family's terminate event.
import type { EndpointDefinition } from '@wxpay/sdk/protocol'
import { ApiError, notImplemented } from '../http.js'
import type { Merchant } from '../keys.js'
import { type Contract, codeKey, contractLookup, contractView, servesFamily } from '../state/contracts.js'
import type { World } from '../state/world.js'

export function queryOrTerminate(
  world: World,
  endpoint: EndpointDefinition,
  merchant: Merchant,
  params: Record<string, string>,
  body: any,
): object {
  const { family, action } = endpoint.simulator!.contract!
  if (!servesFamily(family) || !world.events[family]) notImplemented(endpoint)
  const lookup = contractLookup(family, params, body)
  const contract = world.contracts.get(codeKey(merchant.mchid, lookup.subMchid, lookup.code))
  if (!contract || contract.family !== family || contract.plan !== lookup.plan) {
    throw new ApiError(404, 'RESOURCE_NOT_EXISTS', '签约协议不存在 (no signed contract with this code)')
  }
  if (action === 'query') return contractView(contract)
  return terminate(world, merchant, contract, body.contract_termination_remark)
}

function terminate(world: World, merchant: Merchant, contract: Contract, remark: string): object {
  if (contract.contract_state !== 'SIGNED') {
    throw new ApiError(
      400,
      'INVALID_REQUEST',
      `the contract is ${contract.contract_state}; only a signed contract can be terminated`,
    )
  }
  contract.contract_state = 'TERMINATED'
  contract.terminatedAt = world.clock.now()
  contract.terminationMode = 'MCH_API_TERMINATE'
  contract.terminationRemark = remark
  const view = contractView(contract)
  // The real terminate URL is set in the template; the simulator uses the sign URL.
  world.notify(merchant, contract.notifyUrl, world.events[contract.family]!.terminate, view)
  if (contract.family === 'password-exempt') {
    return { mchid: contract.mchid, service_id: contract.plan, out_contract_code: contract.out_contract_code }
  }
  return view
}

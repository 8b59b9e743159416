// The simulated user: agrees to a pre-sign (a contract, its notification, and for insurance
// sign-and-pay the first payment, paid or not by the wallet), declines, lets it lapse, terminates a
// contract in WeChat, or starts a termination that WeChat Pay asks the merchant about
// (ENTRUST.TERMINATE_RETENTION, ENTRUST.TERMINATE_INQUIRY, spec §6.5).
import { beijingTime } from '@wxpay/sdk/protocol'
import { ApiError } from '../http.js'
import { refuse } from '../refusals.js'
import { type Contract, newContractId, signerOpenid } from '../state/contracts.js'
import { planOf } from '../state/policy-periods.js'
import { deductScheduleOf } from '../state/schedules.js'
import { type Session, templateOf } from '../state/sessions.js'
import { contractView } from '../state/views.js'
import type { World } from '../state/world.js'
import { requireSigned } from './call.js'
import { endContract } from './contracts.js'
import { charge, newDeduction, transactionResource } from './deduct.js'

const CONTRACT_YEARS = 5

/** A session by pre_entrustweb_id or out_contract_code, that the user can still act on. */
function pending(world: World, id: string): Session {
  const session = world.sessions.find(id)
  // A session dropped some time after it ended is still known by how it ended.
  const known = session ? world.sessions.refresh(session) : world.sessions.ended(id)
  if (!known) throw new ApiError(404, 'RESOURCE_NOT_EXISTS', `no pre-sign session ${id}`)
  if (!session || known.state !== 'pending')
    throw new ApiError(409, 'INVALID_REQUEST', `the pre-sign session ${known.pre_entrustweb_id} is ${known.state}`)
  return session
}

function newContract(world: World, session: Session): Contract {
  const now = world.clock.now()
  const request = session.request
  return {
    contract_id: newContractId(),
    family: session.family,
    mchid: session.mchid,
    ...(request.sub_mchid ? { sub_mchid: request.sub_mchid } : {}),
    plan: templateOf(session),
    out_contract_code: request.out_contract_code,
    contract_state: 'SIGNED',
    signedAt: now,
    expiresAt: request.policy_end_date
      ? Date.parse(`${request.policy_end_date}T23:59:59+08:00`)
      : now + CONTRACT_YEARS * 365 * 86_400_000,
    request,
    notifyUrl: request[session.endpoint.simulator!.presign!.notifyUrlField],
    openid: signerOpenid(request),
    ...(session.family === 'insurance' ? { insurance: planOf(request) } : {}),
    ...(request.deduct_schedule ? { schedule: deductScheduleOf(request) } : {}),
  }
}

/**
 * The simulated user agrees: the contract is signed and the sign notification sent. An insurance
 * sign-and-pay charges the first period at once: paid, it notifies TRANSACTION.SUCCESS too; unpaid,
 * the contract is SIGN_FAILED and nothing is sent (spec §4.1 rules 2–3).
 */
export function agree(world: World, id: string): Contract {
  const session = pending(world, id)
  const contract = newContract(world, session)
  session.state = 'agreed'
  session.contract_id = contract.contract_id
  world.contracts.add(contract)
  const merchant = world.merchants.get(contract.mchid)!
  const firstPayment = contract.insurance && contract.request.out_trade_no ? payFirstPeriod(world, contract) : undefined
  if (contract.contract_state !== 'SIGNED') return contract
  world.notify(
    merchant,
    contract.notifyUrl,
    world.events[contract.family].sign,
    contractView(contract, contract.signedAt),
  )
  if (firstPayment) {
    world.notify(merchant, contract.request.transaction_notify_url, 'TRANSACTION.SUCCESS', firstPayment)
  }
  return contract
}

/** Sign-and-pay: the first period is paid as the contract is signed, or the signing fails. */
function payFirstPeriod(world: World, contract: Contract): object | undefined {
  const request = contract.request
  const deduction = newDeduction(
    world,
    contract,
    request,
    request.amount.total,
    contract.insurance!.periods[0].policy_period_id,
  )
  world.deductions.add(deduction)
  if (!charge(world, contract, deduction)) {
    contract.contract_state = 'SIGN_FAILED'
    return undefined
  }
  contract.insurance!.periods[0].paid = { at: deduction.settledAt!, amount: deduction.amount }
  return transactionResource(contract, deduction)
}

/** The simulated user declines: nothing is signed and nothing is sent. */
export function decline(world: World, id: string): Session {
  const session = pending(world, id)
  session.state = 'declined'
  return session
}

/** The simulated user lets the session lapse: nothing is sent. */
export function expire(world: World, id: string): Session {
  const session = pending(world, id)
  session.expiresAt = world.clock.now()
  session.state = 'expired'
  return session
}

function signedById(world: World, contractId: string): Contract {
  const contract = world.contracts.byId(contractId)
  if (!contract) refuse('contractNotFound', `no contract ${contractId}`)
  return requireSigned(contract!)
}

/** The simulated user terminates a contract in WeChat (USER_TERMINATE). */
export function terminateAsUser(world: World, contractId: string): object {
  const contract = signedById(world, contractId)
  return endContract(world, contract, 'USER_TERMINATE', '用户解约 (the simulated user terminated the contract)')
}

export type TerminationQuestion = 'ENTRUST.TERMINATE_RETENTION' | 'ENTRUST.TERMINATE_INQUIRY'

/**
 * The user starts closing an entrusted (papay) contract: WeChat Pay asks the merchant for retention
 * offers or whether the contract may end (HarmonyOS). The contract stays as it is.
 */
export function askAboutTermination(world: World, contractId: string, event: TerminationQuestion): string {
  const contract = signedById(world, contractId)
  if (contract.family !== 'papay' && contract.family !== 'papay-partner') {
    throw new ApiError(400, 'INVALID_REQUEST', `${event} concerns papay contracts; ${contractId} is ${contract.family}`)
  }
  const request = contract.request
  const about = {
    mchid: contract.mchid,
    appid: request.appid ?? request.sp_appid,
    openid: contract.openid,
    plan_id: contract.plan,
    out_contract_code: contract.out_contract_code,
    contract_id: contract.contract_id,
  }
  const resource =
    event === 'ENTRUST.TERMINATE_RETENTION'
      ? about
      : {
          ...about,
          out_user_code: request.out_user_code ?? contract.openid,
          contract_display_account: request.contract_display_account,
          contract_state: contract.contract_state,
          contract_signed_time: beijingTime(contract.signedAt),
        }
  const merchant = world.merchants.get(contract.mchid)!
  world.notify(merchant, contract.notifyUrl, event, resource)
  return event
}

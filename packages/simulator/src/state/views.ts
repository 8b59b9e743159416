// How a contract looks in the query responses and notifications of its family (spec §5.6, §6.1,
// §6.2, §6.6), at a given time: an insurance plan that has run its course shows TO_BE_RENEWED, a
// scheduled deduction its schedule state.
import { beijingTime, type ContractFamily } from '@wxpay/sdk/protocol'
import type { Contract } from './contracts.js'
import { planFinished } from './policy-periods.js'
import { deductScheduleView } from './schedules.js'

const optional = (name: string, value: unknown) => (value ? { [name]: value } : {})

/** The state the APIs show: SIGNED, TERMINATED, SIGN_FAILED, or TO_BE_RENEWED (derived). */
export function displayedState(contract: Contract, now: number): string {
  const plan = contract.insurance
  if (contract.contract_state === 'SIGNED' && plan?.renewable && planFinished(plan, now)) return 'TO_BE_RENEWED'
  return contract.contract_state
}

const common = (contract: Contract, now: number) => ({
  contract_id: contract.contract_id,
  out_contract_code: contract.out_contract_code,
  contract_state: displayedState(contract, now),
  contract_signed_time: beijingTime(contract.signedAt),
  ...(contract.contract_state === 'TERMINATED'
    ? {
        contract_terminate_info: {
          contract_termination_mode: contract.terminationMode!,
          contract_terminated_time: beijingTime(contract.terminatedAt!),
          ...optional('contract_termination_remark', contract.terminationRemark),
        },
      }
    : {}),
})

const expiry = (contract: Contract) => ({ contract_expired_time: beijingTime(contract.expiresAt) })

type View = (contract: Contract, request: Record<string, any>, now: number) => object

const familyView: Record<ContractFamily, View> = {
  insurance: (contract, request) => ({
    mchid: contract.mchid,
    appid: request.appid,
    plan_id: contract.plan,
    // Not returned for a contract whose signing failed (spec §5.6).
    ...(contract.contract_state === 'SIGN_FAILED' ? {} : { insured_display_name: request.insured_display_name }),
    openid: contract.openid,
    ...expiry(contract),
    ...optional('out_user_code', request.out_user_code),
  }),
  papay: (contract, request, now) => ({
    mchid: contract.mchid,
    appid: request.appid,
    plan_id: contract.plan,
    contract_display_account: request.contract_display_account,
    openid: contract.openid,
    ...expiry(contract),
    ...optional('out_user_code', request.out_user_code),
    ...optional('deduct_schedule', contract.schedule && deductScheduleView(contract.schedule, now)),
  }),
  'papay-partner': (contract, request, now) => ({
    sp_mchid: contract.mchid,
    sp_appid: request.sp_appid,
    sub_mchid: contract.sub_mchid,
    ...optional('sub_appid', request.sub_appid),
    plan_id: contract.plan,
    contract_display_account: request.contract_display_account,
    sp_openid: contract.openid,
    ...optional('sub_openid', request.sub_openid),
    ...expiry(contract),
    ...optional('out_user_code', request.out_user_code),
    ...optional('deduct_schedule', contract.schedule && deductScheduleView(contract.schedule, now)),
  }),
  'password-exempt': (contract, request) => ({
    mchid: contract.mchid,
    appid: request.appid ?? request.sp_appid,
    openid: contract.openid,
    ...optional('sub_appid', request.sub_appid),
    ...optional('sub_openid', request.sub_openid),
    service_id: contract.plan,
    contract_display_account: request.contract_display_account,
  }),
}

/** The contract as the family's query API returns it at `now`; the sign and terminate notifications carry the same object. */
export function contractView(contract: Contract, now: number): Record<string, unknown> {
  return { ...familyView[contract.family](contract, contract.request, now), ...common(contract, now) }
}

/** The HarmonyOS query's answer: the papay contract without a schedule (spec §5.6 #24). */
export function harmonyView(contract: Contract, now: number): Record<string, unknown> {
  const { deduct_schedule: _, ...view } = contractView(contract, now)
  return view
}

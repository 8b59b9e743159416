// Contracts: what a signed session becomes, stored by the merchant's code key, and how a contract
// looks in the query responses and notifications of its family (spec §5.6, §6.1, §6.2, §6.6).
import { createHash, randomBytes } from 'node:crypto'
import { beijingTime, type ContractFamily } from '@wxpay/sdk/protocol'
import type { Session } from './sessions.js'

export interface Contract {
  contract_id: string
  family: ContractFamily
  mchid: string
  sub_mchid?: string
  /** plan_id, or service_id for password-exempt contracts. */
  plan: number
  out_contract_code: string
  contract_state: 'SIGNED' | 'TERMINATED'
  signedAt: number
  expiresAt: number
  terminatedAt?: number
  terminationMode?: string
  terminationRemark?: string
  request: Record<string, any>
  notifyUrl: string
}

export const newContractId = () => `2026${randomBytes(14).toString('hex').toUpperCase()}`.slice(0, 32)

/** Where a contract code is unique: per merchant (and sub-merchant for partners). */
export const codeKey = (mchid: string, subMchid: string | undefined, code: string) =>
  `${mchid}|${subMchid ?? ''}|${code}`

/** Contracts by code key: a code, once used, stays taken whatever becomes of its contract. */
export class Contracts {
  readonly #byKey = new Map<string, Contract>()

  add(contract: Contract): void {
    this.#byKey.set(codeKey(contract.mchid, contract.sub_mchid, contract.out_contract_code), contract)
  }

  get(key: string): Contract | undefined {
    return this.#byKey.get(key)
  }

  has(key: string): boolean {
    return this.#byKey.has(key)
  }

  all(): Contract[] {
    return [...this.#byKey.values()]
  }
}

/** A stable openid for a user who was named only by another appid's openid. */
const derivedOpenid = (seed: string) => `o${createHash('sha256').update(seed).digest('base64url').slice(0, 27)}`

const optional = (name: string, value: unknown) => (value ? { [name]: value } : {})

const common = (contract: Contract) => ({
  contract_id: contract.contract_id,
  out_contract_code: contract.out_contract_code,
  contract_state: contract.contract_state,
  contract_signed_time: beijingTime(contract.signedAt),
  ...(contract.contract_state === 'TERMINATED'
    ? {
        contract_terminate_info: {
          contract_termination_mode: contract.terminationMode!,
          contract_terminated_time: beijingTime(contract.terminatedAt!),
          contract_termination_remark: contract.terminationRemark,
        },
      }
    : {}),
})

/** A scheduled-deduct template's deduct_schedule, not yet scheduled (spec §6.1). */
const deductSchedule = (request: Record<string, any>) =>
  optional(
    'deduct_schedule',
    request.deduct_schedule && {
      estimated_deduct_date: request.deduct_schedule.estimated_deduct_date,
      estimated_deduct_amount: request.deduct_schedule.estimated_deduct_amount,
      schedule_state: 'NO_SCHEDULED',
    },
  )

type View = (contract: Contract, request: Record<string, any>) => object

const papayPartnerView: View = (contract, request) => ({
  sp_mchid: contract.mchid,
  sp_appid: request.sp_appid,
  sub_mchid: contract.sub_mchid,
  ...optional('sub_appid', request.sub_appid),
  plan_id: contract.plan,
  contract_display_account: request.contract_display_account,
  sp_openid: request.sp_openid ?? derivedOpenid(`${request.sp_appid}|${request.sub_openid}`),
  ...optional('sub_openid', request.sub_openid),
  contract_expired_time: beijingTime(contract.expiresAt),
  ...optional('out_user_code', request.out_user_code),
  ...deductSchedule(request),
})

const familyView: Record<ContractFamily, View> = {
  insurance: (contract, request) => ({
    mchid: contract.mchid,
    appid: request.appid,
    plan_id: contract.plan,
    insured_display_name: request.insured_display_name,
    openid: request.openid,
    contract_expired_time: beijingTime(contract.expiresAt),
    ...optional('out_user_code', request.out_user_code),
  }),
  papay: (contract, request) => ({
    mchid: contract.mchid,
    appid: request.appid,
    openid: request.openid,
    plan_id: contract.plan,
    contract_display_account: request.contract_display_account,
    contract_expired_time: beijingTime(contract.expiresAt),
    ...optional('out_user_code', request.out_user_code),
    ...deductSchedule(request),
  }),
  'papay-partner': papayPartnerView,
  // The family's former name, until the catalog's endpoints use 'papay-partner'.
  'scheduled-deduct-partner': papayPartnerView,
  'password-exempt': (contract, request) => ({
    mchid: contract.mchid,
    appid: request.appid,
    openid: request.openid,
    service_id: contract.plan,
    contract_display_account: request.contract_display_account,
  }),
}

/** The contract as the family's query API returns it; the sign and terminate notifications carry the same object. */
export function contractView(contract: Contract): Record<string, unknown> {
  return { ...familyView[contract.family](contract, contract.request), ...common(contract) }
}

/** The path and query parameters that find a contract of the family, beside the caller's mchid. */
export function contractLookup(
  family: ContractFamily,
  params: Record<string, string>,
  body: Record<string, any> | undefined,
) {
  return {
    plan: Number(family === 'password-exempt' ? params.service_id : params.plan_id),
    code: params.out_contract_code,
    subMchid:
      family === 'papay-partner' || family === 'scheduled-deduct-partner'
        ? (params.sub_mchid ?? body?.sub_mchid)
        : undefined,
  }
}

/** The pre-sign request's plan (template) or password-exempt service id. */
export const planOf = (session: Session): number =>
  Number(session.family === 'password-exempt' ? session.request.service_id : session.request.plan_id)

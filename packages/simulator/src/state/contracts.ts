// Contracts: what a signed session becomes, found by the merchant's code key (the query and
// terminate calls) and by contract_id (scheduling, deduction, notices), with what each product
// keeps beside it: an insurance plan, a scheduled deduction, the latest pre-deduction notice.
import { createHash, randomBytes } from 'node:crypto'
import type { ContractFamily } from '@wxpay/sdk/protocol'
import type { InsurancePlan } from './policy-periods.js'
import type { DeductSchedule } from './schedules.js'

/** The stored state; TO_BE_RENEWED is derived from the plan and the time (views.ts). */
export type ContractState = 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED'

export type TerminationMode = 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'SYSTEM_TERMINATE'

export interface Contract {
  contract_id: string
  family: ContractFamily
  mchid: string
  sub_mchid?: string
  /** plan_id, or service_id for password-exempt contracts. */
  plan: number
  out_contract_code: string
  contract_state: ContractState
  signedAt: number
  expiresAt: number
  terminatedAt?: number
  terminationMode?: TerminationMode
  terminationRemark?: string
  /** The pre-sign request, encrypted fields decrypted. */
  request: Record<string, any>
  notifyUrl: string
  /** The user who signed, by openid under the contract's AppID (sp_appid for service providers). */
  openid: string
  /** Insurance: the periods and what was done to them. */
  insurance?: InsurancePlan
  /** Scheduled deduct (预约扣费): the one planned deduction. */
  schedule?: DeductSchedule
  /** Papay: the latest pre-deduction notice (spec §5.10). */
  notice?: { at: number; amount: number }
}

export const newContractId = () => `2026${randomBytes(14).toString('hex').toUpperCase()}`.slice(0, 32)

/**
 * Where a contract code is unique: per merchant and, for service providers' papay, sub-merchant.
 * Password-exempt contracts are found by the caller's mchid and code alone (their query names no
 * sub-merchant), so the sub-merchant is not part of their key.
 */
export const codeKey = (family: ContractFamily, mchid: string, subMchid: string | undefined, code: string) =>
  `${mchid}|${family === 'password-exempt' ? '' : (subMchid ?? '')}|${code}`

export const keyOf = (contract: Contract) =>
  codeKey(contract.family, contract.mchid, contract.sub_mchid, contract.out_contract_code)

/** A stable openid for a user whom the pre-sign did not name under the contract's AppID. */
const derivedOpenid = (seed: string) => `o${createHash('sha256').update(seed).digest('base64url').slice(0, 27)}`

/** The signing user's openid under the contract's AppID: given, or derived from what the pre-sign said. */
export function signerOpenid(request: Record<string, any>): string {
  const given = request.openid ?? request.sp_openid
  if (given) return given
  const appid = request.appid ?? request.sp_appid
  return derivedOpenid(`${appid}|${request.sub_openid ?? request.out_user_code ?? request.out_contract_code}`)
}

/** Contracts by code key and by contract_id: a code, once used, stays taken whatever becomes of its contract. */
export class Contracts {
  readonly #byKey = new Map<string, Contract>()
  readonly #byId = new Map<string, Contract>()

  add(contract: Contract): void {
    this.#byKey.set(keyOf(contract), contract)
    this.#byId.set(contract.contract_id, contract)
  }

  get(key: string): Contract | undefined {
    return this.#byKey.get(key)
  }

  has(key: string): boolean {
    return this.#byKey.has(key)
  }

  byId(contractId: string): Contract | undefined {
    return this.#byId.get(contractId)
  }

  all(): Contract[] {
    return [...this.#byKey.values()]
  }
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
    subMchid: family === 'papay-partner' ? (params.sub_mchid ?? body?.sub_mchid) : undefined,
  }
}

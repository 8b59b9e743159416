// Deduction orders: what an apply (or a sign-and-pay) accepted, by the merchant's out_trade_no,
// which is unique per merchant and never reusable (spec §2.3); settled later, successfully or not.
import { randomBytes } from 'node:crypto'
import type { FailureReason } from './wallet.js'

export type DeductionState = 'ACCEPTED' | 'SUCCESS' | 'FAIL'

export interface Deduction {
  out_trade_no: string
  transaction_id: string
  mchid: string
  sub_mchid?: string
  contract_id: string
  /** Fen. */
  amount: number
  /** The apply body: appid or sp_appid and sub_appid, attach, transaction_notify_url. */
  request: Record<string, any>
  acceptedAt: number
  state: DeductionState
  settledAt?: number
  reason?: FailureReason
  /** The insurance period deducted. */
  policy_period_id?: number
  /** Papay: when the pre-deduction notice in force at acceptance was given; a success uses it up. */
  noticeAt?: number
}

/** A WeChat Pay order number: 32 digits. */
export const newTransactionId = () => `4200${Array.from(randomBytes(28), (byte) => byte % 10).join('')}`

const orderKey = (mchid: string, outTradeNo: string) => `${mchid}|${outTradeNo}`

export class Deductions {
  readonly #byKey = new Map<string, Deduction>()
  readonly #byContract = new Map<string, Deduction[]>()

  has(mchid: string, outTradeNo: string): boolean {
    return this.#byKey.has(orderKey(mchid, outTradeNo))
  }

  add(deduction: Deduction): void {
    this.#byKey.set(orderKey(deduction.mchid, deduction.out_trade_no), deduction)
    const ofContract = this.#byContract.get(deduction.contract_id) ?? []
    ofContract.push(deduction)
    this.#byContract.set(deduction.contract_id, ofContract)
  }

  all(): Deduction[] {
    return [...this.#byKey.values()]
  }

  /** A deduction of the contract (and period) still being processed. */
  inFlight(contractId: string, periodId?: number): Deduction | undefined {
    return this.#byContract
      .get(contractId)
      ?.find((d) => d.state === 'ACCEPTED' && d.contract_id === contractId && d.policy_period_id === periodId)
  }
}

// A deduction, for every product: accepted at once (`{ out_trade_no, amount }`), settled shortly
// after on the simulator's clock by the user's wallet, and reported by TRANSACTION.SUCCESS or
// TRANSACTION.FAIL (trade_type PAP) to the transaction_notify_url (spec §5.8 #32, §5.9, §6.3).
import { beijingTime } from '@wxpay/sdk/protocol'
import { refuse } from '../refusals.js'
import type { Contract } from '../state/contracts.js'
import { type Deduction, newTransactionId } from '../state/deductions.js'
import { FAILURE_REASONS } from '../state/wallet.js'
import type { World } from '../state/world.js'

const optional = (name: string, value: unknown) => (value ? { [name]: value } : {})

/** Refuses an out_trade_no the merchant has used before, for any deduction or sign-and-pay (spec §2.3). */
export function requireNewTradeNo(world: World, mchid: string, outTradeNo: string): void {
  if (world.deductions.has(mchid, outTradeNo)) {
    refuse('tradeNoReused', `out_trade_no ${outTradeNo} was used by an earlier order and can never be reused`)
  }
}

export function newDeduction(
  world: World,
  contract: Contract,
  request: Record<string, any>,
  amount: number,
  policy_period_id?: number,
): Deduction {
  return {
    out_trade_no: request.out_trade_no,
    transaction_id: newTransactionId(),
    mchid: contract.mchid,
    ...(contract.sub_mchid ? { sub_mchid: contract.sub_mchid } : {}),
    contract_id: contract.contract_id,
    amount,
    request,
    acceptedAt: world.clock.now(),
    state: 'ACCEPTED',
    ...(policy_period_id !== undefined ? { policy_period_id } : {}),
    ...(contract.notice ? { noticeAt: contract.notice.at } : {}),
  }
}

/** Settles the deduction now as the user's wallet decides; true when it was paid. */
export function charge(world: World, contract: Contract, deduction: Deduction): boolean {
  const reason = world.wallet.charge(contract.contract_id, contract.openid)
  deduction.state = reason ? 'FAIL' : 'SUCCESS'
  deduction.settledAt = world.clock.now()
  if (reason) deduction.reason = reason
  return !reason
}

/** The TRANSACTION.* resource: a PAP order of the direct merchant, or of the service provider's sub-merchant. */
export function transactionResource(contract: Contract, deduction: Deduction): object {
  const request = deduction.request
  const partner = contract.family === 'papay-partner'
  const paid = deduction.state === 'SUCCESS'
  const why = deduction.reason && `${deduction.reason}: ${FAILURE_REASONS[deduction.reason]}`
  return {
    ...(partner
      ? {
          sp_mchid: contract.mchid,
          sp_appid: request.sp_appid,
          sub_mchid: contract.sub_mchid,
          ...optional('sub_appid', request.sub_appid),
        }
      : { appid: request.appid, mchid: contract.mchid }),
    out_trade_no: deduction.out_trade_no,
    transaction_id: deduction.transaction_id,
    trade_type: 'PAP',
    trade_state: paid ? 'SUCCESS' : 'FAIL',
    // The failure's reason under both names the sources use (spec §6.3).
    trade_state_desc: paid ? '支付成功' : why,
    ...(paid
      ? { bank_type: 'OTHERS', success_time: beijingTime(deduction.settledAt!) }
      : { trade_state_description: why }),
    ...optional('attach', request.attach),
    payer: partner
      ? { sp_openid: contract.openid, ...optional('sub_openid', contract.request.sub_openid) }
      : { openid: contract.openid },
    amount: {
      total: deduction.amount,
      payer_total: paid ? deduction.amount : 0,
      currency: 'CNY',
      payer_currency: 'CNY',
    },
  }
}

// 保险委托代扣 (insurance papay): a policy of monthly premiums is signed in the mini-program; the
// first premium is scheduled the day before its date and deducted on the day; the period is PAID.
import { APPID, addDays, type ExampleContext, fresh, OPENID, today } from './context.js'

const PLAN_ID = 12535
const PREMIUM = 1990 // fen: ¥19.90 a month

export async function insurance({ wxpay, control, notifyUrl, notification, log }: ExampleContext) {
  const outContractCode = fresh('POLICY')
  const first = addDays(await today(control), 3)
  const { data: presign } = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
    appid: APPID,
    openid: OPENID,
    plan_id: PLAN_ID,
    out_contract_code: outContractCode,
    insured_display_name: '**明',
    contract_notify_url: notifyUrl,
    policy_start_date: first,
    policy_end_date: addDays(first, 89),
    policy_periods: [0, 1, 2].map((month) => ({
      policy_period_id: month + 1,
      estimated_deduct_date: addDays(first, 30 * month),
      estimated_deduct_amount: { total: PREMIUM, currency: 'CNY' },
    })),
  })
  log(`pre-sign: navigate to ${presign.redirect_appid} ${presign.redirect_path}`)
  await control.agree(presign.pre_entrustweb_id) // the user signs in WeChat Pay's mini-program
  const signed = await notification(outContractCode, 'INSURANCE_ENTRUST.SIGN')
  const contractId = String((signed.resource as { contract_id: string }).contract_id)
  log(`signed: contract ${contractId}`)

  const period = { contract_id: contractId, policy_period_id: 1 }
  const policyPeriod =
    wxpay.v3.papay.insurancePay.policyPeriods.contractId.$contract_id$.policyPeriodId.$policy_period_id$
  await control.setClock(`${addDays(first, -1)}T10:00:00+08:00`) // the day before, in the schedule window
  await policyPeriod.schedule.post({ appid: APPID, scheduled_amount: { total: PREMIUM } }, { params: period })
  await control.setClock(`${first}T09:00:00+08:00`) // the deduction day, in [08:00, 20:00)
  const outTradeNo = fresh('PREM')
  await wxpay.v3.papay.insurancePay.transactions.apply.post({
    appid: APPID,
    out_trade_no: outTradeNo,
    description: '保费 第1期',
    transaction_notify_url: notifyUrl,
    contract_id: contractId,
    policy_period_id: 1,
    amount: { total: PREMIUM },
  })
  await control.advance(1000) // the deduction settles
  const paid = await notification(outTradeNo, 'TRANSACTION.SUCCESS')
  const { data } = await policyPeriod.get({ params: period })
  log(`premium 1: ${paid.event_type}, period ${data.policy_period_state}`)
  return {
    contractId,
    periodState: data.policy_period_state,
    tradeType: (paid.resource as { trade_type: string }).trade_type,
  }
}

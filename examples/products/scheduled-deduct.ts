// 预约扣费 (scheduled deduct): a contract for one planned deduction, signed directly by a merchant
// and by a service provider for its sub-merchant; scheduled on the natural day before the date, paid
// on the day, after which WeChat Pay ends the contract (SYSTEM_TERMINATE, ENTRUST.TERMINATE).
import { APPID, addDays, type ExampleContext, fresh, OPENID, today } from './context.js'

const FEE = 2500 // fen

/** A direct merchant's scheduled deduction, start to end. */
export async function scheduledDeduct({ wxpay, control, notifyUrl, notification, log }: ExampleContext) {
  const outContractCode = fresh('SCHD')
  const date = addDays(await today(control), 5)
  const { data } = await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.miniProgram.post({
    appid: APPID,
    openid: OPENID,
    plan_id: 7001,
    out_contract_code: outContractCode,
    contract_display_account: '会员 7001',
    contract_notify_url: notifyUrl,
    deduct_schedule: { estimated_deduct_date: date, estimated_deduct_amount: { total: FEE }, description: '年度会员' },
  })
  await control.agree(data.pre_entrustweb_id)
  const signed = await notification(outContractCode, 'ENTRUST.SIGN')
  const contractId = String((signed.resource as { contract_id: string }).contract_id)
  log(`signed: contract ${contractId}, deduction planned for ${date}`)
  const schedule = wxpay.v3.papay.pay.schedules.contractId.$contract_id$
  await control.setClock(`${addDays(date, -1)}T09:00:00+08:00`)
  await schedule.schedule.post(
    { appid: APPID, schedule_amount: { total: FEE } },
    { params: { contract_id: contractId } },
  )
  await control.setClock(`${date}T09:00:00+08:00`)
  const outTradeNo = fresh('FEE')
  await wxpay.v3.papay.pay.transactions.apply.post({
    appid: APPID,
    out_trade_no: outTradeNo,
    description: '年度会员',
    transaction_notify_url: notifyUrl,
    contract_id: contractId,
    amount: { total: FEE },
  })
  await control.advance(1000)
  await notification(outTradeNo, 'TRANSACTION.SUCCESS')
  const ended = await notification(outContractCode, 'ENTRUST.TERMINATE')
  const { data: state } = await schedule.get({ params: { contract_id: contractId } })
  const mode = (ended.resource as any).contract_terminate_info?.contract_termination_mode
  log(`paid on ${date}: schedule ${state.schedule_state}; the contract ended by ${mode}`)
  return { scheduleState: state.schedule_state, terminationMode: mode as string }
}

/** A service provider's scheduled deduction for its sub-merchant. */
export async function scheduledDeductPartner({ wxpay, control, notifyUrl, notification, log }: ExampleContext) {
  const outContractCode = fresh('SCHP')
  const subMchid = '1900000109'
  const spAppid = 'wx8888888888888888'
  const date = addDays(await today(control), 5)
  const { data } = await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post({
    sp_appid: spAppid,
    sp_openid: OPENID,
    sub_mchid: subMchid,
    plan_id: 8001,
    out_contract_code: outContractCode,
    contract_display_account: '会员 8001',
    contract_notify_url: notifyUrl,
    deduct_schedule: { estimated_deduct_date: date, estimated_deduct_amount: { total: FEE }, description: '会员月费' },
  })
  await control.agree(data.pre_entrustweb_id)
  const signed = await notification(outContractCode, 'ENTRUST.SIGN')
  const contractId = String((signed.resource as { contract_id: string }).contract_id)
  const schedule = wxpay.v3.papay.pay.partner.schedules.contractId.$contract_id$
  await control.setClock(`${addDays(date, -1)}T09:00:00+08:00`)
  await schedule.schedule.post(
    { sp_appid: spAppid, sub_mchid: subMchid, schedule_amount: { total: FEE } },
    { params: { contract_id: contractId } },
  )
  const { data: state } = await schedule.get({ params: { contract_id: contractId, sub_mchid: subMchid } })
  log(`sub-merchant ${subMchid}: contract ${contractId} ${state.schedule_state} for ${date}`)
  return { scheduleState: state.schedule_state }
}

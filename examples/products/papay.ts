// 委托代扣 (papay): a contract signed in the App, the user told before each deduction (预扣费通知),
// then the deduction; the result arrives as TRANSACTION.SUCCESS with trade_type PAP.
import { APPID, type ExampleContext, fresh, OPENID, today } from './context.js'

export async function papay({ wxpay, control, notifyUrl, notification, log }: ExampleContext) {
  const outContractCode = fresh('PAPAY')
  const { data } = await wxpay.v3.papay.sign.contracts.preEntrustSign.post({
    sign_scene: 'SIGN_SCENE_APP',
    appid: APPID,
    openid: OPENID,
    plan_id: 6001,
    out_contract_code: outContractCode,
    contract_display_account: '视频会员',
    contract_notify_url: notifyUrl,
    out_user_code: `U${outContractCode}`,
    device_info: {
      device_type: 'DEVICE_TYPE_PHONE',
      device_os: 'iOS 18',
      device_id: 'DEVICE-1',
      device_running_as_root: false,
      device_ip: '127.0.0.1',
      weixin_installed: true,
      weixin_version: '8.0.50',
      days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS',
    },
  })
  await control.agree(data.pre_entrustweb_id)
  const signed = await notification(outContractCode, 'ENTRUST.SIGN')
  const contractId = String((signed.resource as { contract_id: string }).contract_id)
  await control.setClock(`${await today(control)}T10:00:00+08:00`) // notices go out in [07:00, 22:00)
  const contract = { params: { contract_id: contractId } }
  await wxpay.v3.papay.contracts.$contract_id$.notify.post(
    { mchid: wxpay.mchid, appid: APPID, estimated_amount: { amount: 1500 } },
    contract,
  )
  log(`signed ${contractId}; the user was told ¥15.00 is coming`)
  const outTradeNo = fresh('VIP')
  await wxpay.v3.papay.pay.transactions.apply.post({
    appid: APPID,
    out_trade_no: outTradeNo,
    description: '视频会员 连续包月',
    transaction_notify_url: notifyUrl,
    contract_id: contractId,
    amount: { total: 1500 },
  })
  await control.advance(1000)
  const paid = await notification(outTradeNo, 'TRANSACTION.SUCCESS')
  const resource = paid.resource as { trade_type: string; amount: { total: number } }
  log(`deducted: ${paid.event_type}, ${resource.trade_type}, ${resource.amount.total} fen`)
  return { tradeType: resource.trade_type, total: resource.amount.total }
}

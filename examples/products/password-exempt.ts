// 免密支付 (password-exempt): a direct merchant's mini-program pre-sign opens WeChat Pay's signing
// mini-program; once signed the contract is queried and, when the user leaves, terminated.
import { APPID, type ExampleContext, fresh, OPENID } from './context.js'

const SERVICE_ID = 500001

export async function passwordExempt({ wxpay, control, notifyUrl, notification, log }: ExampleContext) {
  const outContractCode = fresh('PE')
  const { data } = await wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.miniProgram.post({
    appid: APPID,
    service_id: SERVICE_ID,
    out_contract_code: outContractCode,
    notify_url: notifyUrl,
    contract_display_account: '张**',
    openid: OPENID,
  })
  log(`pre-sign: open ${data.sign_mp_appid} ${data.sign_mp_path}`)
  await control.agree(data.pre_entrustweb_id)
  const signed = await notification(outContractCode, 'PASSWORD_EXEMPT_CONTRACT.SIGN')
  const contract = wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$
  const params = { params: { service_id: SERVICE_ID, out_contract_code: outContractCode } }
  const { data: query } = await contract.get(params)
  await contract.terminate.post({ contract_termination_remark: '用户注销账号' }, params)
  const { data: after } = await contract.get(params)
  log(`${signed.event_type}: ${query.contract_state}, then ${after.contract_state}`)
  return { before: query.contract_state, after: after.contract_state }
}

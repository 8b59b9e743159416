// The four seed pre-sign flows of the demo, one function each: the pre-sign body, how the simulated
// user finds the session, and the family's query and terminate calls.
import type { WechatPay } from '@wxpay/sdk'

export interface Flow {
  name: string
  endpoint: string
  presign: (wxpay: WechatPay, notifyUrl: string) => Promise<{ data: Record<string, any> }>
  /** The id the simulated user acts on: the pre-sign id, or the code when the response has none. */
  sessionOf: (data: Record<string, any>) => string
  query: (wxpay: WechatPay) => Promise<{ data: Record<string, any> }>
  terminate: (wxpay: WechatPay) => Promise<unknown>
}

const today = new Date()
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
const code = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}`
const remark = { contract_termination_remark: '用户申请解约 (demo)' }
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'

const insuranceBody = (out_contract_code: string, contract_notify_url: string) => ({
  appid: 'wxd678efh567hg6787',
  openid: OPENID,
  plan_id: 12535,
  out_contract_code,
  insured_display_name: '**明',
  contract_notify_url,
  policy_start_date: day(1),
  policy_end_date: day(365),
  policy_periods: [1, 2, 3].map((period) => ({
    policy_period_id: period,
    estimated_deduct_date: day(1 + (period - 1) * 30),
    estimated_deduct_amount: { total: 2990, currency: 'CNY' as const },
  })),
  // Encrypted by the SDK with the WeChat Pay public key; never printed.
  real_identity: { real_name: '王小明', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const },
})

function insuranceMiniProgram(): Flow {
  const outContractCode = code('INSMP')
  const params = { plan_id: 12535, out_contract_code: outContractCode }
  const contract = (wxpay: WechatPay) =>
    wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$
  return {
    name: 'S1 insurance pre-sign, mini-program',
    endpoint: 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program',
    presign: (wxpay, url) =>
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody(outContractCode, url)),
    sessionOf: (data) => data.pre_entrustweb_id,
    query: (wxpay) => contract(wxpay).get({ params }),
    terminate: (wxpay) => contract(wxpay).terminate.post(remark, { params }),
  }
}

function insuranceJsapi(): Flow {
  const outContractCode = code('INSJS')
  const params = { plan_id: 12535, out_contract_code: outContractCode }
  const path = 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'
  return {
    name: 'S2 insurance pre-sign, JSAPI',
    endpoint: 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi',
    presign: (wxpay, url) =>
      wxpay.chain('v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi').post(insuranceBody(outContractCode, url)),
    sessionOf: (data) => String(data.redirect_url).split('/').pop()!,
    query: (wxpay) => wxpay.chain(path).get({ params }),
    terminate: (wxpay) => wxpay.chain(`${path}/terminate`).post(remark, { params }),
  }
}

function partnerScheduledDeduct(): Flow {
  const outContractCode = code('SCHMP')
  const subMchid = '1900000109'
  const contract = (wxpay: WechatPay) =>
    wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$
  return {
    name: 'S3 partner scheduled-deduct pre-sign, mini-program',
    endpoint: 'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program',
    presign: (wxpay, url) =>
      wxpay['v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'].post({
        sp_appid: 'wx8888888888888888',
        sp_openid: OPENID,
        sub_mchid: subMchid,
        plan_id: 8001,
        out_contract_code: outContractCode,
        contract_display_account: '会员 8001',
        contract_notify_url: url,
        deduct_schedule: {
          estimated_deduct_date: day(30),
          estimated_deduct_amount: { total: 2500, currency: 'CNY' },
          description: '会员月费',
        },
      }),
    sessionOf: (data) => data.pre_entrustweb_id,
    query: (wxpay) =>
      contract(wxpay).get({ params: { plan_id: 8001, out_contract_code: outContractCode, sub_mchid: subMchid } }),
    terminate: (wxpay) =>
      contract(wxpay).terminate.post(
        { sub_mchid: subMchid, ...remark },
        { params: { plan_id: 8001, out_contract_code: outContractCode } },
      ),
  }
}

function passwordExempt(): Flow {
  const outContractCode = code('PEMP')
  const params = { service_id: 500001, out_contract_code: outContractCode }
  const contract = (wxpay: WechatPay) =>
    wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$
  return {
    name: 'S4 password-exempt pre-sign, e-commerce mini-program',
    endpoint: 'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program',
    presign: (wxpay, url) =>
      wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post({
        appid: 'wxd678efh567hg6787',
        service_id: 500001,
        out_contract_code: outContractCode,
        notify_url: url,
        contract_display_account: '张**',
        openid: OPENID,
      }),
    sessionOf: (data) => data.pre_entrustweb_id,
    query: (wxpay) => contract(wxpay).get({ params }),
    terminate: (wxpay) => contract(wxpay).terminate.post(remark, { params }),
  }
}

/** The four flows, with fresh contract codes. */
export const flows = (): Flow[] => [
  insuranceMiniProgram(),
  insuranceJsapi(),
  partnerScheduledDeduct(),
  passwordExempt(),
]

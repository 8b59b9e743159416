// Papay (委托代扣): the App / QR-code pre-sign, the contract by code (direct, service provider,
// HarmonyOS), the deduction and the pre-deduction notices (spec §5.4, §5.6, §5.9, §5.10).
import { harmonyContract, papayContract, papayPartnerContract } from '../contracts.js'
import {
  appid,
  contractCodeParams,
  contractDisplayAccount,
  contractId,
  currency,
  deductionAccepted,
  mchid,
  notifyUrl,
  openid,
  outContractCode,
  outUserCode,
  payAmount,
  personal,
  planId,
  preEntrustwebId,
  spAppid,
  spMchid,
  subAppid,
  subMchid,
  terminationRemark,
  tradeFields,
} from '../fields.js'
import { s } from '../schema.js'
import { define } from './definition.js'

const PRE_SIGN = '§5.4 #10 [PAY 4012978414]'

const deviceInfo = s.object(
  {
    device_type: s.enum(
      ['DEVICE_TYPE_UNKNOW', 'DEVICE_TYPE_PHONE', 'DEVICE_TYPE_PAD', 'DEVICE_TYPE_TV', 'DEVICE_TYPE_WATCH'] as const,
      { doc: 'the kind of device: phone, pad, TV, watch or unknown (设备类型)' },
    ),
    device_os: s.string({ doc: 'operating system of the device and its version (设备OS版本)' }),
    device_id: personal({ doc: 'the id of the device (设备ID)' }),
    device_running_as_root: s.boolean({ doc: 'whether the device runs with root rights' }),
    device_ip: personal({ doc: 'IP address of the device (设备IP)' }),
    weixin_installed: s.boolean({ doc: 'whether WeChat is installed on the device' }),
    weixin_version: s.string({ doc: 'the version of WeChat on the device' }),
    days_since_first_login: s.enum(
      [
        'DAYS_SINCE_FIRST_LOGIN_UNKNOW',
        'DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY',
        'DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS',
        'DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS',
        'DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS',
        'DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS',
        'DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS',
      ] as const,
      { doc: 'how long ago the user first logged in on this device' },
    ),
  },
  { doc: 'the device of the user who signs (设备信息)' },
)

const contractParams = () => s.object({ contract_id: contractId() })
const deductedFrom = () => contractId('the contract to deduct from (委托代扣协议ID)')
const byCode = (family: 'papay' | 'papay-partner', action: 'query' | 'terminate') => ({ contract: { family, action } })
const partnerCodeParams = () => s.object({ ...contractCodeParams().fields, sub_mchid: subMchid() })
const remark = () => s.object({ contract_termination_remark: terminationRemark() })

const notifyAccounts = () => ({ mchid: mchid(), appid: appid() })
const partnerAccounts = () => ({
  sp_mchid: spMchid(),
  sp_appid: spAppid(),
  sub_mchid: subMchid(),
  sub_appid: s.optional(subAppid()),
})
const estimatedAmount = () =>
  s.object(
    {
      amount: s.int({ min: 0, fen: true, doc: 'the amount in fen (分), an integer' }),
      currency: s.optional(currency()),
    },
    { doc: 'the most the deduction will take (预计扣费金额), in fen' },
  )
const durationDoc = 'how many days the deduction may run after the waiting day (扣费持续时间)'
const countDoc = 'the number of units (扣费持续时间数)'

const DIRECT_DOCS = 'https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment'
const PARTNER_DOCS = 'https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment'

export const papayEndpoints = {
  'POST /v3/papay/sign/contracts/pre-entrust-sign': define({
    method: 'POST',
    path: '/v3/papay/sign/contracts/pre-entrust-sign',
    title: '代扣预签约 (papay pre-sign, in an App or by QR code)',
    role: 'merchant',
    request: s.object({
      sign_scene: s.enum(['SIGN_SCENE_APP', 'SIGN_SCENE_QRCODE'] as const, {
        doc: 'where the user signs: in an App, or by scanning a QR code (签约场景)',
      }),
      appid: appid(),
      openid: s.optional(openid("the user's openid under appid", { maxLength: 128, source: PRE_SIGN })),
      plan_id: planId(),
      out_contract_code: outContractCode(),
      contract_display_account: contractDisplayAccount(PRE_SIGN),
      contract_notify_url: notifyUrl(
        'HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters',
      ),
      out_user_code: outUserCode(64, PRE_SIGN),
      return_url: s.optional(
        s.string({ maxLength: 256, source: PRE_SIGN, doc: 'URL the user returns to after QR-code signing (回跳地址)' }),
      ),
      device_info: deviceInfo,
    }),
    response: s.object({
      pre_entrustweb_id: preEntrustwebId(),
      mini_program_username: s.optional(s.string({ doc: 'username (gh_…) of the signing mini-program to open' })),
      mini_program_path: s.optional(s.string({ doc: 'page path in that mini-program' })),
      redirect_url: s.optional(s.string({ doc: 'URL of the QR code that the user scans to sign' })),
    }),
    simulator: {
      presign: { family: 'papay', sessionSeconds: 600, notifyUrlField: 'contract_notify_url', handoff: 'papay-sign' },
    },
    spec: '§5.4 #10',
    docs: 'https://pay.weixin.qq.com/doc/v3/merchant/4012978414',
  }),
  'GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '通过商户协议号查询委托代扣签约协议 (query a papay contract)',
    role: 'merchant',
    params: contractCodeParams(),
    response: papayContract,
    simulator: byCode('papay', 'query'),
    spec: '§5.6 #20',
    docs: `${DIRECT_DOCS}/normal/normal-get-contract-by-code.html`,
  }),
  'POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': define({
    method: 'POST',
    path: '/v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    title: '通过商户协议号解除委托代扣签约协议 (terminate a papay contract)',
    role: 'merchant',
    params: contractCodeParams(),
    request: remark(),
    response: papayContract,
    simulator: byCode('papay', 'terminate'),
    spec: '§5.6 #21',
    docs: `${DIRECT_DOCS}/normal/normal-terminate-contract-by-code.html`,
  }),
  'GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '通过商户协议号查询委托代扣签约协议 (partner: query a papay contract)',
    role: 'partner',
    params: partnerCodeParams(),
    response: papayPartnerContract,
    simulator: byCode('papay-partner', 'query'),
    spec: '§5.6 #22',
    docs: `${PARTNER_DOCS}/partner/partner-get-contract-by-code.html`,
  }),
  'POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': define({
    method: 'POST',
    path: '/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    title: '通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract)',
    role: 'partner',
    params: contractCodeParams(),
    request: s.object({ sub_mchid: subMchid(), ...remark().fields }),
    response: papayPartnerContract,
    simulator: byCode('papay-partner', 'terminate'),
    spec: '§5.6 #23',
    docs: `${PARTNER_DOCS}/partner/partner-terminate-contract-by-code.html`,
  }),
  'GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract)',
    role: 'merchant',
    params: contractCodeParams(),
    response: harmonyContract,
    simulator: byCode('papay', 'query'),
    spec: '§5.6 #24',
  }),
  'POST /v3/papay/pay/transactions/apply': define({
    method: 'POST',
    path: '/v3/papay/pay/transactions/apply',
    title: '受理扣款 (deduct from a papay contract)',
    role: 'merchant',
    request: s.object({ appid: appid(), ...tradeFields(), contract_id: deductedFrom(), amount: payAmount() }),
    response: deductionAccepted(),
    spec: '§5.9 #37',
    docs: `${DIRECT_DOCS}/normal/normal-create-transaction.html`,
  }),
  'POST /v3/papay/pay/partner/transactions/apply': define({
    method: 'POST',
    path: '/v3/papay/pay/partner/transactions/apply',
    title: '受理扣款 (partner: deduct from a papay contract)',
    role: 'partner',
    request: s.object({
      sp_appid: spAppid(),
      sub_mchid: subMchid(),
      sub_appid: s.optional(subAppid()),
      ...tradeFields(),
      contract_id: deductedFrom(),
      amount: payAmount(),
    }),
    response: deductionAccepted(),
    spec: '§5.9 #38',
    docs: `${PARTNER_DOCS}/partner/partner-create-transaction.html`,
  }),
  'POST /v3/papay/pay/harmony/transactions/apply': define({
    method: 'POST',
    path: '/v3/papay/pay/harmony/transactions/apply',
    title: '代扣受理扣款 (deduct from a HarmonyOS papay contract)',
    role: 'merchant',
    request: s.object({
      appid: appid(),
      ...tradeFields(),
      contract_id: deductedFrom(),
      amount: payAmount(),
      harmony_account_id: personal({ doc: "the user's HarmonyOS account id (鸿蒙账户ID)" }),
      mcc: s.optional(s.string({ doc: 'merchant category code (商户类别码), e.g. 5734' })),
    }),
    response: deductionAccepted(),
    spec: '§5.9 #39',
  }),
  'POST /v3/papay/contracts/{contract_id}/notify': define({
    method: 'POST',
    path: '/v3/papay/contracts/{contract_id}/notify',
    title: '直连商户预扣费通知 (tell the user of an upcoming deduction)',
    role: 'merchant',
    params: contractParams(),
    request: s.object({
      ...notifyAccounts(),
      deduct_duration: s.optional(
        s.object(
          {
            count: s.int({
              min: 1,
              max: 3,
              doc: countDoc,
              deviation:
                'the YAML enum 1, 2, 3 only warns: the official page gives a 7-day default (§5.10, §9 item 8 [PAY papay chapter3_10])',
            }),
            unit: s.optional(s.enum(['DAY'] as const, { doc: 'the unit of count: DAY' })),
          },
          { doc: durationDoc },
        ),
      ),
      estimated_amount: estimatedAmount(),
    }),
    spec: '§5.10 #40',
    docs: `${DIRECT_DOCS}/json/deduct-notify.html`,
  }),
  'POST /v3/papay/contracts/{contract_id}/fail-notify': define({
    method: 'POST',
    path: '/v3/papay/contracts/{contract_id}/fail-notify',
    title: '重试扣费通知 (remind the user to top up after a failed deduction)',
    role: 'merchant',
    params: contractParams(),
    request: s.object(notifyAccounts()),
    spec: '§5.10 #41',
    docs: 'https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml',
  }),
  'POST /v3/partner-papay/contracts/{contract_id}/notify': define({
    method: 'POST',
    path: '/v3/partner-papay/contracts/{contract_id}/notify',
    title: '服务商商户预扣费通知 (partner: tell the user of an upcoming deduction)',
    role: 'partner',
    params: contractParams(),
    request: s.object({
      ...partnerAccounts(),
      deduct_duration: s.optional(
        s.object(
          {
            count: s.int({ min: 1, doc: countDoc }),
            unit: s.optional(s.enum(['DAY'] as const, { open: true, doc: 'the unit of count: DAY' })),
          },
          { doc: durationDoc },
        ),
      ),
      estimated_amount: estimatedAmount(),
    }),
    spec: '§5.10 #42',
    docs: `${PARTNER_DOCS}/json/partner-deduct-notify.html`,
  }),
  'POST /v3/partner-papay/contracts/{contract_id}/fail-notify': define({
    method: 'POST',
    path: '/v3/partner-papay/contracts/{contract_id}/fail-notify',
    title: '服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction)',
    role: 'partner',
    params: contractParams(),
    request: s.object(partnerAccounts()),
    spec: '§5.10 #43',
    docs: 'https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml',
  }),
} as const

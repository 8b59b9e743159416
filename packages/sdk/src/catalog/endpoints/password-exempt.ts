// Password-exempt (免密支付) contracts: the pre-signs of direct merchants, service providers,
// e-commerce platforms and payment institutions, in a mini-program or after a payment, and the
// contract by code (spec §4.4, §5.5, §5.6).
import { partnerEcho, passwordExemptContract, passwordExemptEcho } from '../contracts.js'
import {
  appid,
  contractDisplayAccount,
  notifyUrl,
  oneOf,
  openid,
  outContractCode,
  preEntrustwebId,
  serviceId,
  spAppid,
  subAppid,
  subMchid,
  terminationRemark,
} from '../fields.js'
import { type Fields, type ObjectRule, s } from '../schema.js'
import { define } from './definition.js'

export { passwordExemptContract }

const FAMILY = '§5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign]'

const user = (doc: string) => openid(doc, { minLength: 1, maxLength: 128, source: FAMILY })
/** What every password-exempt pre-sign names: the service, the code, the callback and the display name. */
const signing = () => ({
  service_id: serviceId(),
  out_contract_code: outContractCode(),
  notify_url: notifyUrl('HTTPS URL that receives the signing result, without query parameters'),
  contract_display_account: contractDisplayAccount(FAMILY),
})
const prepayId = () => ({
  prepay_id: s.string({
    minLength: 1,
    maxLength: 64,
    source: FAMILY,
    doc: 'prepay id of the order just placed (预支付交易会话标识); signing is offered after it is paid',
  }),
})
const merchantUser = () => ({ appid: appid(), ...signing(), openid: user("the user's openid under appid") })
const providerUser = () => ({
  sp_appid: spAppid(),
  sp_openid: s.optional(openid("the user's openid under sp_appid")),
  sub_mchid: subMchid(),
  sub_appid: subAppid(),
  sub_openid: s.optional(user("the user's openid under sub_appid")),
  ...signing(),
})
const institutionUser = () => ({
  appid: appid(),
  sub_appid: subAppid(),
  sub_mchid: subMchid(),
  ...signing(),
  openid: s.optional(user("the user's openid under appid")),
  sub_openid: s.optional(user("the user's openid under sub_appid")),
})
const userOfInstitution = oneOf(
  ['openid', 'sub_openid'],
  'the user who signs',
  '§5.5 [PAY qs-mini-program-pre-entrust-sign]',
)
const request = <F extends Fields>(fields: F, rules: ObjectRule[] = []) => s.object(fields, { rules })

const jump = () => ({
  pre_entrustweb_id: preEntrustwebId('the pre-sign session id (预签约ID), valid 2 hours'),
  sign_mp_appid: s.string({ doc: 'AppID of the WeChat Pay signing mini-program to open' }),
  sign_mp_path: s.string({ doc: 'page path in that mini-program' }),
})
const presign = { family: 'password-exempt', sessionSeconds: 7200, notifyUrlField: 'notify_url' } as const
const miniProgram = { presign: { ...presign, handoff: 'sign-mini-program' } } as const
const payRedirect = { presign: { ...presign, handoff: 'pay-redirect' } } as const
const contractParams = () => s.object({ service_id: serviceId(), out_contract_code: outContractCode() })
const MERCHANT_DOCS = 'https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract'
const PARTNER_DOCS = 'https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign'

export const passwordExemptEndpoints = {
  'POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program',
    title: '直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program)',
    role: 'merchant',
    request: request(merchantUser()),
    response: s.object({ ...jump(), ...passwordExemptEcho() }),
    simulator: miniProgram,
    spec: '§5.5 #11',
    docs: `${MERCHANT_DOCS}/sign/normal-mini-program-pre-entrust-sign.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign',
    title: '直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment)',
    role: 'merchant',
    request: request({ ...merchantUser(), ...prepayId() }),
    response: s.object(passwordExemptEcho()),
    simulator: payRedirect,
    spec: '§5.5 #12',
    docs: `${MERCHANT_DOCS}/sign/normal-pay-redirect-sign-pre-entrust-sign.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program',
    title: '服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program)',
    role: 'partner',
    request: request(providerUser()),
    response: s.object({ ...jump(), ...partnerEcho() }),
    simulator: miniProgram,
    spec: '§5.5 #13',
    docs: `${PARTNER_DOCS}/sp-mini-program-pre-entrust-sign.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign',
    title: '服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment)',
    role: 'partner',
    request: request({ ...providerUser(), ...prepayId() }),
    response: s.object(partnerEcho()),
    simulator: payRedirect,
    spec: '§5.5 #14',
    docs: `${PARTNER_DOCS}/sp-pay-redirect-sign-pre-entrust-sign.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program',
    title: '电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program)',
    role: 'platform',
    request: request(merchantUser()),
    response: s.object({ ...jump(), ...passwordExemptEcho() }),
    simulator: miniProgram,
    spec: '§4.4 S4',
    docs: `${PARTNER_DOCS}/ec-mini-program-pre-entrust-sign.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign',
    title: '电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment)',
    role: 'platform',
    request: request({ ...merchantUser(), ...prepayId() }),
    response: s.object(passwordExemptEcho()),
    simulator: payRedirect,
    spec: '§5.5 #15',
    docs: `${PARTNER_DOCS}/ec-pay-redirect-sign-pre-entrust-sign.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program',
    title: '清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program)',
    role: 'partner',
    request: request(institutionUser(), [userOfInstitution]),
    response: s.object({ ...jump(), ...passwordExemptEcho() }),
    simulator: miniProgram,
    spec: '§5.5 #16',
    docs: `${PARTNER_DOCS}/qs-mini-program-pre-entrust-sign.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign',
    title: '清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment)',
    role: 'partner',
    request: request({ ...institutionUser(), ...prepayId() }, [userOfInstitution]),
    response: s.object(passwordExemptEcho()),
    simulator: payRedirect,
    spec: '§5.5 #17',
    docs: `${PARTNER_DOCS}/qs-pay-redirect-sign-pre-entrust-sign.html`,
  }),
  'GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}',
    title: '商户通过商户协议号查询协议 (password-exempt: query a contract)',
    role: 'any',
    params: contractParams(),
    response: passwordExemptContract,
    simulator: { contract: { family: 'password-exempt', action: 'query' } },
    spec: '§5.6 #18',
    docs: `${MERCHANT_DOCS}/contracts/get-by-code.html`,
  }),
  'POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate':
    define({
      method: 'POST',
      path: '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
      title: '商户通过商户协议号解约协议 (password-exempt: terminate a contract)',
      role: 'any',
      params: contractParams(),
      request: s.object({ contract_termination_remark: terminationRemark('§5.6 #19 [PAY terminate-by-code]') }),
      response: s.object(passwordExemptEcho()),
      simulator: { contract: { family: 'password-exempt', action: 'terminate' } },
      spec: '§5.6 #19',
      docs: `${MERCHANT_DOCS}/contracts/terminate-by-code.html`,
    }),
} as const

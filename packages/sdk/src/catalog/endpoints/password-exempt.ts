// Password-exempt (免密支付) contracts: the e-commerce mini-program pre-sign and the contract by code
// (spec §4.4, §5.6).
import {
  contractState,
  datetime,
  id32,
  notifyUrl,
  outContractCode,
  personal,
  serviceId,
  terminateInfo,
  terminationRemark,
} from '../fields.js'
import { s } from '../schema.js'
import { define } from './definition.js'

/** The contract as the query returns it; the simulator's password-exempt callbacks carry it too (spec §6.6). */
export const passwordExemptContract = s.object({
  mchid: id32(),
  contract_id: id32(),
  appid: id32(),
  openid: personal(),
  sub_appid: s.optional(id32()),
  sub_openid: s.optional(personal()),
  service_id: serviceId(),
  out_contract_code: outContractCode(),
  contract_display_account: s.optional(personal()),
  contract_state: contractState(),
  contract_signed_time: datetime(),
  contract_terminate_info: s.optional(terminateInfo()),
})

const contractParams = s.object({ service_id: serviceId(), out_contract_code: outContractCode() })

export const passwordExemptEndpoints = {
  // S4
  'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program',
    title: '电商收付通小程序预签约 (password-exempt pre-sign, e-commerce platform, mini-program)',
    role: 'platform',
    request: s.object({
      appid: id32(),
      service_id: serviceId(),
      out_contract_code: outContractCode(),
      notify_url: notifyUrl(),
      contract_display_account: personal({ minLength: 1, maxLength: 32 }),
      openid: personal({ minLength: 1, maxLength: 128 }),
    }),
    response: s.object({
      pre_entrustweb_id: s.string(),
      mchid: s.string(),
      service_id: serviceId(),
      out_contract_code: s.string(),
      sign_mp_appid: s.string(),
      sign_mp_path: s.string(),
    }),
    simulator: {
      presign: {
        family: 'password-exempt',
        sessionSeconds: 7200,
        notifyUrlField: 'notify_url',
        handoff: 'sign-mini-program',
      },
    },
    spec: '§4.4',
    docs: 'https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html',
  }),
  'GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}',
    title: '免密支付查询签约协议 (password-exempt: query a contract)',
    role: 'any',
    params: contractParams,
    response: passwordExemptContract,
    simulator: { contract: { family: 'password-exempt', action: 'query' } },
    spec: '§5.6 #18',
  }),
  'POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate':
    define({
      method: 'POST',
      path: '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
      title: '免密支付解约 (password-exempt: terminate a contract)',
      role: 'any',
      params: contractParams,
      request: s.object({ contract_termination_remark: terminationRemark() }),
      response: s.object({ mchid: s.string(), service_id: serviceId(), out_contract_code: s.string() }),
      simulator: { contract: { family: 'password-exempt', action: 'terminate' } },
      spec: '§5.6 #19',
    }),
} as const

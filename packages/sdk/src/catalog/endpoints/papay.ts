// Papay (委托代扣) for service providers: the scheduled-deduct pre-sign and the contract by code
// (spec §4.3, §5.6).
import {
  amount,
  contractState,
  date,
  datetime,
  deductScheduleState,
  id32,
  notifyUrl,
  oneOf,
  outContractCode,
  personal,
  planId,
  requiresWith,
  terminateInfo,
  terminationRemark,
} from '../fields.js'
import { s } from '../schema.js'
import { define } from './definition.js'

/** The service provider's view of a contract (spec §5.6 #22, #23). */
const partnerContract = s.object({
  sp_mchid: id32(),
  sp_appid: id32(),
  sub_mchid: id32(),
  sub_appid: s.optional(id32()),
  contract_id: id32(),
  plan_id: planId(),
  out_contract_code: outContractCode(),
  contract_display_account: personal(),
  contract_state: contractState(),
  contract_signed_time: s.optional(datetime()),
  contract_expired_time: s.optional(datetime()),
  sp_openid: personal(),
  sub_openid: s.optional(personal()),
  contract_terminate_info: s.optional(terminateInfo()),
  out_user_code: s.optional(personal()),
  deduct_schedule: s.optional(deductScheduleState(amount)),
})

const scheduledDeductPartnerRequest = s.object(
  {
    sp_appid: id32(),
    sp_openid: s.optional(personal({ minLength: 1, maxLength: 64 })),
    sub_mchid: id32(),
    sub_appid: s.optional(id32()),
    sub_openid: s.optional(personal({ minLength: 1, maxLength: 64 })),
    plan_id: planId(),
    out_contract_code: outContractCode(),
    contract_display_account: personal({ minLength: 1, maxLength: 32 }),
    contract_notify_url: notifyUrl(),
    out_user_code: s.optional(personal({ maxLength: 32 })),
    deduct_schedule: s.optional(
      s.object({
        estimated_deduct_date: date(),
        estimated_deduct_amount: amount(),
        description: s.string({ minLength: 1, maxLength: 127 }),
      }),
    ),
  },
  {
    rules: [
      oneOf(
        ['sp_openid', 'sub_openid'],
        'mini-program signing needs the user',
        '§4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign]',
      ),
      requiresWith('sub_openid', 'sub_appid', 'the AppID that sub_openid belongs to'),
    ],
  },
)

export const papayEndpoints = {
  // S3
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program',
    title: '服务商小程序预约扣费签约的预签约 (partner scheduled-deduct pre-sign, mini-program)',
    role: 'partner',
    request: scheduledDeductPartnerRequest,
    response: s.object({ pre_entrustweb_id: s.string(), redirect_appid: s.string(), redirect_path: s.string() }),
    simulator: {
      presign: {
        family: 'scheduled-deduct-partner',
        sessionSeconds: 600,
        notifyUrlField: 'contract_notify_url',
        handoff: 'mini-program',
      },
    },
    spec: '§4.3',
    docs: 'https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html',
  }),
  'GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '服务商通过协议号查询签约 (partner: query a contract)',
    role: 'partner',
    params: s.object({ plan_id: planId(), out_contract_code: outContractCode(), sub_mchid: id32() }),
    response: partnerContract,
    simulator: { contract: { family: 'scheduled-deduct-partner', action: 'query' } },
    spec: '§5.6 #22',
  }),
  'POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': define({
    method: 'POST',
    path: '/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    title: '服务商通过协议号解约 (partner: terminate a contract)',
    role: 'partner',
    params: s.object({ plan_id: planId(), out_contract_code: outContractCode() }),
    request: s.object({ sub_mchid: id32(), contract_termination_remark: terminationRemark() }),
    response: partnerContract,
    simulator: { contract: { family: 'scheduled-deduct-partner', action: 'terminate' } },
    spec: '§5.6 #23',
  }),
} as const

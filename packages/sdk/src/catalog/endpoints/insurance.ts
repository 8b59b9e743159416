// Insurance papay (委托代扣∙保险业): the pre-signs and the contract (spec §4.1, §4.2, §5.6).
import {
  allOrNone,
  amount,
  contractState,
  date,
  datetime,
  id32,
  notifyUrl,
  outContractCode,
  outTradeNo,
  personal,
  planId,
  terminateInfo,
  terminationRemark,
} from '../fields.js'
import {
  autoFlagsExclusive,
  combinedCountMatches,
  coverageDetailConsistent,
  policyDatesOrdered,
  policyPeriodModes,
  TRADE_FIELDS,
  uniquePeriodIds,
} from '../rules/insurance.js'
import { s } from '../schema.js'
import { define } from './definition.js'

const coverageDetail = s.object({
  policy_amount: s.optional(s.string()),
  policy_clauses: s.optional(
    s.array(s.object({ clause_name: s.optional(s.string()), clause_quota: s.optional(s.string()) })),
  ),
})

// S1 and S2 take the same body (spec §4.2).
const insurancePreSignRequest = s.object(
  {
    appid: id32(),
    // Optional in the schema, but required for JSAPI and mini-program signing (spec §4.1).
    openid: personal({ minLength: 1, maxLength: 128 }),
    plan_id: planId(),
    out_contract_code: outContractCode(),
    insured_display_name: personal({ minLength: 1, maxLength: 32 }),
    contract_notify_url: notifyUrl(),
    policy_start_date: date(),
    policy_end_date: date(),
    policy_periods: s.array(
      s.object({
        policy_period_id: s.int({ min: 1, max: 840, source: '§4.1 [PAY insurance product introduction]' }),
        estimated_deduct_date: date(),
        estimated_deduct_amount: amount(0),
        policy_coverage_detail: s.optional(coverageDetail),
      }),
      { minItems: 1, source: '§4.1 rule 7 [COMM]' },
    ),
    amount: s.optional(amount()),
    out_trade_no: s.optional(outTradeNo()),
    description: s.optional(s.string({ minLength: 1, maxLength: 127 })),
    transaction_notify_url: s.optional(notifyUrl()),
    out_user_code: s.optional(personal({ maxLength: 64 })),
    goods_tag: s.optional(s.string({ maxLength: 32 })),
    attach: s.optional(s.string({ maxLength: 128 })),
    can_auto_insure: s.optional(s.boolean()),
    can_auto_reinsure: s.optional(s.boolean()),
    real_identity: s.optional(
      s.object({
        // Plaintext 1–64 characters, as the real-name pages of the same API family state (spec §1.6).
        real_name: s.string({
          minLength: 1,
          maxLength: 64,
          encrypted: true,
          personal: true,
          source: '§1.6 [PAY 4020023723]',
        }),
        id_card_number: s.string({
          minLength: 1,
          maxLength: 64,
          encrypted: true,
          personal: true,
          source: '§1.6 [PAY 4020023723]',
        }),
        identity_type: s.optional(s.enum(['ID_CARD'] as const)),
      }),
    ),
    combined_deduct_period_count: s.optional(s.int({ min: 2, max: 3 })),
  },
  {
    rules: [
      autoFlagsExclusive,
      policyDatesOrdered,
      allOrNone(TRADE_FIELDS, '签约中支付 needs all trade fields', '§4.1 rule 1 [PAY app-sign-and-create-transaction]'),
      uniquePeriodIds,
      policyPeriodModes,
      combinedCountMatches,
      coverageDetailConsistent,
    ],
  },
)

const insurancePresign = {
  family: 'insurance',
  sessionSeconds: 600,
  notifyUrlField: 'contract_notify_url',
} as const

/** The insurance contract as the query returns it; the INSURANCE_ENTRUST.* callbacks carry it too. */
export const insuranceContract = s.object({
  mchid: id32(),
  contract_id: id32(),
  appid: id32(),
  plan_id: planId(),
  out_contract_code: outContractCode(),
  insured_display_name: s.optional(personal()),
  contract_state: contractState(),
  contract_signed_time: s.optional(datetime()),
  contract_expired_time: s.optional(datetime()),
  contract_terminate_info: s.optional(terminateInfo()),
  openid: personal(),
  out_user_code: s.optional(personal()),
  revoke_terminate_contract_redirect_url: s.optional(s.string()),
  revoke_terminate_contract_redirect_appid: s.optional(s.string()),
})

const contractParams = s.object({ plan_id: planId(), out_contract_code: outContractCode() })

export const insuranceEndpoints = {
  // S1
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program',
    title: '保险商户小程序预签约 (insurance pre-sign, mini-program)',
    role: 'merchant',
    request: insurancePreSignRequest,
    response: s.object({ pre_entrustweb_id: s.string(), redirect_appid: s.string(), redirect_path: s.string() }),
    requiresWechatpaySerial: true,
    simulator: { presign: { ...insurancePresign, handoff: 'mini-program' } },
    spec: '§4.1',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html',
  }),
  // S2
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi',
    title: '保险商户JSAPI预签约 (insurance pre-sign, JSAPI)',
    role: 'merchant',
    request: insurancePreSignRequest,
    response: s.object({ redirect_url: s.string() }),
    requiresWechatpaySerial: true,
    simulator: { presign: { ...insurancePresign, handoff: 'redirect-url' } },
    spec: '§4.2',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html',
  }),
  'GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '保险商户查询签约协议 (query an insurance contract)',
    role: 'merchant',
    params: contractParams,
    response: insuranceContract,
    simulator: { contract: { family: 'insurance', action: 'query' } },
    spec: '§5.6 #25',
  }),
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    title: '保险商户解约 (terminate an insurance contract)',
    role: 'merchant',
    params: contractParams,
    request: s.object({ contract_termination_remark: terminationRemark() }),
    response: insuranceContract,
    simulator: { contract: { family: 'insurance', action: 'terminate' } },
    spec: '§5.6 #26',
  }),
} as const

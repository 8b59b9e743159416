// The endpoint catalog: every endpoint defined once. The chain's types, the SDK's validation, the
// simulator's routes and validation, and the endpoint table in the README all come from here.
// Facts cite ../shared/spec/papay-apiv3.md by section.
import {
  allOrNone,
  amount,
  contractState,
  date,
  datetime,
  id32,
  notifyUrl,
  oneOf,
  outContractCode,
  outTradeNo,
  planId,
  scheduleState,
  serviceId,
  terminateInfo,
} from './fields.js'
import { autoFlagsExclusive, policyDatesOrdered, policyPeriodModes, TRADE_FIELDS } from './insurance-rules.js'
import { type ObjectSchema, s } from './schema.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
/** Who calls: a direct merchant (普通商户), a service provider (服务商) for a sub-merchant, or anyone. */
export type Role = 'merchant' | 'partner' | 'platform' | 'any'
/** The contract families the simulator keeps state for. */
export type ContractFamily = 'insurance' | 'scheduled-deduct-partner' | 'password-exempt'

export interface EndpointDefinition {
  readonly method: Method
  /** Path template, `{name}` for path parameters. */
  readonly path: string
  readonly title: string
  readonly role: Role
  /** Path and query parameters; a name that appears in `path` as `{name}` is a path parameter. */
  readonly params?: ObjectSchema<any>
  readonly request?: ObjectSchema<any>
  /** The 200 body; absent when the endpoint answers 204. */
  readonly response?: ObjectSchema<any>
  /** The API requires a `Wechatpay-Serial` request header even when no field is encrypted. */
  readonly requiresWechatpaySerial?: boolean
  /** For pre-sign endpoints: how the session lives and what it notifies on success. */
  readonly presign?: {
    readonly family: ContractFamily
    readonly sessionSeconds: number
    readonly notifyUrlField: 'contract_notify_url' | 'notify_url'
  }
  /** For contract query and terminate endpoints. */
  readonly contract?: { readonly family: ContractFamily; readonly action: 'query' | 'terminate' }
  readonly spec: string
  readonly docs?: string
}

const define = <const E extends EndpointDefinition>(endpoint: E): E => endpoint

// ---------------------------------------------------------------------------------------------
// Insurance pre-sign (S1, S2): identical request bodies (spec §4.1, §4.2)

const coverageDetail = s.object({
  policy_amount: s.optional(s.string()),
  policy_clauses: s.optional(
    s.array(s.object({ clause_name: s.optional(s.string()), clause_quota: s.optional(s.string()) })),
  ),
})

const insurancePreSignRequest = s.object(
  {
    appid: id32(),
    // Optional in the schema, but required for JSAPI and mini-program signing (spec §4.1).
    openid: s.string({ minLength: 1, maxLength: 128 }),
    plan_id: planId(),
    out_contract_code: outContractCode(),
    insured_display_name: s.string({ minLength: 1, maxLength: 32 }),
    contract_notify_url: notifyUrl(),
    policy_start_date: date(),
    policy_end_date: date(),
    policy_periods: s.array(
      s.object({
        policy_period_id: s.int({ min: 1, max: 840 }),
        estimated_deduct_date: date(),
        estimated_deduct_amount: amount(0),
        policy_coverage_detail: s.optional(coverageDetail),
      }),
      { minItems: 1, maxItems: 840 },
    ),
    amount: s.optional(amount()),
    out_trade_no: s.optional(outTradeNo()),
    description: s.optional(s.string({ minLength: 1, maxLength: 127 })),
    transaction_notify_url: s.optional(notifyUrl()),
    out_user_code: s.optional(s.string({ maxLength: 64 })),
    goods_tag: s.optional(s.string({ maxLength: 32 })),
    attach: s.optional(s.string({ maxLength: 128 })),
    can_auto_insure: s.optional(s.boolean()),
    can_auto_reinsure: s.optional(s.boolean()),
    real_identity: s.optional(
      s.object({
        real_name: s.string({ minLength: 1, encrypted: true }),
        id_card_number: s.string({ minLength: 1, encrypted: true }),
        identity_type: s.optional(s.enum(['ID_CARD'] as const)),
      }),
    ),
    combined_deduct_period_count: s.optional(s.int({ min: 2, max: 3 })),
  },
  [
    autoFlagsExclusive,
    policyDatesOrdered,
    allOrNone(TRADE_FIELDS, '签约中支付 needs all trade fields'),
    policyPeriodModes,
  ],
)

const insurancePresign = { family: 'insurance', sessionSeconds: 600, notifyUrlField: 'contract_notify_url' } as const

// ---------------------------------------------------------------------------------------------
// Contracts (spec §5.6)

const terminateRemark = () => s.string({ minLength: 1, maxLength: 256 })

const insuranceContract = s.object({
  mchid: id32(),
  contract_id: id32(),
  appid: id32(),
  plan_id: planId(),
  out_contract_code: outContractCode(),
  insured_display_name: s.optional(s.string()),
  contract_state: contractState(),
  contract_signed_time: s.optional(datetime()),
  contract_expired_time: s.optional(datetime()),
  contract_terminate_info: s.optional(terminateInfo()),
  openid: s.string(),
  out_user_code: s.optional(s.string()),
  revoke_terminate_contract_redirect_url: s.optional(s.string()),
  revoke_terminate_contract_redirect_appid: s.optional(s.string()),
})

const deductScheduleState = s.object({
  estimated_deduct_date: date(),
  estimated_deduct_amount: amount(),
  schedule_state: scheduleState(),
  scheduled_amount: s.optional(amount()),
  deduct_amount: s.optional(amount()),
  deduct_date: s.optional(date()),
})

const partnerContract = s.object({
  sp_mchid: id32(),
  sp_appid: id32(),
  sub_mchid: id32(),
  sub_appid: s.optional(id32()),
  contract_id: id32(),
  plan_id: planId(),
  out_contract_code: outContractCode(),
  contract_display_account: s.string(),
  contract_state: contractState(),
  contract_signed_time: s.optional(datetime()),
  contract_expired_time: s.optional(datetime()),
  sp_openid: s.string(),
  sub_openid: s.optional(s.string()),
  contract_terminate_info: s.optional(terminateInfo()),
  out_user_code: s.optional(s.string()),
  deduct_schedule: s.optional(deductScheduleState),
})

const passwordExemptContract = s.object({
  mchid: id32(),
  contract_id: id32(),
  appid: id32(),
  openid: s.string(),
  sub_appid: s.optional(id32()),
  sub_openid: s.optional(s.string()),
  service_id: serviceId(),
  out_contract_code: outContractCode(),
  contract_display_account: s.optional(s.string()),
  contract_state: contractState(),
  contract_signed_time: datetime(),
  contract_terminate_info: s.optional(terminateInfo()),
})

const insuranceContractParams = s.object({ plan_id: planId(), out_contract_code: outContractCode() })
const partnerContractParams = s.object({ plan_id: planId(), out_contract_code: outContractCode(), sub_mchid: id32() })
const passwordExemptParams = s.object({ service_id: serviceId(), out_contract_code: outContractCode() })

// ---------------------------------------------------------------------------------------------

export const endpoints = {
  // S1
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program',
    title: '保险商户小程序预签约 (insurance pre-sign, mini-program)',
    role: 'merchant',
    request: insurancePreSignRequest,
    response: s.object({ pre_entrustweb_id: s.string(), redirect_appid: s.string(), redirect_path: s.string() }),
    requiresWechatpaySerial: true,
    presign: insurancePresign,
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
    presign: insurancePresign,
    spec: '§4.2',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html',
  }),
  // S3
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program',
    title: '服务商小程序预约扣费签约的预签约 (partner scheduled-deduct pre-sign, mini-program)',
    role: 'partner',
    request: s.object(
      {
        sp_appid: id32(),
        sp_openid: s.optional(s.string({ minLength: 1, maxLength: 64 })),
        sub_mchid: id32(),
        sub_appid: s.optional(id32()),
        sub_openid: s.optional(s.string({ minLength: 1, maxLength: 64 })),
        plan_id: planId(),
        out_contract_code: outContractCode(),
        contract_display_account: s.string({ minLength: 1, maxLength: 32 }),
        contract_notify_url: notifyUrl(),
        out_user_code: s.optional(s.string({ maxLength: 32 })),
        deduct_schedule: s.optional(
          s.object({
            estimated_deduct_date: date(),
            estimated_deduct_amount: amount(),
            description: s.string({ minLength: 1, maxLength: 127 }),
          }),
        ),
      },
      [
        oneOf(['sp_openid', 'sub_openid'], 'mini-program signing needs the user'),
        (body, pointer, issues) => {
          if (body.sub_openid !== undefined && body.sub_appid === undefined) {
            issues.push({
              field: `${pointer}/sub_appid`,
              issue: 'is required when sub_openid is given',
              fix: 'add sub_appid, the AppID that sub_openid belongs to',
            })
          }
        },
      ],
    ),
    response: s.object({ pre_entrustweb_id: s.string(), redirect_appid: s.string(), redirect_path: s.string() }),
    presign: { family: 'scheduled-deduct-partner', sessionSeconds: 600, notifyUrlField: 'contract_notify_url' },
    spec: '§4.3',
    docs: 'https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html',
  }),
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
      contract_display_account: s.string({ minLength: 1, maxLength: 32 }),
      openid: s.string({ minLength: 1, maxLength: 128 }),
    }),
    response: s.object({
      pre_entrustweb_id: s.string(),
      mchid: s.string(),
      service_id: serviceId(),
      out_contract_code: s.string(),
      sign_mp_appid: s.string(),
      sign_mp_path: s.string(),
    }),
    presign: { family: 'password-exempt', sessionSeconds: 7200, notifyUrlField: 'notify_url' },
    spec: '§4.4',
    docs: 'https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html',
  }),

  'GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '保险商户查询签约协议 (query an insurance contract)',
    role: 'merchant',
    params: insuranceContractParams,
    response: insuranceContract,
    contract: { family: 'insurance', action: 'query' },
    spec: '§5.6 #25',
  }),
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    title: '保险商户解约 (terminate an insurance contract)',
    role: 'merchant',
    params: insuranceContractParams,
    request: s.object({ contract_termination_remark: terminateRemark() }),
    response: insuranceContract,
    contract: { family: 'insurance', action: 'terminate' },
    spec: '§5.6 #26',
  }),
  'GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '服务商通过协议号查询签约 (partner: query a contract)',
    role: 'partner',
    params: partnerContractParams,
    response: partnerContract,
    contract: { family: 'scheduled-deduct-partner', action: 'query' },
    spec: '§5.6 #22',
  }),
  'POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': define({
    method: 'POST',
    path: '/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    title: '服务商通过协议号解约 (partner: terminate a contract)',
    role: 'partner',
    params: s.object({ plan_id: planId(), out_contract_code: outContractCode() }),
    request: s.object({ sub_mchid: id32(), contract_termination_remark: terminateRemark() }),
    response: partnerContract,
    contract: { family: 'scheduled-deduct-partner', action: 'terminate' },
    spec: '§5.6 #23',
  }),
  'GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}',
    title: '免密支付查询签约协议 (password-exempt: query a contract)',
    role: 'any',
    params: passwordExemptParams,
    response: passwordExemptContract,
    contract: { family: 'password-exempt', action: 'query' },
    spec: '§5.6 #18',
  }),
  'POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate':
    define({
      method: 'POST',
      path: '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
      title: '免密支付解约 (password-exempt: terminate a contract)',
      role: 'any',
      params: passwordExemptParams,
      request: s.object({ contract_termination_remark: terminateRemark() }),
      response: s.object({ mchid: s.string(), service_id: serviceId(), out_contract_code: s.string() }),
      contract: { family: 'password-exempt', action: 'terminate' },
      spec: '§5.6 #19',
    }),

  'GET /v3/certificates': define({
    method: 'GET',
    path: '/v3/certificates',
    title: '下载平台证书 (download platform certificates)',
    role: 'any',
    params: s.object({ algorithm_type: s.optional(s.enum(['RSA', 'SM2', 'ALL'] as const)) }),
    response: s.object({
      data: s.array(
        s.object({
          serial_no: s.string(),
          effective_time: datetime(),
          expire_time: datetime(),
          encrypt_certificate: s.object({
            algorithm: s.string(),
            nonce: s.string(),
            associated_data: s.string(),
            ciphertext: s.string(),
          }),
        }),
      ),
    }),
    spec: '§1.4',
  }),
} as const satisfies Record<string, EndpointDefinition>

export type Endpoints = typeof endpoints
export type EndpointKey = keyof Endpoints

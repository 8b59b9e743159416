// Insurance papay (委托代扣∙保险业): the four pre-signs, the contract, its renewal and policy periods,
// their scheduling and the deduction (spec §4.1, §4.2, §5.1, §5.6–§5.8).
import { insuranceContract, insuranceContractTerminated } from '../contracts.js'
import {
  allOrNone,
  amount,
  appid,
  contractCodeParams,
  contractId,
  date,
  deductionAccepted,
  deductOutcome,
  deductWindow,
  jumpControl,
  miniProgramHandoff,
  notifyUrl,
  openid,
  optionalFields,
  outContractCode,
  outUserCode,
  payAmount,
  personal,
  planId,
  plannedAmount,
  preEntrustwebId,
  redirectHandoff,
  scheduleState,
  terminationRemark,
  tradeFields,
} from '../fields.js'
import {
  autoFlagsExclusive,
  combinedCountMatches,
  coverageDetailConsistent,
  datesFollowIds,
  policyDatesOrdered,
  policyPeriodModes,
  TRADE_FIELDS,
  uniquePeriodIds,
} from '../rules/insurance.js'
import { type Fields, type Schema, s } from '../schema.js'
import { define } from './definition.js'

export { insuranceContract }

const PRODUCT_INTRO = '§4.1 [PAY insurance product introduction]'
const policyPeriodId = (doc = 'the period number (保险扣费周期编号), 1 to 840') =>
  s.int({ min: 1, max: 840, source: PRODUCT_INTRO, doc })

/** One period of a policy's deduction plan (spec §4.1, §5.7). */
const policyPeriod = () => ({
  policy_period_id: policyPeriodId(),
  estimated_deduct_date: date('the planned deduction date of the period, YYYY-MM-DD'),
  estimated_deduct_amount: plannedAmount(),
})
const coverageDetail = s.object(
  {
    policy_amount: s.optional(s.string({ doc: 'the amount insured, as text in yuan, e.g. "50000" (保单额度)' })),
    policy_clauses: s.optional(
      s.array(
        s.object({
          clause_name: s.optional(s.string({ doc: 'what the clause covers (条款内容)' })),
          clause_quota: s.optional(s.string({ doc: 'the amount the clause covers, as text (条款额度)' })),
        }),
        { doc: 'the clauses of the policy (保险条款列表)' },
      ),
    ),
  },
  { doc: 'what the period covers (保障详情): on every period or none' },
)
const periods = <I extends Schema>(item: I) =>
  s.array(item, {
    minItems: 1,
    source: '§4.1 rule 7 [COMM]',
    doc: 'the deduction plan of the policy, one item per period (保单扣费周期列表)',
  })
const coveredPeriods = () =>
  periods(s.object({ ...policyPeriod(), policy_coverage_detail: s.optional(coverageDetail) }))

const signer = () => openid("the user's openid under appid: the user who signs")
const requiredSigner = () => ({
  ...signer(),
  deviation:
    'required for JSAPI and mini-program signing (optional in the YAML): §4.1, §9 item 6 [PAY app-sign-and-create-transaction]',
})
const realName = (doc: string) =>
  // Plaintext 1–64 characters only on a sibling API's page (spec §1.6, "for comparison"): a warning here.
  s.string({ minLength: 1, maxLength: 64, encrypted: true, personal: true, doc })

/** The fields of the four insurance pre-signs but the user and the periods (spec §4.1, §5.1). */
const preSignFields = () => ({
  appid: appid(),
  plan_id: planId('insurance papay template id (委托代扣模板ID)'),
  out_contract_code: outContractCode(),
  insured_display_name: personal({
    minLength: 1,
    maxLength: 32,
    source: '§4.1 [PAY app-sign-and-create-transaction]',
    doc: "the insured person's masked name on the signing page (被保人展示名称), e.g. **明",
  }),
  contract_notify_url: notifyUrl('HTTPS URL that receives the signing result, without query parameters'),
  policy_start_date: date('first day of the policy, YYYY-MM-DD'),
  policy_end_date: date('last day of the policy, YYYY-MM-DD'),
  amount: s.optional(payAmount('the first payment of a sign-and-pay pre-sign (签约中支付), in fen (分)')),
  ...optionalFields(tradeFields()),
  out_user_code: s.optional(outUserCode(64)),
  can_auto_insure: s.optional(s.boolean({ doc: 'whether the policy renews itself when it ends (自动续保)' })),
  can_auto_reinsure: s.optional(
    s.boolean({ doc: 'whether a new policy is taken out when this one ends (自动重新投保)' }),
  ),
  real_identity: s.optional(
    s.object(
      {
        real_name: realName("the person's legal name (自然人姓名), sent encrypted"),
        id_card_number: realName("the person's ID card number (身份证号码), sent encrypted"),
        identity_type: s.optional(s.enum(['ID_CARD'] as const, { doc: 'the identity document: ID_CARD' })),
      },
      { doc: 'only this real-name person may sign (用户实名信息)' },
    ),
  ),
  // No page gives its range; 2–3 is read from the rule text (spec §10): a warning only.
  combined_deduct_period_count: s.optional(
    s.int({ min: 2, max: 3, doc: 'how many periods the first deduction collects, in first multi-period mode' }),
  ),
})
/** An insurance pre-sign body: the shared fields, the user and the periods as the variant takes them. */
const preSignRequest = <F extends Fields>(variant: F) =>
  s.object(
    { ...preSignFields(), ...variant },
    {
      rules: [
        autoFlagsExclusive,
        policyDatesOrdered,
        allOrNone(
          TRADE_FIELDS,
          '签约中支付 needs all trade fields',
          '§4.1 rule 1 [PAY app-sign-and-create-transaction]',
        ),
        uniquePeriodIds,
        policyPeriodModes,
        combinedCountMatches,
        coverageDetailConsistent,
      ],
    },
  )

const presign = { family: 'insurance', sessionSeconds: 600, notifyUrlField: 'contract_notify_url' } as const

const contractIdParams = () =>
  s.object({ plan_id: planId('insurance papay template id (委托代扣模板ID)'), contract_id: contractId() })
const periodParams = () =>
  s.object({
    contract_id: contractId(),
    policy_period_id: s.int({
      min: 1,
      source: '§5.8 #30 [PAY schedule-policy-period]',
      doc: 'the period number (保单扣费周期编号)',
    }),
  })
/** A period's scheduling state (spec §5.8 #30, #31). */
const periodState = s.object({
  policy_period_id: s.int({ doc: 'the period number (保单扣费周期编号)' }),
  policy_period_state: scheduleState(),
  ...deductWindow(),
})
const appidOf = () => appid('AppID of the contract (应用ID)')

export const insuranceEndpoints = {
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program',
    title: '保险商户小程序预签约 (insurance pre-sign, mini-program)',
    role: 'merchant',
    request: preSignRequest({ openid: requiredSigner(), policy_periods: coveredPeriods() }),
    response: miniProgramHandoff(),
    requiresWechatpaySerial: true,
    simulator: { presign: { ...presign, handoff: 'mini-program' } },
    spec: '§4.1 S1',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html',
  }),
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi',
    title: '保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat)',
    role: 'merchant',
    request: preSignRequest({ openid: requiredSigner(), policy_periods: coveredPeriods() }),
    response: redirectHandoff('URL of the signing (and paying) flow, to open inside WeChat'),
    requiresWechatpaySerial: true,
    simulator: { presign: { ...presign, handoff: 'redirect-url' } },
    spec: '§4.2 S2',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html',
  }),
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/pre-entrust-sign/app',
    title: '保险商户App预签约 (insurance pre-sign, App)',
    role: 'merchant',
    request: preSignRequest({ openid: s.optional(signer()), policy_periods: periods(s.object(policyPeriod())) }),
    response: s.object({ pre_entrustweb_id: preEntrustwebId() }),
    requiresWechatpaySerial: true,
    simulator: { presign: { ...presign, handoff: 'app' } },
    spec: '§5.1 #1',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html',
  }),
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/pre-entrust-sign/h5',
    title: '保险商户H5预签约 (insurance pre-sign, H5 in a browser)',
    role: 'merchant',
    request: preSignRequest({
      openid: s.optional(signer()),
      policy_periods: coveredPeriods(),
      jump_control: s.optional(jumpControl()),
    }),
    response: redirectHandoff('URL the browser opens to launch WeChat on the signing page'),
    requiresWechatpaySerial: true,
    simulator: { presign: { ...presign, handoff: 'redirect-url' } },
    spec: '§5.1 #2',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html',
  }),
  'GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '保险商户查询保险自动续费协议 (query an insurance contract)',
    role: 'merchant',
    params: contractCodeParams(),
    response: insuranceContract,
    simulator: { contract: { family: 'insurance', action: 'query' } },
    spec: '§5.6 #25',
    docs: 'https://pay.weixin.qq.com/doc/v3/merchant/4016724540',
  }),
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    title: '保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract)',
    role: 'merchant',
    params: contractCodeParams(),
    request: s.object({ contract_termination_remark: terminationRemark() }),
    response: insuranceContractTerminated,
    simulator: { contract: { family: 'insurance', action: 'terminate' } },
    spec: '§5.6 #26',
  }),
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew',
    title: '保险商户受理续期自动续费协议 (renew an insurance contract with new periods)',
    role: 'merchant',
    params: contractIdParams(),
    request: s.object(
      {
        appid: appidOf(),
        policy_periods: s.array(s.object(policyPeriod()), {
          minItems: 1,
          maxItems: 12,
          source: '§5.7 #27 [PAY apply-renew-contract]',
          doc: 'the new periods, numbered after the current last one (续期的扣费周期列表)',
        }),
      },
      { rules: [uniquePeriodIds, datesFollowIds] },
    ),
    spec: '§5.7 #27',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html',
  }),
  'GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': define({
    method: 'GET',
    path: '/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    title: '保险商户查询保险扣费周期列表 (list the periods of an insurance contract)',
    role: 'merchant',
    params: s.object({
      ...contractCodeParams().fields,
      limit: s.optional(
        s.int({
          min: 1,
          max: 120,
          source: '§5.7 #28 [PAY query-policy-periods-by-code]',
          doc: 'page size, 20 when omitted (分页大小)',
        }),
      ),
      offset: s.optional(s.int({ min: 0, doc: 'index of the first period to return, 0 when omitted (分页开始位置)' })),
    }),
    response: s.object({
      data: s.optional(
        s.array(
          s.object({
            ...policyPeriod(),
            policy_period_state: scheduleState(),
            ...deductOutcome(amount),
          }),
          { doc: 'the periods of this page (扣费周期列表)' },
        ),
      ),
      limit: s.int({ doc: 'the page size used' }),
      offset: s.int({ doc: 'the index of the first period returned' }),
      total_count: s.optional(s.int({ doc: 'how many periods the contract has' })),
    }),
    spec: '§5.7 #28',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html',
  }),
  'POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': define({
    method: 'POST',
    path: '/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify',
    title: '保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract)',
    role: 'merchant',
    params: contractIdParams(),
    request: s.object({
      appid: appidOf(),
      policy_periods: s.optional({
        ...s.array(s.object(policyPeriod()), {
          doc: 'the full period list as signed, with one lowered amount (扣费周期列表)',
        }),
        deviation: 'optional on the official page, required in the YAML: §5.7 #29 [PAY 4012987596]',
      }),
      allow_cancel_scheduled: s.optional(
        s.boolean({ doc: 'whether a period already SCHEDULED may lose its schedule (是否允许取消预约)' }),
      ),
    }),
    response: s.object({
      policy_periods: s.optional(s.array(s.object(policyPeriod()), { doc: 'the period list after the change' })),
      cancel_scheduled_policy_period_id: s.optional(s.int({ doc: 'the period whose schedule was cancelled' })),
    }),
    spec: '§5.7 #29',
    docs: 'https://pay.weixin.qq.com/doc/v3/merchant/4012987596',
  }),
  'POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule':
    define({
      method: 'POST',
      path: '/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule',
      title: '保险商户预约保险自动续费 (schedule the deduction of an insurance period)',
      role: 'merchant',
      params: periodParams(),
      request: s.object({
        appid: appidOf(),
        scheduled_amount: plannedAmount("the amount to schedule: the period's estimated_deduct_amount, in fen (分)"),
      }),
      response: periodState,
      spec: '§5.8 #30',
      docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html',
    }),
  'GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}': define({
    method: 'GET',
    path: '/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}',
    title: '保险商户查询保险自动续费预约 (query the schedule of an insurance period)',
    role: 'merchant',
    params: periodParams(),
    response: periodState,
    spec: '§5.8 #31',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html',
  }),
  'POST /v3/papay/insurance-pay/transactions/apply': define({
    method: 'POST',
    path: '/v3/papay/insurance-pay/transactions/apply',
    title: '保险商户受理保险自动续费扣款 (deduct a scheduled insurance period)',
    role: 'merchant',
    request: s.object({
      appid: appidOf(),
      ...tradeFields('§5.8 #32 [PAY create-transaction]'),
      contract_id: contractId(),
      policy_period_id: s.int({
        min: 1,
        source: '§5.8 #32 [PAY create-transaction]',
        doc: 'the scheduled period to deduct (保单扣费周期编号)',
      }),
      amount: payAmount('the amount to deduct: the scheduled amount, in fen (分)'),
    }),
    response: deductionAccepted(),
    spec: '§5.8 #32',
    docs: 'https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html',
  }),
} as const

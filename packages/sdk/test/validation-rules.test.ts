// Each documented rule of the catalog refuses, before sending, with the JSON pointer and the fix:
// every cross-field rule that cites a source, one bound for each source cited, and the required
// fields the official pages add to the YAML. Inferred bounds and rules only warn, and the request goes.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Issue, ValidationError, type ValidationWarning, type WechatPay } from '@wxpay/sdk'
import { type EndpointDefinition, endpoints, type Schema } from '@wxpay/sdk/protocol'
import { testClient } from './helpers/clients.js'
import { createKeys, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import {
  applyBody,
  deductNotifyBody,
  institutionBody,
  insuranceBody,
  papaySignBody,
  partnerBody,
  passwordExemptBody,
  renewBody,
  scheduledDeductBody,
} from './helpers/seeds.js'

const keys = createKeys()
let server: Awaited<ReturnType<typeof startFakeWechatPay>>
const warnings: ValidationWarning[] = []
let wxpay: WechatPay

before(async () => {
  server = await startFakeWechatPay(keys, () => ({ body: {} }))
  wxpay = testClient(keys, server.url, 'public-key', { onValidationWarning: (warning) => warnings.push(warning) })
})
after(() => server.close())

type Key = keyof typeof endpoints
interface Call {
  key: Key
  body?: object
  params?: Record<string, unknown>
}
const send = ({ key, body, params }: Call) => {
  const [method, url] = key.split(' ')
  return wxpay.request({ method, url, data: body, params: params as Record<string, string> })
}

/** The issues of the ValidationError the call ends in; nothing may have been sent. */
async function refused(call: Call): Promise<Issue[]> {
  const sent = server.seen.length
  const error = await send(call).then(
    () => assert.fail('expected a ValidationError'),
    (caught: unknown) => caught,
  )
  assert.ok(error instanceof ValidationError, String(error))
  assert.equal(server.seen.length, sent, 'nothing is sent')
  return error.issues
}

const S1 = 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const INSURANCE_APPLY = 'POST /v3/papay/insurance-pay/transactions/apply'
const RENEW = 'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew'
const PARTNER_JSAPI = 'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi'
const QS = 'POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program'
const renewParams = { plan_id: 12535, contract_id: '202612010000000000000000000000AB' }
const long = (length: number) => 'x'.repeat(length)
const periods = (...totals: number[]) =>
  totals.map((total, index) => ({
    policy_period_id: index + 1,
    estimated_deduct_date: `2027-0${index + 1}-01`,
    estimated_deduct_amount: { total },
  }))

interface Case extends Call {
  /** The rule's doc line, or the bound's source. */
  cites: string
  fields: string[]
  fix: RegExp
}
const withCoverage = (detail: object | undefined, index: number) => ({
  ...periods(1000, 1000)[index],
  ...(detail ? { policy_coverage_detail: detail } : {}),
})

const ruleCases: Case[] = [
  {
    cites: 'can_auto_insure and can_auto_reinsure are not both true',
    key: S1,
    body: { ...insuranceBody(), can_auto_insure: true, can_auto_reinsure: true },
    fields: ['/can_auto_reinsure'],
    fix: /at most one of can_auto_insure/,
  },
  {
    cites: 'amount, out_trade_no, description, transaction_notify_url: all or none (签约中支付 needs all trade fields)',
    key: S1,
    body: { ...insuranceBody(), out_trade_no: 'T1', description: '首期保费' },
    fields: ['/amount', '/transaction_notify_url'],
    fix: /^add (amount|transaction_notify_url), or remove out_trade_no, description$/,
  },
  {
    cites:
      'the amounts follow one mode: fixed, first-period discount, first-period free (sign only) or first multi-period (sign and pay)',
    key: S1,
    body: { ...insuranceBody(), policy_periods: periods(1000, 1000, 900) },
    fields: ['/policy_periods/2/estimated_deduct_amount/total'],
    fix: /^set it to 1000$/,
  },
  {
    cites: 'policy_coverage_detail on every period or none, equal where the mode requires',
    key: S1,
    body: {
      ...insuranceBody(),
      policy_periods: [withCoverage({ policy_amount: '50000' }, 0), withCoverage(undefined, 1)],
    },
    fields: ['/policy_periods/1/policy_coverage_detail'],
    fix: /every period a policy_coverage_detail, or none/,
  },
  {
    cites: 'one of sp_openid, sub_openid (JSAPI and mini-program signing need the user)',
    key: PARTNER_JSAPI,
    body: { ...partnerBody(), sp_openid: undefined },
    fields: ['/sp_openid'],
    fix: /^add sp_openid or sub_openid$/,
  },
  {
    cites: 'one of openid, sub_openid (the user who signs)',
    key: QS,
    body: { ...institutionBody(), openid: undefined },
    fields: ['/openid'],
    fix: /^add openid or sub_openid$/,
  },
  {
    cites: 'estimated_deduct_date does not decrease as policy_period_id grows',
    key: RENEW,
    params: renewParams,
    body: {
      ...renewBody(),
      policy_periods: renewBody()
        .policy_periods.reverse()
        .map((p, i) => ({ ...p, policy_period_id: 13 + i })),
    },
    fields: ['/policy_periods/1/estimated_deduct_date'],
    fix: /no earlier than that of the period before it/,
  },
]

/** A string one character over its documented limit. */
const overLimit = (cites: string, key: Key, body: object, field: string, limit: number, params?: object): Case => ({
  cites,
  key,
  params: params as Record<string, unknown>,
  body: { ...body, [field]: long(limit + 1) },
  fields: [`/${field}`],
  fix: new RegExp(`^shorten it to ${limit} characters$`),
})

const boundCases: Case[] = [
  overLimit('§2.3 [PAY, every page of §4–§5]', S1, insuranceBody(), 'appid', 32),
  overLimit(
    '§2.3 [PAY query-policy-period, 4016724540]',
    INSURANCE_APPLY,
    { ...applyBody(), policy_period_id: 2 },
    'contract_id',
    32,
  ),
  {
    cites: '§2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign]',
    key: S1,
    body: insuranceBody('AB-1'),
    fields: ['/out_contract_code'],
    fix: /digits and letters only/,
  },
  {
    cites: '§2.3 [PAY create-transaction]',
    key: 'POST /v3/papay/pay/transactions/apply',
    body: applyBody('T-1'),
    fields: ['/out_trade_no'],
    fix: /digits and letters only/,
  },
  {
    cites: '§2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction]',
    key: S1,
    body: { ...insuranceBody(), contract_notify_url: `https://merchant.example.com/${long(240)}` },
    fields: ['/contract_notify_url'],
    fix: /shorten it to 256/,
  },
  {
    cites: '§1.1 [PAY query-policy-period]',
    key: S1,
    body: { ...insuranceBody(), policy_end_date: '2027-02-30' },
    fields: ['/policy_end_date'],
    fix: /YYYY-MM-DD/,
  },
  {
    cites: '§1.1 [SK 排障手册]',
    key: 'POST /v3/papay/pay/transactions/apply',
    body: { ...applyBody(), amount: { total: 0 } },
    fields: ['/amount/total'],
    fix: /pass a value from 1/,
  },
  {
    cites: '§4.1 [PAY insurance product introduction]',
    key: S1,
    body: { ...insuranceBody(), policy_periods: [{ ...periods(1000)[0], policy_period_id: 841 }] },
    fields: ['/policy_periods/0/policy_period_id'],
    fix: /from 1 to 840/,
  },
  {
    cites: '§4.1 rule 7 [COMM]',
    key: S1,
    body: { ...insuranceBody(), policy_periods: [] },
    fields: ['/policy_periods'],
    fix: /at least 1/,
  },
  overLimit('§4.1 [PAY app-sign-and-create-transaction]', S1, insuranceBody(), 'insured_display_name', 32),
  {
    cites: '§5.7 #27 [PAY apply-renew-contract]',
    key: RENEW,
    params: renewParams,
    body: { ...renewBody(), policy_periods: Array.from({ length: 13 }, () => renewBody().policy_periods[0]) },
    fields: ['/policy_periods'],
    fix: /at most 12/,
  },
  {
    cites: '§5.7 #28 [PAY query-policy-periods-by-code]',
    key: 'GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
    params: { plan_id: 12535, out_contract_code: 'INS1', limit: 121 },
    fields: ['limit'],
    fix: /from 1 to 120/,
  },
  {
    cites: '§5.8 #30 [PAY schedule-policy-period]',
    key: 'GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}',
    params: { contract_id: renewParams.contract_id, policy_period_id: 0 },
    fields: ['policy_period_id'],
    fix: /from 1/,
  },
  overLimit(
    '§5.8 #32 [PAY create-transaction]',
    INSURANCE_APPLY,
    { ...applyBody(), policy_period_id: 2 },
    'description',
    127,
  ),
  overLimit(
    '§5.2 [PAY normal-app-scheduled-deduct-pre-sign]',
    'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app',
    scheduledDeductBody(),
    'contract_display_account',
    32,
  ),
  overLimit('§4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign]', PARTNER_JSAPI, partnerBody(), 'sp_openid', 64),
  overLimit(
    '§5.4 #10 [PAY 4012978414]',
    'POST /v3/papay/sign/contracts/pre-entrust-sign',
    papaySignBody(),
    'out_user_code',
    64,
  ),
  overLimit(
    '§5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign]',
    'POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign',
    passwordExemptBody(),
    'prepay_id',
    64,
  ),
  overLimit(
    '§5.6 #19 [PAY terminate-by-code]',
    'POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
    {},
    'contract_termination_remark',
    256,
    { service_id: 500001, out_contract_code: 'PE1' },
  ),
]

/** Every object and field schema of a request or parameter list. */
function* schemasOf(schema: Schema): Generator<Schema> {
  yield schema
  if (schema.kind === 'array') yield* schemasOf(schema.items)
  if (schema.kind === 'object') {
    for (const declared of Object.values(schema.fields as Record<string, any>)) {
      yield* schemasOf(declared.kind === 'optional' ? declared.inner : declared)
    }
  }
}
const catalogSchemas = Object.values(endpoints as Record<string, EndpointDefinition>).flatMap((endpoint) =>
  [endpoint.request, endpoint.params].flatMap((schema) => (schema ? [...schemasOf(schema)] : [])),
)

describe('documented rules refuse, with the pointer and the fix', () => {
  it('each rule and each source of the catalog has its case here', () => {
    const rules = catalogSchemas.flatMap((schema) => (schema.kind === 'object' ? (schema.rules ?? []) : []))
    const sourced = new Set(rules.filter((rule) => rule.source).map((rule) => rule.doc))
    assert.deepEqual(
      [...sourced].filter((doc) => !ruleCases.some((c) => c.cites === doc)),
      [],
    )
    const sources = new Set(catalogSchemas.flatMap((schema) => (schema.source ? [schema.source] : [])))
    assert.deepEqual(
      [...sources].filter((source) => !boundCases.some((c) => c.cites === source)),
      [],
    )
  })

  for (const c of [...ruleCases, ...boundCases]) {
    it(`${c.cites}: ${c.fields.join(', ')}`, async () => {
      const issues = await refused(c)
      assert.deepEqual(issues.map((issue) => issue.field).sort(), c.fields)
      for (const issue of issues) assert.match(issue.fix, c.fix)
    })
  }

  it('openid is required for JSAPI and mini-program signing, as the official pages say (not for App)', async () => {
    const { openid: _, ...anonymous } = insuranceBody()
    for (const key of [
      'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi',
      S1,
      'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi',
      'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program',
    ] as const) {
      const body = key.includes('insurance') ? anonymous : { ...scheduledDeductBody(), openid: undefined }
      const issues = await refused({ key, body })
      assert.deepEqual(issues, [{ field: '/openid', issue: 'is required', fix: 'add openid' }])
    }
    await send({ key: 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app', body: anonymous })
    const { sp_openid: __, ...partnerAnonymous } = partnerBody()
    await send({
      key: 'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app',
      body: partnerAnonymous,
    })
  })
})

describe('inferred bounds and rules only warn; the request is sent', () => {
  const cases: (Call & { name: string; fields: string[] })[] = [
    {
      name: 'combined_deduct_period_count 1 (2–3 read from the rule text)',
      key: S1,
      body: { ...insuranceBody(), combined_deduct_period_count: 1 },
      fields: ['/combined_deduct_period_count'],
    },
    {
      name: 'an empty real-name field (1–64 is a sibling API’s bound)',
      key: S1,
      body: { ...insuranceBody(), real_identity: { real_name: '王小明', id_card_number: '' } },
      fields: ['/real_identity/id_card_number'],
    },
    {
      name: 'a currency the pages do not show',
      key: 'POST /v3/papay/pay/transactions/apply',
      body: { ...applyBody(), amount: { total: 1000, currency: 'USD' } },
      fields: ['/amount/currency'],
    },
    {
      name: 'a 128-character papay description (127 is the insurance page’s)',
      key: 'POST /v3/papay/pay/transactions/apply',
      body: { ...applyBody(), description: long(128) },
      fields: ['/description'],
    },
    {
      name: 'a deduct duration of 7 days (the YAML enum 1–3 against the page’s default of 7)',
      key: 'POST /v3/papay/contracts/{contract_id}/notify',
      params: { contract_id: 'C1' },
      body: { ...deductNotifyBody(), deduct_duration: { count: 7 } },
      fields: ['/deduct_duration/count'],
    },
    {
      name: 'no deduct_schedule (required by 预约扣费 templates, which the SDK cannot see)',
      key: 'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app',
      body: { ...scheduledDeductBody(), deduct_schedule: undefined },
      fields: ['/deduct_schedule'],
    },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      warnings.length = 0
      const count = server.seen.length
      await send(c)
      assert.equal(server.seen.length, count + 1, 'the request is sent')
      const issues = warnings.flatMap((warning) => warning.issues)
      assert.deepEqual(
        issues.map((issue) => issue.field),
        c.fields,
      )
      // The plaintext of an encrypted field is not in its warning either.
      for (const issue of issues) if (issue.field.startsWith('/real_identity')) assert.equal('value' in issue, false)
    })
  }
})

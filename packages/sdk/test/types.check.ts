// Compile-time tests of the typed chain, checked by `npm run typecheck` (tsc); never executed.
import type { WechatPay, WechatPayResponse } from '@wxpay/sdk'
import { insuranceBody, partnerBody } from './helpers/seeds.js'

declare const wxpay: WechatPay
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const expectType = <T extends true>(_: T) => {}

export async function seedResponsesAreTyped() {
  const s1 = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody())
  expectType<Equal<typeof s1.data.pre_entrustweb_id, string>>(true)
  expectType<Equal<typeof s1.data.redirect_appid, string>>(true)
  const s2 = await wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'].post(insuranceBody())
  expectType<Equal<typeof s2.data, { redirect_url: string }>>(true)
  const s4 = await wxpay.chain('v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program').post({
    appid: 'wx1',
    service_id: 1,
    out_contract_code: 'A1',
    notify_url: 'https://x.example.com/n',
    contract_display_account: '张三',
    openid: 'o1',
  })
  expectType<Equal<typeof s4.data.service_id, number>>(true)
  // @ts-expect-error: S1's response has no redirect_url
  s1.data.redirect_url
}

export async function requestBodiesAreChecked() {
  const post = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post
  // @ts-expect-error: a misspelt field
  await post({ ...insuranceBody(), appidd: 'wx1' } satisfies Parameters<typeof post>[0])
  // @ts-expect-error: a string amount
  await post({ ...insuranceBody(), amount: { total: '1000' } })
  // @ts-expect-error: plan_id is a number
  await post({ ...insuranceBody(), plan_id: '12535' })
  const { appid: _, ...withoutAppid } = insuranceBody()
  // @ts-expect-error: appid is required
  await post(withoutAppid)
  // Enum-like fields take a widened string (WeChat Pay may add values; the validator names the known ones).
  await post({ ...insuranceBody(), real_identity: { real_name: 'x', id_card_number: 'y', identity_type: 'PASSPORT' } })
  // Optional fields that the seed TypeScript interfaces lack are known here.
  await post({
    ...insuranceBody(),
    combined_deduct_period_count: 2,
    policy_periods: [
      {
        policy_period_id: 1,
        estimated_deduct_date: '2027-01-01',
        estimated_deduct_amount: { total: 100 },
        policy_coverage_detail: {
          policy_amount: '50000',
          policy_clauses: [{ clause_name: '意外', clause_quota: '1' }],
        },
      },
    ],
  })
  await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post(partnerBody())
}

export async function parametersAreTyped() {
  const contract = wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$
  const query = await contract.get({ params: { plan_id: 1, out_contract_code: 'A1' } })
  expectType<
    Equal<
      typeof query.data.contract_state,
      'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
    >
  >(true)
  // @ts-expect-error: the path parameters are required
  await contract.get()
  // @ts-expect-error: plan_id is a number
  await contract.get({ params: { plan_id: 'x', out_contract_code: 'A1' } })
  await contract.terminate.post(
    { contract_termination_remark: '用户要求' },
    { params: { plan_id: 1, out_contract_code: 'A1' } },
  )
  // @ts-expect-error: the terminate body needs its remark
  await contract.terminate.post({}, { params: { plan_id: 1, out_contract_code: 'A1' } })
  await wxpay['v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'].get({
    params: { plan_id: 1, out_contract_code: 'A1', sub_mchid: '1900000109' },
  })
  // @ts-expect-error: a GET has no body
  await wxpay.v3.certificates.get({}, {})
}

export async function unknownEndpointsStayCallable() {
  const res: WechatPayResponse<any> = await wxpay.chain('v3/some/future/endpoint').post({ anything: 1 })
  await wxpay.chain('/v3/some/{id}').get({ params: { id: 1 } })
  await wxpay.request({ method: 'POST', url: '/v3/other', data: { a: 1 } })
  return res.data.whatever
}

export async function nodesWithAPostAreCallable() {
  // The shortland: the node is the POST, with the same types as its `.post`.
  const s1 = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram(insuranceBody(), {
    headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_0114232134912410000000000000' },
  })
  expectType<Equal<typeof s1.data.pre_entrustweb_id, string>>(true)
  const s3 = await wxpay.chain('v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program')(
    partnerBody(),
  )
  expectType<Equal<typeof s3.data.redirect_path, string>>(true)
  const s2 = await wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'](insuranceBody())
  expectType<Equal<typeof s2.data, { redirect_url: string }>>(true)
  const node = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram
  type Shortland<N extends { post: (...args: any[]) => unknown } & ((...args: any[]) => unknown)> = [
    Equal<Parameters<N>, Parameters<N['post']>>,
    Equal<ReturnType<N>, ReturnType<N['post']>>,
  ]
  expectType<Equal<Shortland<typeof node>, [true, true]>>(true)
  expectType<Equal<Shortland<typeof wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi>, [true, true]>>(true)
  const s3node = wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram
  expectType<Equal<Shortland<typeof s3node>, [true, true]>>(true)
  const s4node = wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram
  expectType<Equal<Shortland<typeof s4node>, [true, true]>>(true)
  const contract = wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$
  const ended = await contract.terminate(
    { contract_termination_remark: '用户要求' },
    { params: { plan_id: 1, out_contract_code: 'A1' } },
  )
  expectType<Equal<typeof ended.data.plan_id, number>>(true)
  // @ts-expect-error: the shortland checks the body as .post does
  await node({ ...insuranceBody(), plan_id: '12535' })
  // @ts-expect-error: and its path parameters
  await contract.terminate({ contract_termination_remark: '用户要求' })
}

export async function nodesWithoutAPostAreNotCallable() {
  const contract = wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$
  // @ts-expect-error: a GET-only endpoint is not callable
  await contract({}, { params: { plan_id: 1, out_contract_code: 'A1' } })
  // @ts-expect-error: nor is GET /v3/certificates
  await wxpay.v3.certificates()
  // @ts-expect-error: nor a node in the middle of a path
  await wxpay.v3.papay.insuranceSign({})
  // @ts-expect-error: nor the root of the chain
  await wxpay.v3({})
  // @ts-expect-error: nor a path key without a POST
  await wxpay['v3/certificates']()
}

export async function untypedNodesAreCallable() {
  const res = await wxpay.chain('v3/some/future/endpoint')({ anything: 1 }, { params: { sub_mchid: '1' } })
  const other = await wxpay.chain('/v3/some/{id}')()
  return [res.data.whatever, other.status]
}

/**
 * Where the seed pages' code meets the catalog's types: a program holds its values in variables first,
 * and TypeScript widens their string literals; the catalog's enum-like fields accept the widened
 * strings, and input arrays accept a body frozen `as const`.
 */
export async function seedPageValuesInVariablesCompile() {
  const post = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post
  const amount = { total: 1000, currency: 'CNY' }
  const real_identity = { real_name: 'x', id_card_number: 'y', identity_type: 'ID_CARD' }
  const policy_periods = [{ policy_period_id: 1, estimated_deduct_date: '2027-01-01', estimated_deduct_amount: amount }]
  await post({ ...insuranceBody(), amount })
  await post({ ...insuranceBody(), real_identity })
  await post({ ...insuranceBody(), policy_periods })
  const deduct_schedule = { estimated_deduct_date: '2026-12-20', estimated_deduct_amount: amount, description: 'x' }
  const s3 = wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram
  await s3({ ...partnerBody(), deduct_schedule })
  const frozen = { ...insuranceBody(), policy_periods: [{ ...insuranceBody().policy_periods[0] }] } as const
  await post(frozen)
  // A widened string is still a string: a number is not.
  // @ts-expect-error: currency is a string
  await post({ ...insuranceBody(), amount: { total: 1, currency: 156 } })
}

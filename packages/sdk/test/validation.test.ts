import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Issue, ValidationError, type ValidationWarning, WechatPay } from '@wxpay/sdk'
import { endpoints, MAX_JSON_DEPTH, validate } from '@wxpay/sdk/protocol'
import { createKeys, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody, partnerBody, passwordExemptBody } from './helpers/seeds.js'

const keys = createKeys()
let server: Awaited<ReturnType<typeof startFakeWechatPay>>
let wxpay: WechatPay

before(async () => {
  server = await startFakeWechatPay(keys, () => ({ body: {} }))
  wxpay = new WechatPay({
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: keys.merchant.privatePem,
    certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
    baseURL: server.url,
  })
})
after(() => server.close())

const S1 = 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'

/** Sends `body` to S1 untyped and returns the issues of the ValidationError, asserting nothing was sent. */
async function issuesFor(body: unknown, path = S1): Promise<Issue[]> {
  const sent = server.seen.length
  const error = await wxpay
    .chain(path as 'v3/untyped')
    .post(body)
    .then(
      () => assert.fail('expected a ValidationError'),
      (caught: unknown) => caught,
    )
  assert.ok(error instanceof ValidationError, String(error))
  assert.equal(server.seen.length, sent, 'nothing is sent')
  return error.issues
}

const fields = (issues: Issue[]) => issues.map((issue) => issue.field)

describe('validation before sending', () => {
  it('passes the seed bodies', async () => {
    await wxpay.chain(S1).post(insuranceBody())
    await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post(partnerBody())
    await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(passwordExemptBody())
  })

  it('lists every problem with its JSON pointer and a one-line fix', async () => {
    const body: any = insuranceBody()
    delete body.appid
    body.plan_id = '12535'
    body.policy_periods[0].estimated_deduct_amount.total = 10.5
    body.policy_start_date = '2026/12/01'
    body.out_contract_code = 'X'.repeat(33)
    const issues = await issuesFor(body)
    assert.deepEqual(fields(issues).sort(), [
      '/appid',
      '/out_contract_code',
      '/plan_id',
      '/policy_periods/0/estimated_deduct_amount/total',
      '/policy_start_date',
    ])
    const byField = Object.fromEntries(issues.map((issue) => [issue.field, issue]))
    assert.equal(byField['/appid'].issue, 'is required')
    assert.match(byField['/plan_id'].issue, /must be an integer, not a string/)
    assert.match(byField['/policy_periods/0/estimated_deduct_amount/total'].fix, /integers in fen/)
    assert.match(byField['/policy_start_date'].fix, /YYYY-MM-DD/)
    assert.match(byField['/out_contract_code'].issue, /33 characters, over the limit of 32/)
    for (const issue of issues) assert.ok(issue.fix.length > 0)
  })

  it('checks out_contract_code characters, dates that do not exist and null values', async () => {
    const body: any = { ...insuranceBody('ABC-123'), policy_end_date: '2027-02-30', goods_tag: null }
    const issues = await issuesFor(body)
    assert.deepEqual(fields(issues).sort(), ['/goods_tag', '/out_contract_code', '/policy_end_date'])
  })

  it('bounds policy_period_id to 1…840', async () => {
    const body: any = insuranceBody()
    body.policy_periods[0].policy_period_id = 0
    body.policy_periods[1].policy_period_id = 841
    assert.deepEqual(fields(await issuesFor(body)), [
      '/policy_periods/0/policy_period_id',
      '/policy_periods/1/policy_period_id',
    ])
  })

  it('refuses can_auto_insure and can_auto_reinsure both true', async () => {
    const issues = await issuesFor({ ...insuranceBody(), can_auto_insure: true, can_auto_reinsure: true })
    assert.deepEqual(fields(issues), ['/can_auto_reinsure'])
  })

  it('requires HTTPS notify URLs without a query, allowing plain HTTP on loopback', async () => {
    for (const [url, pattern] of [
      ['http://merchant.example.com/notify', /must use HTTPS/],
      ['https://merchant.example.com/notify?id=1', /must not carry query parameters/],
      ['notify', /not an absolute URL/],
    ] as const) {
      const issues = await issuesFor({ ...insuranceBody(), contract_notify_url: url })
      assert.deepEqual(fields(issues), ['/contract_notify_url'])
      assert.match(issues[0].issue, pattern)
    }
    await wxpay.chain(S1).post({ ...insuranceBody(), contract_notify_url: 'http://127.0.0.1:8080/notify' })
    await wxpay.chain(S1).post({ ...insuranceBody(), contract_notify_url: 'http://localhost/notify' })
  })

  it('applies the policy-period modes of §4.1', async () => {
    const periods = (...totals: number[]) =>
      totals.map((total, index) => ({
        policy_period_id: index + 1,
        estimated_deduct_date: `2027-0${index + 1}-01`,
        estimated_deduct_amount: { total },
      }))
    const trade = {
      amount: { total: 3000 },
      out_trade_no: 'T1',
      description: '首期保费',
      transaction_notify_url: 'https://merchant.example.com/pay',
    }
    // Periods from the second on must be equal.
    assert.deepEqual(fields(await issuesFor({ ...insuranceBody(), policy_periods: periods(1000, 1000, 900) })), [
      '/policy_periods/2/estimated_deduct_amount/total',
    ])
    // First period free: sign-only only.
    await wxpay.chain(S1).post({ ...insuranceBody(), policy_periods: periods(0, 1000, 1000) })
    assert.deepEqual(fields(await issuesFor({ ...insuranceBody(), ...trade, policy_periods: periods(0, 1000) })), [
      '/policy_periods/0/estimated_deduct_amount/total',
    ])
    // First more than the second, but not 2× or 3×.
    assert.deepEqual(fields(await issuesFor({ ...insuranceBody(), policy_periods: periods(1500, 1000) })), [
      '/policy_periods/0/estimated_deduct_amount/total',
    ])
    // First multi-period: sign-and-pay only, and 25 days × periods between the first two dates.
    assert.deepEqual(fields(await issuesFor({ ...insuranceBody(), policy_periods: periods(3000, 1000) })), [
      '/policy_periods/0/estimated_deduct_amount/total',
    ])
    const tooClose = await issuesFor({ ...insuranceBody(), ...trade, policy_periods: periods(3000, 1000) })
    assert.deepEqual(fields(tooClose), ['/policy_periods/1/estimated_deduct_date'])
    assert.match(tooClose[0].issue, /31 days after the first period; a 3-period first deduction needs at least 75/)
    const farEnough = periods(2000, 1000)
    farEnough[1].estimated_deduct_date = '2027-03-01'
    await wxpay.chain(S1).post({ ...insuranceBody(), ...trade, policy_periods: farEnough })
  })

  it('requires all trade fields once one is given (签约中支付)', async () => {
    const issues = await issuesFor({ ...insuranceBody(), out_trade_no: 'T1' })
    assert.deepEqual(fields(issues).sort(), ['/amount', '/description', '/transaction_notify_url'])
  })

  it('requires the user on S3 (sp_openid or sub_openid); sub_openid without sub_appid only warns', async () => {
    const path = 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'
    const { sp_openid: _, ...withoutUser } = partnerBody()
    assert.deepEqual(fields(await issuesFor(withoutUser, path)), ['/sp_openid'])
    // No page says sub_appid must come with sub_openid: the request goes out, with a warning.
    const warnings: ValidationWarning[] = []
    const warned = new WechatPay({
      mchid: keys.mchid,
      serial: keys.merchantSerial,
      privateKey: keys.merchant.privatePem,
      certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
      baseURL: server.url,
      onValidationWarning: (warning) => warnings.push(warning),
    })
    const sent = server.seen.length
    await warned.chain(path).post({ ...withoutUser, sub_openid: 'o1' })
    assert.equal(server.seen.length, sent + 1)
    assert.deepEqual(
      warnings.map((warning) => [warning.endpoint, fields(warning.issues)]),
      [[`POST /${path}`, ['/sub_appid']]],
    )
  })

  it('validates path parameters and refuses a missing one', async () => {
    const sent = server.seen.length
    await assert.rejects(
      wxpay
        .chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}')
        .get({ params: { plan_id: 1, out_contract_code: 'bad code!' } }),
      (error: ValidationError) => fields(error.issues).join() === 'out_contract_code',
    )
    await assert.rejects(
      wxpay.chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}').get({
        params: { plan_id: 1 },
      } as never),
      (error: ValidationError) =>
        fields(error.issues).includes('out_contract_code') && /path parameter without a value/.test(error.message),
    )
    assert.equal(server.seen.length, sent)
  })

  it('validates a concrete URL given to request() against its catalog template', async () => {
    await assert.rejects(
      wxpay.request({ method: 'GET', url: '/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/AB-C' }),
      (error: ValidationError) => fields(error.issues).join() === 'out_contract_code',
    )
  })

  it('skips validation with validate: false per call and per client', async () => {
    const sent = server.seen.length
    await wxpay.chain(S1).post({ nonsense: true } as never, { validate: false })
    const lax = new WechatPay({
      mchid: keys.mchid,
      serial: keys.merchantSerial,
      privateKey: keys.merchant.privatePem,
      certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
      baseURL: server.url,
      validate: false,
    })
    await lax.chain(S1).post({ nonsense: true } as never)
    assert.equal(server.seen.length, sent + 2)
  })

  it('never prints the plaintext of an encrypted field', async () => {
    // An empty id_card_number only warns now (its 1–64 bound is a sibling API's, spec §1.6): a wrong type.
    const issues = await issuesFor({ ...insuranceBody(), real_identity: { real_name: 123, id_card_number: false } })
    assert.deepEqual(fields(issues), ['/real_identity/real_name', '/real_identity/id_card_number'])
    for (const issue of issues) assert.equal('value' in issue, false)
  })

  it('refuses a body nested deeper than MAX_JSON_DEPTH with a ValidationError naming where, not a RangeError', async () => {
    assert.equal(MAX_JSON_DEPTH, 32)
    const deep = () => JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)
    const body: any = insuranceBody()
    // An unknown field inside the detail: tolerated, so the coverage rule compares it.
    for (const period of body.policy_periods) period.policy_coverage_detail = { policy_amount: '1', extra: deep() }
    // The body (1), policy_periods (2), the period (3), the detail (4), then its arrays: the 33rd container.
    const where = `/policy_periods/0/policy_coverage_detail/extra${'/0'.repeat(28)}`
    const issues = await issuesFor(body)
    assert.deepEqual(issues, [
      {
        field: where,
        issue: 'nests deeper than 32 levels',
        fix: 'no WeChat Pay request nests that deep: flatten the value, or send it as a JSON string',
      },
    ])
    const schema = endpoints[`POST /${S1}`].request
    assert.deepEqual(validate(schema, body), issues)
    // In a field of another type too, where the value would otherwise be copied into the issue.
    const appid = await issuesFor({ ...insuranceBody(), appid: deep() })
    assert.deepEqual(fields(appid), [`/appid${'/0'.repeat(31)}`])
    // 32 levels are accepted.
    const detail = { extra: JSON.parse(`${'['.repeat(28)}${']'.repeat(28)}`) }
    const limit: any = insuranceBody()
    for (const period of limit.policy_periods) period.policy_coverage_detail = detail
    assert.deepEqual(validate(schema, limit), [])
  })

  it('compares policy_coverage_detail by value, whatever the order of its keys', () => {
    const schema = endpoints[`POST /${S1}`].request
    const body: any = insuranceBody()
    body.policy_periods[0].policy_coverage_detail = { a: 1, b: [{ c: 2, d: 3 }] }
    body.policy_periods[1].policy_coverage_detail = { b: [{ d: 3, c: 2 }], a: 1 }
    assert.deepEqual(validate(schema, body), [])
    body.policy_periods[1].policy_coverage_detail = { b: [{ d: 3, c: 2 }], a: 2 }
    assert.deepEqual(fields(validate(schema, body)), ['/policy_periods/1/policy_coverage_detail'])
  })
})

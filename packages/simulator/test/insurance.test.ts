// The insurance money flow (spec §5.7, §5.8): scheduling, deduction, voiding, expiry, paging — each
// rule at its edges, with its code.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type EndpointDefinition, endpoints, validate } from '@wxpay/sdk/protocol'
import { bj, insuranceApply, type Money, OPENID, rejectsWith, signInsurance, withMoney } from './money.js'

const SCHEDULE = 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}'
const APPLY = 'v3/papay/insurance-pay/transactions/apply'
const LIST = 'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}'

const PLAN: [string, number][] = [
  ['2026-12-10', 1000],
  ['2027-01-10', 1000],
  ['2027-02-10', 1000],
]

const schedule = (m: Money, contractId: string, id: number, total = 1000) =>
  m.wxpay
    .chain(`${SCHEDULE}/schedule`)
    .post(
      { appid: 'wxd678efh567hg6787', scheduled_amount: { total } },
      { params: { contract_id: contractId, policy_period_id: id } },
    )
const query = (m: Money, contractId: string, id: number) =>
  m.wxpay.chain(SCHEDULE).get({ params: { contract_id: contractId, policy_period_id: id } })
const apply = (m: Money, contractId: string, id: number, total: number, no: string) =>
  m.wxpay.chain(APPLY).post(insuranceApply(m, contractId, id, total, no))

describe('insurance scheduling (spec §5.8 #30)', () => {
  it('is open in [08:00, 19:30) Beijing time: 07:59:59 and 19:30:00 refused with 403 RULE_LIMIT', () =>
    withMoney(bj('2026-12-09', '07:00'), async (m) => {
      const id = await signInsurance(m, 'SCHTIME', PLAN)
      await m.at('2026-12-09', '07:59:59')
      await rejectsWith(schedule(m, id, 1), 403, 'RULE_LIMIT', /\[08:00, 19:30\).*07:59:59/)
      await m.at('2026-12-09', '08:00:00')
      const { data } = await schedule(m, id, 1)
      assert.equal(data.policy_period_state, 'SCHEDULED')
      assert.deepEqual(data.scheduled_amount, { total: 1000, currency: 'CNY' })
      assert.equal(data.deduct_start_date, '2026-12-10')
      assert.equal(data.deduct_end_date, '2027-01-08')
      const key = `POST /${SCHEDULE}/schedule` as keyof typeof endpoints
      assert.deepEqual(validate((endpoints[key] as EndpointDefinition).response!, data), [])
      await m.at('2027-01-09', '19:30:00')
      await rejectsWith(schedule(m, id, 2), 403, 'RULE_LIMIT', /19:30:00/)
      await m.at('2027-01-10', '19:29:59')
      assert.equal((await schedule(m, id, 2)).data.policy_period_state, 'SCHEDULED')
    }))

  it('is open from the day before the estimated date to 28 days after it', () =>
    withMoney(bj('2026-12-08', '10:00'), async (m) => {
      const id = await signInsurance(m, 'SCHDAYS', PLAN)
      await rejectsWith(schedule(m, id, 1), 403, 'RULE_LIMIT', /schedulable from 2026-12-09 to 2027-01-07/)
      await m.at('2026-12-09', '10:00')
      await schedule(m, id, 1)
      await m.at('2027-02-10', '10:00')
      // Period 2 (2027-01-10): its last schedulable day was 2027-02-07.
      await rejectsWith(schedule(m, id, 2), 403, 'RULE_LIMIT', /today is 2027-02-10/)
      await m.at('2027-03-10', '19:00')
      assert.equal((await schedule(m, id, 3)).data.policy_period_state, 'SCHEDULED')
    }))

  it('takes exactly the estimated amount, once per period; an unknown period is 404', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signInsurance(m, 'SCHAMT', PLAN)
      await rejectsWith(
        schedule(m, id, 1, 999),
        400,
        'PARAM_ERROR',
        /scheduled_amount\/total is 999 fen; it must be 1000/,
      )
      await schedule(m, id, 1)
      await rejectsWith(schedule(m, id, 1), 400, 'INVALID_REQUEST', /period 1 is SCHEDULED/)
      await rejectsWith(schedule(m, id, 9), 404, 'RESOURCE_NOT_EXISTS', /no policy period 9/)
      await rejectsWith(schedule(m, 'NOSUCHCONTRACT', 1), 404, 'RESOURCE_NOT_EXISTS')
    }))

  it('voids the schedule of the earlier period when the next one is scheduled', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signInsurance(m, 'VOID', PLAN)
      await schedule(m, id, 1)
      await m.at('2027-01-09', '10:00')
      await schedule(m, id, 2)
      assert.equal((await query(m, id, 1)).data.policy_period_state, 'EXPIRED')
      await rejectsWith(apply(m, id, 1, 1000, 'VOID1'), 400, 'INVALID_REQUEST', /period 1 is EXPIRED/)
    }))
})

describe('insurance deduction (spec §5.8 #32)', () => {
  it('runs in [08:00, 20:00) from the day after scheduling, for the scheduled amount, out_trade_no unique', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signInsurance(m, 'APPLY', PLAN)
      await rejectsWith(apply(m, id, 1, 1000, 'T0'), 400, 'INVALID_REQUEST', /period 1 is NO_SCHEDULED/)
      await schedule(m, id, 1)
      await rejectsWith(apply(m, id, 1, 1000, 'T1'), 403, 'RULE_LIMIT', /deductible from 2026-12-10/)
      await m.at('2026-12-10', '07:59:59')
      await rejectsWith(apply(m, id, 1, 1000, 'T2'), 403, 'RULE_LIMIT', /\[08:00, 20:00\)/)
      await m.at('2026-12-10', '19:59:59')
      await rejectsWith(apply(m, id, 1, 1001, 'T3'), 400, 'PARAM_ERROR', /amount\/total is 1001 fen; it must be 1000/)
      const { data } = await apply(m, id, 1, 1000, 'T4')
      assert.deepEqual(data, { out_trade_no: 'T4', amount: { total: 1000, currency: 'CNY' } })
      await rejectsWith(apply(m, id, 1, 1000, 'T5'), 400, 'INVALID_REQUEST', /being processed/)
      await m.clock.advance(1000)
      await m.simulator.flush()
      const [paid] = m.events('TRANSACTION.SUCCESS')
      assert.equal((paid.resource as any).out_trade_no, 'T4')
      assert.equal((paid.resource as any).trade_type, 'PAP')
      assert.equal((paid.resource as any).payer.openid, OPENID)
      const period = (await query(m, id, 1)).data
      assert.equal(period.policy_period_state, 'PAID')
      assert.deepEqual(period.deduct_amount, { total: 1000, currency: 'CNY' })
      assert.equal(period.deduct_date, '2026-12-10')
      await m.at('2026-12-11', '08:00')
      await rejectsWith(apply(m, id, 1, 1000, 'T6'), 400, 'INVALID_REQUEST', /PAID/)
      await m.at('2027-01-09', '10:00')
      await schedule(m, id, 2)
      await m.at('2027-01-10', '20:00:00')
      await rejectsWith(apply(m, id, 2, 1000, 'T7'), 403, 'RULE_LIMIT', /20:00:00/)
      await rejectsWith(apply(m, id, 2, 1000, 'T4'), 403, 'RULE_LIMIT')
      await m.at('2027-01-11', '08:00:00')
      await rejectsWith(apply(m, id, 2, 1000, 'T4'), 400, 'INVALID_REQUEST', /out_trade_no T4 .* never be reused/)
    }))

  it('a failed deduction (TRANSACTION.FAIL, NOTENOUGH) leaves the period SCHEDULED for a retry', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signInsurance(m, 'RETRY', PLAN)
      await schedule(m, id, 1)
      await m.at('2026-12-10', '09:00')
      m.simulator.failNextDeduction(id, 'NOTENOUGH')
      await apply(m, id, 1, 1000, 'R1')
      await m.clock.advance(1000)
      await m.simulator.flush()
      const [failed] = m.events('TRANSACTION.FAIL')
      assert.equal((failed.resource as any).trade_state, 'FAIL')
      assert.match((failed.resource as any).trade_state_desc, /^NOTENOUGH: 用户账户余额不足/)
      assert.equal((await query(m, id, 1)).data.policy_period_state, 'SCHEDULED')
      await apply(m, id, 1, 1000, 'R2')
      await m.clock.advance(1000)
      assert.equal((await query(m, id, 1)).data.policy_period_state, 'PAID')
      assert.deepEqual(
        m.simulator.deductions().map((d) => [d.out_trade_no, d.state]),
        [
          ['R1', 'FAIL'],
          ['R2', 'SUCCESS'],
        ],
      )
    }))

  it('a period left unpaid expires at 20:00 on the 29th day after its estimated date', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signInsurance(m, 'EXPIRE', PLAN)
      await schedule(m, id, 1)
      await m.at('2027-01-08', '19:59:59')
      assert.equal((await query(m, id, 1)).data.policy_period_state, 'SCHEDULED')
      await m.at('2027-01-08', '20:00:00')
      assert.equal((await query(m, id, 1)).data.policy_period_state, 'EXPIRED')
    }))
})

describe('listing periods (spec §5.7 #28)', () => {
  it('pages with limit and offset (20 and 0 by default); past the end, no data', () =>
    withMoney(bj('2026-12-01', '10:00'), async (m) => {
      const plan = Array.from({ length: 25 }, (_, i): [string, number] => [
        `20${27 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-05`,
        500,
      ])
      await signInsurance(m, 'PAGES', plan)
      const list = (params: Record<string, number>) =>
        m.wxpay.chain(LIST).get({ params: { plan_id: 12535, out_contract_code: 'PAGES', ...params }, validate: false })
      const first = (await list({})).data as any
      assert.equal(first.data.length, 20)
      assert.equal(first.total_count, 25)
      assert.deepEqual([first.limit, first.offset], [20, 0])
      const key = `GET /${LIST}` as keyof typeof endpoints
      assert.deepEqual(validate((endpoints[key] as EndpointDefinition).response!, first), [])
      const page = (await list({ limit: 10, offset: 20 })).data as any
      assert.deepEqual(
        page.data.map((p: any) => p.policy_period_id),
        [21, 22, 23, 24, 25],
      )
      assert.deepEqual((await list({ offset: 30 })).data.data, [])
      await rejectsWith(list({ limit: 121 }), 400, 'PARAM_ERROR')
    }))
})

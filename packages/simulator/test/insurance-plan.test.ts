// Changing an insurance plan (spec §5.7): modify and renew, each limit at its edge; sign-and-pay
// whose first payment fails (SIGN_FAILED); the user's termination (USER_TERMINATE).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bj, insuranceApply, type Money, OPENID, periods, rejectsWith, signInsurance, withMoney } from './money.js'

const MODIFY = 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify'
const RENEW = 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew'
const PERIOD = 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}'
const QUERY = 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'
const APPID = 'wxd678efh567hg6787'

const PLAN: [string, number][] = [
  ['2026-12-10', 1000],
  ['2027-01-10', 1000],
  ['2027-02-10', 1000],
]
const modify = (m: Money, id: string, plan: [string, number][], extra: Record<string, unknown> = {}) =>
  m.wxpay
    .chain(MODIFY)
    .post({ appid: APPID, policy_periods: periods(plan), ...extra }, { params: { plan_id: 12535, contract_id: id } })
const renew = (m: Money, id: string, plan: [string, number][], firstId = 4) =>
  m.wxpay
    .chain(RENEW)
    .post({ appid: APPID, policy_periods: periods(plan, firstId) }, { params: { plan_id: 12535, contract_id: id } })
const schedule = (m: Money, id: string, period: number, total: number) =>
  m.wxpay
    .chain(`${PERIOD}/schedule`)
    .post({ appid: APPID, scheduled_amount: { total } }, { params: { contract_id: id, policy_period_id: period } })
const state = async (m: Money, code: string) =>
  (await m.wxpay.chain(QUERY).get({ params: { plan_id: 12535, out_contract_code: code } })).data.contract_state
const lowered = (total: number, from = 1): [string, number][] =>
  PLAN.map(([date, amount], i) => [date, i + 1 >= from ? total : amount])

/** Schedules, deducts and settles one period. */
async function pay(m: Money, id: string, period: number, total: number, day: string) {
  await m.at(day, '09:00')
  await schedule(m, id, period, total)
  await m.clock.advance(86_400_000)
  await m.wxpay
    .chain('v3/papay/insurance-pay/transactions/apply')
    .post(insuranceApply(m, id, period, total, `P${id.slice(-6)}${period}`))
  await m.clock.advance(1000)
  await m.simulator.flush()
}

describe('modifying the plan (spec §5.7 #29)', () => {
  it('lowers amounts only, one new amount per request, in [08:00, 19:00)', () =>
    withMoney(bj('2026-12-01', '07:59:59'), async (m) => {
      const id = await signInsurance(m, 'MOD', PLAN)
      await rejectsWith(modify(m, id, lowered(900)), 403, 'RULE_LIMIT', /\[08:00, 19:00\)/)
      await m.at('2026-12-01', '18:59:59')
      await rejectsWith(modify(m, id, lowered(1100)), 400, 'PARAM_ERROR', /may not be raised to 1100/)
      await rejectsWith(
        modify(m, id, [PLAN[0], [PLAN[1][0], 900], [PLAN[2][0], 800]]),
        400,
        'PARAM_ERROR',
        /one new amount per request/,
      )
      await rejectsWith(
        modify(m, id, [PLAN[0], ['2027-01-11', 900], PLAN[2]]),
        400,
        'PARAM_ERROR',
        /keep its id and date/,
      )
      const { data } = await modify(m, id, lowered(900, 2))
      assert.deepEqual(
        data.policy_periods!.map((p: any) => p.estimated_deduct_amount.total),
        [1000, 900, 900],
      )
      await m.at('2026-12-02', '19:00:00')
      await rejectsWith(modify(m, id, lowered(800, 2)), 403, 'RULE_LIMIT', /19:00:00/)
    }))

  it('once a day (429 FREQUENCY_LIMITED) and three times in all (403 RULE_LIMIT)', () =>
    withMoney(bj('2026-12-01', '09:00'), async (m) => {
      const id = await signInsurance(m, 'MODCOUNT', PLAN)
      await modify(m, id, lowered(900, 3))
      await rejectsWith(modify(m, id, lowered(800, 3)), 429, 'FREQUENCY_LIMITED', /already modified on 2026-12-01/)
      await m.at('2026-12-02', '09:00')
      await modify(m, id, lowered(800, 3))
      await m.at('2026-12-03', '09:00')
      await modify(m, id, lowered(700, 3))
      await m.at('2026-12-04', '09:00')
      await rejectsWith(modify(m, id, lowered(600, 3)), 403, 'RULE_LIMIT', /modified 3 times already/)
    }))

  it('a SCHEDULED period is lowered only with allow_cancel_scheduled, and must be scheduled again', () =>
    withMoney(bj('2026-12-09', '09:00'), async (m) => {
      const id = await signInsurance(m, 'MODSCH', PLAN)
      await schedule(m, id, 1, 1000)
      await rejectsWith(modify(m, id, lowered(900)), 400, 'INVALID_REQUEST', /allow_cancel_scheduled/)
      const { data } = await modify(m, id, lowered(900), { allow_cancel_scheduled: true })
      assert.equal(data.cancel_scheduled_policy_period_id, 1)
      const period = await m.wxpay.chain(PERIOD).get({ params: { contract_id: id, policy_period_id: 1 } })
      assert.equal(period.data.policy_period_state, 'NO_SCHEDULED')
      await rejectsWith(schedule(m, id, 1, 1000), 400, 'PARAM_ERROR', /must be 900/)
    }))

  it('a first-period discount plan is modified after the first period, keeping the later amounts above it', () =>
    withMoney(bj('2026-12-01', '09:00'), async (m) => {
      const plan: [string, number][] = [['2026-12-10', 500], ...PLAN.slice(1)]
      const id = await signInsurance(m, 'MODDISC', plan)
      const lower = (total: number) => modify(m, id, [plan[0], [plan[1][0], total], [plan[2][0], total]])
      await rejectsWith(lower(900), 403, 'RULE_LIMIT', /the first period is NO_SCHEDULED/)
      await pay(m, id, 1, 500, '2026-12-09')
      await rejectsWith(lower(500), 403, 'RULE_LIMIT', /not above the first period's 500/)
      assert.equal((await lower(600)).data.policy_periods![2].estimated_deduct_amount.total, 600)
    }))
})

describe('renewing the plan (spec §5.7 #27)', () => {
  const SHORT: [string, number][] = [
    ['2026-12-10', 1000],
    ['2027-01-10', 1000],
  ]
  const NEXT: [string, number][] = [
    ['2027-02-10', 1000],
    ['2027-03-10', 1200],
  ]

  it('a finished renewable plan is TO_BE_RENEWED; renewed once, INSURANCE_ENTRUST.RENEW, SIGNED again', () =>
    withMoney(bj('2026-12-01', '09:00'), async (m) => {
      const id = await signInsurance(m, 'RENEW', SHORT, { can_auto_insure: true })
      await pay(m, id, 1, 1000, '2026-12-09')
      await pay(m, id, 2, 1000, '2027-01-09')
      assert.equal(await state(m, 'RENEW'), 'TO_BE_RENEWED')
      await m.at('2027-01-11', '07:59:59')
      await rejectsWith(renew(m, id, NEXT, 3), 403, 'RULE_LIMIT', /\[08:00, 19:00\)/)
      await m.at('2027-01-11', '08:00')
      await rejectsWith(renew(m, id, NEXT, 2), 400, 'PARAM_ERROR', /policy_period_id 2 is not after 2/)
      await rejectsWith(renew(m, id, [['2027-02-10', 1501]], 3), 400, 'PARAM_ERROR', /more than 50 %/)
      await rejectsWith(renew(m, id, [['2027-03-10', 1000]], 3), 400, 'PARAM_ERROR', /59 days after/)
      const response = await renew(m, id, [['2027-02-10', 1500], NEXT[1]], 3)
      assert.equal(response.status, 204)
      await m.simulator.flush()
      const [renewed] = m.events('INSURANCE_ENTRUST.RENEW')
      assert.equal((renewed.resource as any).contract_id, id)
      assert.equal((renewed.resource as any).contract_state, 'SIGNED')
      assert.equal(await state(m, 'RENEW'), 'SIGNED')
      await rejectsWith(renew(m, id, [['2027-04-10', 1200]], 5), 400, 'INVALID_REQUEST', /renewed once already/)
    }))

  it('within the window after the last estimated date (monthly: days 0–29), after a paid period, if allowed', () =>
    withMoney(bj('2026-12-01', '09:00'), async (m) => {
      const id = await signInsurance(m, 'RENEWWIN', SHORT, { can_auto_reinsure: true })
      const fixed = await signInsurance(m, 'NORENEW', SHORT)
      const unpaid = await signInsurance(m, 'UNPAID', SHORT, { can_auto_insure: true })
      await pay(m, id, 1, 1000, '2026-12-09')
      await rejectsWith(renew(m, id, NEXT, 3), 400, 'INVALID_REQUEST', /is SIGNED until period 2/)
      await m.at('2027-01-10', '10:00')
      await rejectsWith(renew(m, fixed, NEXT, 3), 403, 'RULE_LIMIT', /neither can_auto_insure nor can_auto_reinsure/)
      await rejectsWith(renew(m, unpaid, NEXT, 3), 403, 'RULE_LIMIT', /no period of the plan was paid/)
      await m.at('2027-02-09', '10:00')
      await rejectsWith(renew(m, id, [['2027-02-10', 1000]], 3), 403, 'RULE_LIMIT', /day 30 after/)
    }))

  it('takes 1 to 12 periods: 13 are refused before anything is checked', () =>
    withMoney(bj('2026-12-01', '09:00'), async (m) => {
      const id = await signInsurance(m, 'RENEW13', SHORT, { can_auto_insure: true })
      const thirteen = Array.from({ length: 13 }, (_, i): [string, number] => [
        `2027-${String(i + 1).padStart(2, '0')}-10`,
        1000,
      ])
      await rejectsWith(
        m.wxpay
          .chain(RENEW)
          .post(
            { appid: APPID, policy_periods: periods(thirteen, 3) },
            { params: { plan_id: 12535, contract_id: id }, validate: false },
          ),
        400,
        'PARAM_ERROR',
      )
    }))
})

describe('signing outcomes and the user', () => {
  it('sign-and-pay whose first payment fails is SIGN_FAILED: nothing is sent, the codes stay spent', () =>
    withMoney(
      bj('2026-12-01', '09:00'),
      async (m) => {
        const trade = {
          amount: { total: 1000 },
          out_trade_no: 'FIRST1',
          description: '首期保费',
          transaction_notify_url: m.webhook.url,
        }
        const id = await signInsurance(m, 'FAILED', PLAN, trade)
        await m.simulator.flush()
        assert.equal(await state(m, 'FAILED'), 'SIGN_FAILED')
        const contract = (await m.wxpay.chain(QUERY).get({ params: { plan_id: 12535, out_contract_code: 'FAILED' } }))
          .data
        assert.equal(contract.insured_display_name, undefined)
        assert.equal(m.webhook.events.length, 0)
        assert.deepEqual(
          m.simulator.deductions().map((d) => [d.out_trade_no, d.state, d.reason]),
          [['FIRST1', 'FAIL', 'ACCOUNT_FROZEN']],
        )
        await rejectsWith(signInsurance(m, 'FAILED', PLAN), 400, 'INVALID_REQUEST', /can never be reused/)
        await rejectsWith(signInsurance(m, 'OTHER', PLAN, trade), 400, 'INVALID_REQUEST', /FIRST1 .* never be reused/)
        m.simulator.failDeductionsOf(OPENID, undefined)
        await signInsurance(m, 'PAIDFIRST', PLAN, { ...trade, out_trade_no: 'FIRST2' })
        await m.simulator.flush()
        assert.deepEqual(
          m.webhook.events.map((event) => event.event_type),
          ['INSURANCE_ENTRUST.SIGN', 'TRANSACTION.SUCCESS'],
        )
        assert.ok(id)
      },
      { wallet: { failingUsers: { [OPENID]: 'ACCOUNT_FROZEN' } } },
    ))

  it('the user terminates in WeChat (USER_TERMINATE): POST /simulator/contracts/{id}/terminate', () =>
    withMoney(bj('2026-12-01', '09:00'), async (m) => {
      const id = await signInsurance(m, 'BYUSER', PLAN)
      const response = await fetch(`${m.simulator.url}/simulator/contracts/${id}/terminate`, { method: 'POST' })
      assert.equal(response.status, 200)
      const view = await response.json()
      assert.equal(view.contract_terminate_info.contract_termination_mode, 'USER_TERMINATE')
      await m.simulator.flush()
      assert.equal(m.events('INSURANCE_ENTRUST.TERMINATE').length, 1)
      assert.equal(await state(m, 'BYUSER'), 'TERMINATED')
      assert.throws(() => m.simulator.terminateAsUser(id), /only a signed contract/)
      const again = await fetch(`${m.simulator.url}/simulator/contracts/${id}/terminate`, { method: 'POST' })
      assert.equal(again.status, 400)
    }))
})

// Scheduled deduct (预约扣费, spec §5.9), direct and partner: scheduled on the day before, in
// [08:00, 19:30), for the planned amount, once; deducted on the day; the contract then ends
// (SYSTEM_TERMINATE, ENTRUST.TERMINATE), and at 08:00 the next day when unpaid.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { partnerBody } from './helpers.js'
import { APPID, bj, type Money, rejectsWith, signScheduled, withMoney } from './money.js'

const SCHEDULES = 'v3/papay/pay/schedules/contract-id/{contract_id}'
const CONTRACT = 'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'

const schedule = (m: Money, id: string, total = 2500) =>
  m.wxpay
    .chain(`${SCHEDULES}/schedule`)
    .post({ appid: APPID, schedule_amount: { total } }, { params: { contract_id: id } })
const apply = (m: Money, id: string, total: number, no: string) =>
  m.wxpay.chain('v3/papay/pay/transactions/apply').post({
    appid: APPID,
    out_trade_no: no,
    description: '月度会员',
    transaction_notify_url: m.webhook.url,
    contract_id: id,
    amount: { total },
  })
const contract = async (m: Money, code: string) =>
  (await m.wxpay.chain(CONTRACT).get({ params: { plan_id: 7001, out_contract_code: code } })).data

describe('scheduling a scheduled deduction (spec §5.9 #33)', () => {
  it('only on the natural day before the estimated date, in [08:00, 19:30) Beijing time', () =>
    withMoney(bj('2026-12-08', '10:00'), async (m) => {
      const early = await signScheduled(m, 'SDEARLY', '2026-12-10', 2500)
      const late = await signScheduled(m, 'SDLATE', '2026-12-10', 2500)
      await rejectsWith(schedule(m, early), 403, 'RULE_LIMIT', /today is 2026-12-08; .* scheduled on 2026-12-09/)
      await m.at('2026-12-09', '07:59:59')
      await rejectsWith(schedule(m, early), 403, 'RULE_LIMIT', /\[08:00, 19:30\)/)
      await m.at('2026-12-09', '08:00:00')
      const { data } = await schedule(m, early)
      assert.deepEqual(data, {
        schedule_state: 'SCHEDULED',
        deduct_start_date: '2026-12-10',
        deduct_end_date: '2026-12-10',
        scheduled_amount: { total: 2500, currency: 'CNY' },
      })
      await m.at('2026-12-09', '19:29:59')
      await schedule(m, late)
      const third = await signScheduled(m, 'SDTHIRD', '2026-12-10', 2500)
      await m.at('2026-12-09', '19:30:00')
      await rejectsWith(schedule(m, third), 403, 'RULE_LIMIT', /19:30:00/)
      await m.at('2026-12-10', '10:00')
      await rejectsWith(schedule(m, third), 403, 'RULE_LIMIT', /today is 2026-12-10/)
    }))

  it('for exactly the planned amount, once; the query shows the schedule', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signScheduled(m, 'SDAMT', '2026-12-10', 2500)
      await rejectsWith(
        schedule(m, id, 2400),
        400,
        'PARAM_ERROR',
        /schedule_amount\/total is 2400 fen; it must be 2500/,
      )
      await schedule(m, id)
      await rejectsWith(schedule(m, id), 400, 'INVALID_REQUEST', /was scheduled on 2026-12-09/)
      const query = await m.wxpay.chain(SCHEDULES).get({ params: { contract_id: id } })
      assert.equal(query.data.schedule_state, 'SCHEDULED')
      assert.equal((await contract(m, 'SDAMT')).deduct_schedule?.schedule_state, 'SCHEDULED')
    }))
})

describe('deducting a scheduled deduction (spec §5.9 #37)', () => {
  it('on its day only, the scheduled amount; once paid the contract ends: SYSTEM_TERMINATE, ENTRUST.TERMINATE', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signScheduled(m, 'SDPAY', '2026-12-10', 2500)
      await rejectsWith(apply(m, id, 2500, 'S0'), 400, 'INVALID_REQUEST', /is NO_SCHEDULED/)
      await schedule(m, id)
      await rejectsWith(apply(m, id, 2500, 'S1'), 403, 'RULE_LIMIT', /deducted on 2026-12-10 only/)
      await m.at('2026-12-10', '00:00:00')
      await rejectsWith(apply(m, id, 2000, 'S2'), 400, 'PARAM_ERROR', /must be 2500/)
      await apply(m, id, 2500, 'S3')
      await m.clock.advance(1000)
      await m.simulator.flush()
      assert.deepEqual(
        m.webhook.events.map((event) => event.event_type),
        ['ENTRUST.SIGN', 'TRANSACTION.SUCCESS', 'ENTRUST.TERMINATE'],
      )
      const ended = await contract(m, 'SDPAY')
      assert.equal(ended.contract_state, 'TERMINATED')
      assert.equal(ended.contract_terminate_info?.contract_termination_mode, 'SYSTEM_TERMINATE')
      assert.equal(ended.deduct_schedule?.schedule_state, 'PAID')
      assert.deepEqual(ended.deduct_schedule?.deduct_amount, { total: 2500, currency: 'CNY' })
      await rejectsWith(apply(m, id, 2500, 'S4'), 400, 'INVALID_REQUEST', /is TERMINATED/)
    }))

  it('unpaid by the end of its day, the contract ends at 08:00 the next day', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const id = await signScheduled(m, 'SDUNPAID', '2026-12-10', 2500)
      await schedule(m, id)
      await m.at('2026-12-10', '23:59:59')
      m.simulator.failNextDeduction(id)
      await apply(m, id, 2500, 'U1')
      await m.clock.advance(1000)
      assert.equal((await contract(m, 'SDUNPAID')).deduct_schedule?.schedule_state, 'EXPIRED')
      await m.at('2026-12-11', '07:59:59')
      assert.equal((await contract(m, 'SDUNPAID')).contract_state, 'SIGNED')
      await m.at('2026-12-11', '08:00:00')
      const ended = await contract(m, 'SDUNPAID')
      assert.equal(ended.contract_state, 'TERMINATED')
      assert.equal(ended.contract_terminate_info?.contract_termination_mode, 'SYSTEM_TERMINATE')
      assert.deepEqual(
        m.webhook.events.map((event) => event.event_type),
        ['ENTRUST.SIGN', 'TRANSACTION.FAIL', 'ENTRUST.TERMINATE'],
      )
    }))

  it('a service provider schedules, queries and deducts for its sub-merchant', () =>
    withMoney(bj('2026-12-09', '10:00'), async (m) => {
      const { data } = await m.wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post({
        ...partnerBody('SDPARTNER', m.webhook.url),
        deduct_schedule: {
          estimated_deduct_date: '2026-12-10',
          estimated_deduct_amount: { total: 900 },
          description: '会员',
        },
      })
      const id = m.simulator.agree(data.pre_entrustweb_id).contract_id
      const params = { contract_id: id }
      const partner = { sp_appid: 'wx8888888888888888', sub_mchid: '1900000109' }
      const scheduled = await m.wxpay
        .chain('v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule')
        .post({ ...partner, schedule_amount: { total: 900 } }, { params })
      assert.equal(scheduled.data.schedule_state, 'SCHEDULED')
      await rejectsWith(
        m.wxpay
          .chain('v3/papay/pay/partner/schedules/contract-id/{contract_id}')
          .get({ params: { ...params, sub_mchid: '1900000999' } }),
        404,
        'RESOURCE_NOT_EXISTS',
      )
      await m.at('2026-12-10', '09:00')
      await m.wxpay.chain('v3/papay/pay/partner/transactions/apply').post({
        ...partner,
        out_trade_no: 'PARTNER1',
        description: '会员',
        transaction_notify_url: m.webhook.url,
        contract_id: id,
        amount: { total: 900 },
      })
      await m.clock.advance(1000)
      await m.simulator.flush()
      const [paid] = m.events('TRANSACTION.SUCCESS')
      assert.equal((paid.resource as any).sp_mchid, m.simulator.merchant.mchid)
      assert.equal((paid.resource as any).sub_mchid, '1900000109')
      assert.equal((paid.resource as any).payer.sp_openid, 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o')
      const query = await m.wxpay
        .chain('v3/papay/pay/partner/schedules/contract-id/{contract_id}')
        .get({ params: { ...params, sub_mchid: '1900000109' } })
      assert.equal(query.data.schedule_state, 'PAID')
      assert.equal(m.events('ENTRUST.TERMINATE').length, 1)
    }))
})

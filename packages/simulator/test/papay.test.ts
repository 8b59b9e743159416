// Papay deductions and notices (spec §5.9 #37–#39, §5.10), the wallet's failures, the termination
// questions (spec §6.5) and the ENTRUST.* retry schedule (spec §1.8).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { COMBINE_PAPAY_RETRY_SECONDS, createSimulator, ENTRUST_RETRY_SECONDS } from '@wxpay/simulator'
import { clientFor, passwordExemptBody, startWebhook } from './helpers.js'
import { APPID, bj, type Money, OPENID, type Parties, rejectsWith, signPapay, withMoney } from './money.js'

const apply = (m: Parties, id: string, total: number, no: string, path = '/v3/papay/pay/transactions/apply') =>
  m.wxpay.request({
    method: 'POST',
    url: path,
    data: {
      appid: APPID,
      out_trade_no: no,
      description: '代扣',
      transaction_notify_url: m.webhook.url,
      contract_id: id,
      amount: { total },
      ...(path.includes('harmony') ? { harmony_account_id: 'H1' } : {}),
    },
  })
const notice = (m: Money, id: string, amount: number) =>
  m.wxpay
    .chain('v3/papay/contracts/{contract_id}/notify')
    .post(
      { mchid: m.simulator.merchant.mchid, appid: APPID, estimated_amount: { amount } },
      { params: { contract_id: id } },
    )
const failNotice = (m: Money, id: string) =>
  m.wxpay
    .chain('v3/papay/contracts/{contract_id}/fail-notify')
    .post({ mchid: m.simulator.merchant.mchid, appid: APPID }, { params: { contract_id: id } })

describe('papay deductions (spec §5.9 #37, #39)', () => {
  it('succeed unless the wallet says otherwise: every deduction of a user, or the next of a contract', () =>
    withMoney(bj('2026-12-01', '10:00'), async (m) => {
      const id = await signPapay(m, 'PAP1')
      // The wallet decides when a deduction settles (SETTLE_MS after it was accepted).
      const settle = () => m.clock.advance(1000)
      await apply(m, id, 100, 'A1')
      await settle()
      m.simulator.failDeductionsOf(OPENID, 'NOTENOUGH')
      await apply(m, id, 100, 'A2', '/v3/papay/pay/harmony/transactions/apply')
      await settle()
      m.simulator.failDeductionsOf(OPENID, undefined)
      const wallet = await fetch(`${m.simulator.url}/simulator/wallet`, {
        method: 'POST',
        body: JSON.stringify({ contract_id: id, reason: 'EXCEED_LIMIT' }),
      })
      assert.equal(wallet.status, 200)
      await apply(m, id, 100, 'A3')
      await settle()
      await apply(m, id, 100, 'A4')
      await settle()
      await m.simulator.flush()
      const results = m.webhook.events
        .filter((event) => event.event_type.startsWith('TRANSACTION.'))
        .map((event) => [
          (event.resource as any).out_trade_no,
          event.event_type,
          (event.resource as any).trade_state_desc,
        ])
      assert.deepEqual(results, [
        ['A1', 'TRANSACTION.SUCCESS', '支付成功'],
        ['A2', 'TRANSACTION.FAIL', 'NOTENOUGH: 用户账户余额不足 (insufficient balance)'],
        ['A3', 'TRANSACTION.FAIL', 'EXCEED_LIMIT: 超出用户支付限额 (over the user’s payment limit)'],
        ['A4', 'TRANSACTION.SUCCESS', '支付成功'],
      ])
      const unknown = await fetch(`${m.simulator.url}/simulator/wallet`, {
        method: 'POST',
        body: JSON.stringify({ openid: OPENID, reason: 'BROKE' }),
      })
      assert.equal(unknown.status, 400)
      assert.match((await unknown.json()).message, /unknown failure reason "BROKE": use NOTENOUGH, ACCOUNT_FROZEN/)
    }))

  it('settle within a second of real time when nobody moves the clock', async () => {
    const simulator = await createSimulator()
    const wxpay = clientFor(simulator)
    const webhook = await startWebhook(wxpay)
    try {
      const parties = { simulator, wxpay, webhook }
      const id = await signPapay(parties, 'REALTIME')
      const started = Date.now()
      await apply(parties, id, 100, 'RT1')
      while (!webhook.events.some((event) => event.event_type === 'TRANSACTION.SUCCESS')) {
        assert.ok(Date.now() - started < 1000, 'settled within one second')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    } finally {
      await webhook.close()
      await simulator.close()
    }
  })
})

describe('notices to the user (spec §5.10)', () => {
  it('the pre-deduction notice: 204 in [07:00, 22:00); a deduction then takes at most its amount', () =>
    withMoney(bj('2026-12-01', '06:59:59'), async (m) => {
      const id = await signPapay(m, 'NOTICE')
      await rejectsWith(notice(m, id, 3000), 403, 'RULE_LIMIT', /\[07:00, 22:00\).*06:59:59/)
      await m.at('2026-12-01', '07:00:00')
      assert.equal((await notice(m, id, 3000)).status, 204)
      await m.at('2026-12-01', '21:59:59')
      assert.equal((await notice(m, id, 3000)).status, 204)
      await m.at('2026-12-01', '22:00:00')
      await rejectsWith(notice(m, id, 3000), 403, 'RULE_LIMIT', /22:00:00/)
      await rejectsWith(apply(m, id, 3001, 'N1'), 400, 'PARAM_ERROR', /at most 3000/)
      await apply(m, id, 3000, 'N2')
      await m.clock.advance(1000)
      // The notice covered that cycle's one deduction.
      await apply(m, id, 5000, 'N3')
    }))

  it('the failure notice (fail-notify): 204 in [07:00, 22:00), on a signed contract', () =>
    withMoney(bj('2026-12-01', '22:00'), async (m) => {
      const id = await signPapay(m, 'FAILNOTE')
      await rejectsWith(failNotice(m, id), 403, 'RULE_LIMIT')
      await m.at('2026-12-02', '07:00')
      assert.equal((await failNotice(m, id)).status, 204)
      await rejectsWith(failNotice(m, 'NOPE'), 404, 'RESOURCE_NOT_EXISTS')
    }))
})

describe('callbacks of entrusted contracts (spec §1.8, §6.5)', () => {
  it('ENTRUST.* is retried for up to 4 hours: the generic steps within them', () =>
    withMoney(bj('2026-12-01', '10:00'), async (m) => {
      m.webhook.failNext(100)
      const start = m.clock.now()
      await signPapay(m, 'RETRY4H')
      await m.at('2026-12-02', '10:00')
      const times = m.simulator.deliveries.map((delivery) => (delivery.at - start) / 1000)
      assert.equal(times.length, 1 + ENTRUST_RETRY_SECONDS.length)
      assert.equal(times.at(-1), 3 * 3600 + 4 * 60)
      assert.ok(times.every((time) => time <= 4 * 3600))
    }))

  it('combine-papay events (ECOMMERCE_ENTRUST.*) follow their own schedule: 10/10/10/30/30/30 s, then 5 min × 23', () =>
    withMoney(
      bj('2026-12-01', '10:00'),
      async (m) => {
        m.webhook.failNext(100)
        const start = m.clock.now()
        const { data } = await m.wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
          passwordExemptBody('COMBINE', m.webhook.url),
        )
        m.simulator.agree(data.pre_entrustweb_id)
        await m.at('2026-12-02', '10:00')
        const times = m.simulator.deliveries.map((delivery) => (delivery.at - start) / 1000)
        assert.deepEqual(times.slice(0, 9), [0, 10, 20, 30, 60, 90, 120, 420, 720])
        assert.equal(times.length, 1 + COMBINE_PAPAY_RETRY_SECONDS.length)
        assert.equal(times.at(-1), 120 + 23 * 300)
      },
      { passwordExemptEvents: { sign: 'ECOMMERCE_ENTRUST.SIGN' } },
    ))

  it('ENTRUST.TERMINATE_RETENTION and ENTRUST.TERMINATE_INQUIRY on demand, verified by the SDK', () =>
    withMoney(bj('2026-12-01', '10:00'), async (m) => {
      const id = await signPapay(m, 'ASK')
      for (const route of ['retention', 'inquiry']) {
        const response = await fetch(`${m.simulator.url}/simulator/contracts/${id}/${route}`, { method: 'POST' })
        assert.equal(response.status, 200)
      }
      await m.simulator.flush()
      const [retention] = m.events('ENTRUST.TERMINATE_RETENTION')
      assert.equal((retention.resource as any).contract_id, id)
      const [inquiry] = m.events('ENTRUST.TERMINATE_INQUIRY')
      assert.equal((inquiry.resource as any).out_user_code, 'UASK')
      assert.equal((inquiry.resource as any).contract_state, 'SIGNED')
    }))
})

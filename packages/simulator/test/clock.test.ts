// Time: the offset clock (business time moves forward, the wire keeps real time), the Beijing
// helpers, and the clock over HTTP, so that a client that keeps real time drives months of
// simulated time in seconds.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { createSimulator, ManualClock, OffsetClock } from '@wxpay/simulator'
import { addDays, beijingDate, beijingInstant, daysBetween, inDailyWindow } from '../src/beijing.js'
import { startWebhook } from './helpers.js'
import { signScheduled } from './money.js'

describe('Beijing time', () => {
  it('is UTC+8 with no daylight saving; windows include their start and exclude their end', () => {
    const ms = Date.parse('2026-12-31T16:00:00Z')
    assert.equal(beijingDate(ms), '2027-01-01')
    assert.equal(beijingDate(ms - 1), '2026-12-31')
    assert.equal(beijingInstant('2027-01-01', '08:00'), Date.parse('2027-01-01T00:00:00Z'))
    assert.equal(addDays('2027-02-28', 1), '2027-03-01')
    assert.equal(daysBetween('2027-01-10', '2027-03-10'), 59)
    assert.equal(inDailyWindow(beijingInstant('2027-01-01', '07:59:59'), ['08:00', '19:30']), false)
    assert.equal(inDailyWindow(beijingInstant('2027-01-01', '08:00:00'), ['08:00', '19:30']), true)
    assert.equal(inDailyWindow(beijingInstant('2027-01-01', '19:29:59'), ['08:00', '19:30']), true)
    assert.equal(inDailyWindow(beijingInstant('2027-01-01', '19:30:00'), ['08:00', '19:30']), false)
  })
})

describe('OffsetClock', () => {
  it('runs with real time, jumps forward firing each due timer at its own time, in order; the wire stays real', async () => {
    const clock = new OffsetClock()
    try {
      const fired: [string, number][] = []
      const start = clock.now()
      clock.setTimeout(() => fired.push(['day', clock.now() - start]), 86_400_000)
      clock.setTimeout(() => fired.push(['hour', clock.now() - start]), 3_600_000)
      clock.setTimeout(() => fired.push(['real', clock.now() - start]), 20)
      await new Promise((resolve) => setTimeout(resolve, 60))
      assert.equal(fired[0][0], 'real', 'a near timer fires in real time')
      await clock.advance(2 * 86_400_000)
      assert.deepEqual(
        fired.slice(1).map(([name]) => name),
        ['hour', 'day'],
      )
      assert.ok(fired[1][1] >= 3_600_000 && fired[1][1] < 3_600_000 + 1000, 'the hour timer saw its own time')
      assert.ok(clock.now() - start >= 2 * 86_400_000)
      assert.ok(Math.abs(clock.wireNow() - Date.now()) < 5)
      await assert.rejects(() => clock.advance(-1), RangeError)
    } finally {
      clock.stop()
    }
  })

  it('ManualClock refuses to go back too', async () => {
    await assert.rejects(() => new ManualClock().advance(-5), /moves forward only/)
  })
})

describe('the clock over HTTP: POST /simulator/clock', () => {
  it('moves a default simulator forward while a real-time client keeps signing and verifying', async () => {
    const simulator = await createSimulator()
    // No clock option: the client keeps real time, as a merchant's test suite in another language does.
    const wxpay = new WechatPay({ ...simulator.merchant, certs: simulator.certs, baseURL: simulator.url })
    const webhook = await startWebhook(wxpay)
    const post = (body: unknown) =>
      fetch(`${simulator.url}/simulator/clock`, { method: 'POST', body: JSON.stringify(body) })
    try {
      const start = simulator.clock.now()
      const advanced = await post({ advance_ms: 86_400_000 })
      assert.equal(advanced.status, 200)
      const { now_ms } = await advanced.json()
      assert.ok(now_ms - start >= 86_400_000)
      const target = '2030-01-15T10:00:00+08:00'
      const set = await (await post({ now: target })).json()
      assert.equal(set.now, target)
      const id = await signScheduled({ simulator, wxpay, webhook }, 'HTTPCLOCK', '2030-01-16', 300)
      assert.ok(id)
      await simulator.flush()
      assert.equal(webhook.events[0]?.event_type, 'ENTRUST.SIGN', 'the notification verifies in real time')
      const back = await post({ now: '2029-01-01T00:00:00+08:00' })
      assert.equal(back.status, 400)
      assert.match((await back.json()).message, /moves forward only/)
      assert.equal((await post({ advance_ms: 'soon' })).status, 400)
      assert.equal((await (await fetch(`${simulator.url}/simulator/clock`)).json()).now.slice(0, 10), '2030-01-15')
    } finally {
      await webhook.close()
      await simulator.close()
    }
  })
})

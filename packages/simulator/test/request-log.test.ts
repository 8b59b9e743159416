// What the simulator says as it runs (issue 14, problem 4): one line per request (RFC 3339 time,
// method, path, status, Request-ID) and per delivery attempt (attempt number and outcome, the next
// attempt's time when one failed); the delivery log's times in RFC 3339; a failed notification
// sent again by hand, which ends the retries still waiting.
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { beijingTime } from '@wxpay/sdk/protocol'
import { createSimulator, ManualClock } from '@wxpay/simulator'
import { clientFor, insuranceBody, startWebhook } from './helpers.js'
import { bj } from './money.js'

const START = bj('2026-12-01', '10:00')

it('logs each request and each delivery attempt; a failed one is resent by hand', async () => {
  const lines: string[] = []
  const clock = new ManualClock(START)
  const simulator = await createSimulator({ clock, log: (line) => lines.push(line) })
  const wxpay = clientFor(simulator)
  const webhook = await startWebhook(wxpay)
  try {
    webhook.failNext(1)
    const { data } = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
      insuranceBody('LOG001', webhook.url),
    )
    const agreed = await fetch(`${simulator.url}/simulator/sessions/${data.pre_entrustweb_id}/agree`, {
      method: 'POST',
    })
    assert.equal(agreed.status, 200)
    await simulator.flush()
    const requestId = agreed.headers.get('request-id')
    assert.match(requestId ?? '', /^08[0-9A-F]{28}$/)
    const time = beijingTime(START)
    const masked = (line: string) =>
      line.replace(/ \d+ ms$/, ' N ms').replace(/Request-ID 08[0-9A-F]{28}/, 'Request-ID X')
    // The agreement's answer and its notification's first attempt may be told in either order.
    assert.deepEqual(
      lines.map(masked).sort(),
      [
        `${time} POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program 200 Request-ID X N ms`,
        `${time} POST /simulator/sessions/${data.pre_entrustweb_id}/agree 200 Request-ID X N ms`,
        `${time} DELIVERY INSURANCE_ENTRUST.SIGN attempt 1 → ${webhook.url}: 500 failed, next attempt at ${beijingTime(START + 15_000)}`,
      ].sort(),
    )
    assert.ok(
      lines.some((line) => line.includes(`agree 200 Request-ID ${requestId} `)),
      'the Request-ID the client saw',
    )

    const listed = await (await fetch(`${simulator.url}/simulator/deliveries`)).json()
    const [failed] = listed.data
    assert.equal(failed.time, time)
    assert.equal(failed.retry_time, beijingTime(START + 15_000))
    assert.equal(failed.status, 500)

    lines.length = 0
    const resent = await fetch(`${simulator.url}/simulator/deliveries/${failed.notificationId}/resend`, {
      method: 'POST',
    })
    assert.equal(resent.status, 200)
    const attempt = await resent.json()
    assert.deepEqual([attempt.attempt, attempt.resend, attempt.status, attempt.acknowledged], [2, true, 200, true])
    assert.ok(
      lines.includes(`${time} DELIVERY INSURANCE_ENTRUST.SIGN attempt 2 (resend) → ${webhook.url}: 200 acknowledged`),
    )
    assert.equal(webhook.events.length, 1)

    await simulator.advanceClock(3_600_000)
    assert.equal(simulator.deliveries.length, 2, 'the retry that waited is not sent once acknowledged')

    const missing = await fetch(`${simulator.url}/simulator/deliveries/nothing/resend`, { method: 'POST' })
    assert.equal(missing.status, 404)
    assert.equal((await missing.json()).code, 'RESOURCE_NOT_EXISTS')
  } finally {
    await webhook.close()
    await simulator.close()
  }
})

// The dashboard's HTML without a browser: served at `/` and `/simulator` (both answered 404 JSON
// before issue 14), what a merchant sent is shown escaped, and a long run shows the latest rows only.
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { DASHBOARD_ROWS } from '../src/dashboard.js'
import { passwordExemptBody } from './helpers.js'
import { bj, withMoney } from './money.js'

it('serves the dashboard at / and /simulator, escaping what the merchant sent', () =>
  withMoney(bj('2026-12-01', '10:00'), async (m) => {
    await m.wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post({
      ...passwordExemptBody('XSS1', m.webhook.url),
      contract_display_account: '<img src=x onerror=alert(1)>',
    })
    for (const path of ['/', '/simulator']) {
      const response = await fetch(`${m.simulator.url}${path}`)
      assert.equal(response.status, 200)
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8')
      const html = await response.text()
      for (const heading of [
        'Clock',
        'Merchants',
        'Pre-sign sessions',
        'Contracts',
        'Deductions',
        'Failure switches',
      ]) {
        assert.ok(html.includes(`<h2>${heading}</h2>`), heading)
      }
      assert.match(html, /<td>XSS1<\/td>/)
    }
    const session = m.simulator.sessions()[0]
    const page = await (await fetch(`${m.simulator.url}/simulator/sign/${session.pre_entrustweb_id}`)).text()
    assert.ok(!page.includes('<img src=x'), 'the display account is escaped')
    assert.ok(page.includes('&#60;img src=x onerror=alert(1)&#62;'))
  }))

it(`shows the latest ${DASHBOARD_ROWS} sessions of a long run, and says where the rest are`, () =>
  withMoney(bj('2026-12-01', '10:00'), async (m) => {
    const create = m.wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram
    for (let n = 0; n <= DASHBOARD_ROWS; n++) await create.post(passwordExemptBody(`MANY${n}`, m.webhook.url))
    const html = await (await fetch(`${m.simulator.url}/`)).text()
    const rows = html.slice(html.indexOf('id="sessions"'), html.indexOf('<h2>Contracts</h2>'))
    assert.equal(rows.split('<tr>').length - 2, DASHBOARD_ROWS, 'a header and the rows')
    assert.ok(!rows.includes('<td>MANY0</td>') && rows.includes(`<td>MANY${DASHBOARD_ROWS}</td>`))
    assert.ok(rows.includes(`The latest ${DASHBOARD_ROWS} of ${DASHBOARD_ROWS + 1} sessions`))
  }))

// The simulator in a browser (issue 14, problem 6): Debian's Chromium driven by playwright-core (which
// downloads no browser) walks S1, S2, S3 and S4 from the dashboard at `/` — agree on a signing page
// (the contract id and the mini-program's extraData), agree from a redirect_url opened by a merchant
// page (the JSAPI return with from_wxpay=1), agree, decline and expire from the dashboard, terminate
// as the user, resend a failed delivery, fail a deduction, advance the clock — asserting what a
// person sees, and takes the screenshots the README shows. They are written to docs/images/ only with
// WXPAY_SCREENSHOTS=1 (npm run screenshots): every walk has new ids and ports, so a plain test run
// would leave the committed pictures modified (and CI has no Chinese font to draw them).
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { beijingTime } from '@wxpay/sdk/protocol'
import type { Page } from 'playwright-core'
import { type Browser, launchChromium } from '../../../tests/chromium.js'
import { insuranceBody, partnerBody, passwordExemptBody } from './helpers.js'
import { APPID, bj, type Money, money, signPapay } from './money.js'

const IMAGES =
  process.env.WXPAY_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../../docs/images/', import.meta.url))
    : mkdtempSync(join(tmpdir(), 'wxpay-walk-images-'))
const START = bj('2026-12-01', '10:00')

let m: Money
let browser: Browser
let page: Page
const presigns: Record<string, Record<string, any>> = {}

before(
  async () => {
    m = await money(START)
    const { wxpay, webhook } = m
    const insurance = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign
    presigns.S1 = (await insurance.miniProgram.post(insuranceBody('WALKS1', webhook.url))).data
    presigns.S2 = (await insurance.jsapi.post(insuranceBody('WALKS2', webhook.url))).data
    presigns.S3 = (
      await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post({
        ...partnerBody('WALKS3', webhook.url),
        deduct_schedule: {
          estimated_deduct_date: '2026-12-10',
          estimated_deduct_amount: { total: 900 },
          description: '会员',
        },
      })
    ).data
    presigns.S4 = (
      await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
        passwordExemptBody('WALKS4', webhook.url),
      )
    ).data
    presigns.late = (await insurance.miniProgram.post(insuranceBody('WALKLATE', webhook.url))).data
    // A papay contract with a deduction that settles when the clock moves.
    const contractId = await signPapay(m, 'WALKPAY')
    await m.simulator.flush()
    await wxpay.request({
      method: 'POST',
      url: '/v3/papay/pay/transactions/apply',
      data: {
        appid: APPID,
        out_trade_no: 'WALKT1',
        description: '会员月费',
        transaction_notify_url: webhook.url,
        contract_id: contractId,
        amount: { total: 1500 },
      },
    })
    m.simulator.addFault({ path: '/v3/papay/sign/**', kind: 'system-error', times: 2 })
    browser = await launchChromium('dashboard', { width: 1280, height: 900 })
    page = browser.page
  },
  { timeout: 120_000 },
)

after(async () => {
  await browser?.close()
  await m?.close()
  if (process.env.WXPAY_SCREENSHOTS !== '1') rmSync(IMAGES, { recursive: true, force: true })
})

const row = (table: string, text: string) => page.locator(`#${table} tbody tr`, { hasText: text })
const dashboard = () => page.goto(`${m.simulator.url}/`)

it('shows the clock, the merchant, every session with its kind, and the deduction', async () => {
  await dashboard()
  assert.equal(await page.title(), 'wxpay simulator')
  const simulatorPath = await fetch(`${m.simulator.url}/simulator`)
  assert.deepEqual([simulatorPath.status, simulatorPath.headers.get('content-type')], [200, 'text/html; charset=utf-8'])
  await simulatorPath.text()
  assert.equal(await page.locator('#clock').textContent(), beijingTime(START))
  assert.match((await page.locator('#merchants').textContent()) ?? '', new RegExp(m.simulator.merchant.mchid))
  for (const [name, code] of [
    ['S1', 'WALKS1'],
    ['S2', 'WALKS2'],
    ['S3', 'WALKS3'],
    ['S4', 'WALKS4'],
  ]) {
    const cells = await row('sessions', code).locator('td').allTextContents()
    assert.match(cells[1], new RegExp(`^${name} · `))
    assert.equal(cells[3], 'pending')
  }
  assert.deepEqual((await row('deductions', 'WALKT1').locator('td').allTextContents()).slice(3, 5), [
    '¥15.00',
    'ACCEPTED',
  ])
})

it('S1 with a failing webhook: the signing page, Agree, the contract id and the extraData', async () => {
  m.webhook.failNext(1)
  await dashboard()
  await row('sessions', 'WALKS1').getByRole('link', { name: 'Signing page' }).click()
  assert.match((await page.locator('table').textContent()) ?? '', /S1 · mini-program.*WALKS1/s)
  assert.match((await page.locator('pre').first().textContent()) ?? '', /"appId": "wxbd687630cd02ce1d"/)
  await page.getByRole('button', { name: 'Agree and sign' }).click()
  const contractId = (await page.locator('#contract-id').textContent()) ?? ''
  assert.match(contractId, /^2026[0-9A-F]{28}$/)
  const returned = (await page.locator('pre').allTextContents()).join('\n')
  assert.match(returned, /"return_code": "SUCCESS"/)
  assert.ok(returned.includes(`"contract_id": "${contractId}"`))
  assert.match(returned, /"returnCode": "SUCCESS"[\s\S]*"signed": true/)
  mkdirSync(IMAGES, { recursive: true })
  await page.screenshot({ path: join(IMAGES, 'signing-page.png'), fullPage: true })
  await m.simulator.flush()
})

it('S2 from its redirect_url opened by a merchant page: Agree, then the way back with from_wxpay=1', async () => {
  const merchantPage = `${m.simulator.url}/shop/checkout?order=7`
  await page.goto(presigns.S2.redirect_url, { referer: merchantPage })
  await page.getByRole('button', { name: 'Agree and sign' }).click()
  assert.match((await page.locator('.state').textContent()) ?? '', /^Signed\. Contract 2026/)
  const back = page.locator('#return-link')
  assert.equal(await back.getAttribute('href'), `${merchantPage}&from_wxpay=1`)
  assert.match((await page.locator('#return').textContent()) ?? '', /isSigningReturn\(\) is true/)
})

it('S3 agreed and S1 expired from the dashboard; S4 declined on its page', async () => {
  await dashboard()
  await row('sessions', 'WALKS3').getByRole('button', { name: 'Agree' }).click()
  await page.waitForLoadState()
  await row('sessions', 'WALKLATE').getByRole('button', { name: 'Expire' }).click()
  await page.waitForFunction(() => document.querySelector('#sessions')?.textContent?.includes('expired'))
  assert.equal((await row('sessions', 'WALKS3').locator('td').allTextContents())[3], 'agreed')
  assert.equal((await row('sessions', 'WALKLATE').locator('td').allTextContents())[3], 'expired')
  assert.equal(await row('sessions', 'WALKLATE').getByRole('button').count(), 0)
  assert.match((await row('contracts', 'WALKS3').textContent()) ?? '', /SIGNED/)
  assert.match((await row('periods', 'scheduled deduction').textContent()) ?? '', /2026-12-10¥9\.00/)

  await row('sessions', 'WALKS4').getByRole('link', { name: 'Signing page' }).click()
  assert.match((await page.locator('pre').first().textContent()) ?? '', /"pre_entrustweb_id": "/)
  await page.getByRole('button', { name: 'Decline' }).click()
  assert.match((await page.locator('.state').textContent()) ?? '', /declined: nothing was signed/)
  assert.match((await page.locator('#return').textContent()) ?? '', /no extraData[\s\S]*gives undefined/)
  await dashboard()
  assert.equal((await row('sessions', 'WALKS4').locator('td').allTextContents())[3], 'declined')
})

it('terminates S3 as the user, resends the failed delivery, sets and clears the failure switches, advances the clock', async () => {
  await dashboard()
  await row('contracts', 'WALKS3').getByRole('button', { name: 'Terminate (as the user)' }).click()
  await page.waitForFunction(() => document.querySelector('#contracts')?.textContent?.includes('USER_TERMINATE'))
  assert.match((await row('contracts', 'WALKS3').textContent()) ?? '', /TERMINATED.*USER_TERMINATE/)

  const failed = page.locator('section.notification', { hasText: 'not acknowledged' })
  assert.equal(await failed.count(), 1)
  assert.match((await failed.locator('h3').textContent()) ?? '', /^INSURANCE_ENTRUST\.SIGN → /)
  assert.match((await failed.locator('tbody tr').first().textContent()) ?? '', /^1.*500failed/)
  const id = await failed.getAttribute('data-id')
  await failed.getByRole('button', { name: 'Resend' }).click()
  await page.waitForFunction(() => document.body.textContent?.includes('2 (resend)'))
  const resent = page.locator(`section.notification[data-id="${id}"]`)
  assert.match((await resent.locator('tbody tr').nth(1).textContent()) ?? '', /^2 \(resend\).*200acknowledged/)
  assert.equal(await page.locator('section.notification', { hasText: 'not acknowledged' }).count(), 0)

  const form = page.locator('#fail-next')
  const payContract = await form.locator('option', { hasText: 'WALKPAY' }).getAttribute('value')
  await form.locator('select[name="contract_id"]').selectOption(payContract!)
  await form.locator('select[name="reason"]').selectOption('EXCEED_LIMIT')
  await form.getByRole('button', { name: 'Fail its next deduction' }).click()
  await page.waitForFunction(() => document.querySelector('#fail-next-list')?.tagName === 'TABLE')
  assert.match((await page.locator('#fail-next-list').textContent()) ?? '', /EXCEED_LIMIT/)

  const user = page.locator('#fail-user')
  await user.locator('input[name="openid"]').fill('oWalkUser0000000000000000001')
  await user.locator('select[name="reason"]').selectOption('ACCOUNT_FROZEN')
  await user.getByRole('button', { name: 'Fail every deduction of the user' }).click()
  await page.waitForFunction(() => document.querySelector('#failing-users')?.tagName === 'TABLE')
  assert.match((await row('failing-users', 'oWalkUser').textContent()) ?? '', /ACCOUNT_FROZEN/)
  await row('failing-users', 'oWalkUser').getByRole('button', { name: 'Pay again' }).click()
  await page.waitForFunction(() => document.querySelector('#failing-users')?.tagName === 'P')

  assert.match((await row('faults', '/v3/papay/sign/**').textContent()) ?? '', /system-error2$/)
  await page.getByRole('button', { name: 'Clear the faults' }).click()
  await page.waitForFunction(() => document.querySelector('#faults')?.tagName === 'P')
  assert.deepEqual(m.simulator.faults(), [])

  await page.getByRole('button', { name: '+1 minute' }).click()
  await page.waitForFunction((start) => document.querySelector('#clock')?.textContent !== start, beijingTime(START))
  assert.equal(await page.locator('#clock').textContent(), beijingTime(START + 60_000))
  // The deduction accepted before the switch settles once the clock moves, and fails as it was told.
  assert.deepEqual((await row('deductions', 'WALKT1').locator('td').allTextContents()).slice(4, 6), [
    'FAIL',
    'EXCEED_LIMIT',
  ])
  assert.equal(await page.locator('#fail-next-list').textContent(), 'No deduction is set to fail.')
  await page.screenshot({ path: join(IMAGES, 'dashboard.png'), fullPage: true })
})

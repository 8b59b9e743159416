// The documentation site in a browser (Debian's Chromium through playwright-core, which downloads
// nothing): search for the S1 endpoint by its Chinese name, reach its page, read its request table,
// hover a type-checked example and see the type, and fetch every page of the sidebar.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { after, before, it } from 'node:test'
import type { Page } from 'playwright-core'
import { SIDEBAR_PATH } from '../../scripts/site/index.js'
import { type Browser, launchChromium } from '../chromium.js'
import { ensureBuilt, ROOT, serveSite } from './docs-site-server.js'

const S1 = '/endpoints/insurance/papay-insurance-sign-contracts-pre-entrust-sign-mini-program-post'

let site: { url: string; server: Server }
let browser: Browser
let page: Page

before(
  async () => {
    ensureBuilt()
    site = await serveSite()
    browser = await launchChromium('docs')
    page = browser.page
  },
  { timeout: 20 * 60_000 },
)

after(async () => {
  await browser?.close()
  site?.server.close()
})

it('finds S1 by its Chinese name and opens its page', { timeout: 60_000 }, async () => {
  await page.goto(`${site.url}/`)
  await page.locator('#local-search button').click()
  await page.locator('#localsearch-input').fill('保险商户小程序预签约')
  const first = page.locator('#localsearch-list .result').first()
  await assertText(first.locator('.title.main'), '保险商户小程序预签约')
  await first.click()
  // A result links to the section that matched; the page is the S1 page.
  await page.waitForURL((url) => url.pathname === S1, { waitUntil: 'commit' })
  await page.locator('h1').waitFor()
  assert.equal(await page.title(), '保险商户小程序预签约 | wxpay')
  assert.equal((await page.locator('h1').innerText()).split('\n')[0], '保险商户小程序预签约')
})

it('finds S1 by its path, and the pages that have a field by its name', { timeout: 60_000 }, async () => {
  const hrefs = async (query: string) => {
    await page.locator('#local-search button').click()
    await page.locator('#localsearch-input').fill(query)
    await page.locator('#localsearch-list .result').first().waitFor()
    const found = await page
      .locator('#localsearch-list .result')
      .evaluateAll((results) => results.map((result) => new URL((result as HTMLAnchorElement).href).pathname))
    await page.keyboard.press('Escape')
    return found
  }
  const byPath = await hrefs('/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program')
  assert.equal(byPath[0], S1)
  // The insurance pre-signs of the catalog that have the field: App, H5, JSAPI and mini-program.
  const byField = await hrefs('combined_deduct_period_count')
  assert.deepEqual(
    [...new Set(byField)].filter((path) => path.startsWith('/endpoints/')).sort(),
    ['app', 'h5', 'jsapi', 'mini-program'].map((name) => `${S1.replace(/mini-program-post$/, '')}${name}-post`).sort(),
  )
})

it('shows the request table with combined_deduct_period_count and its limits', { timeout: 30_000 }, async () => {
  const row = page.locator('tr', {
    has: page.locator('td:first-child code', { hasText: /^combined_deduct_period_count$/ }),
  })
  assert.deepEqual(await row.locator('td').allInnerTexts(), [
    'combined_deduct_period_count',
    'integer',
    'optional',
    '2…3',
    'how many periods the first deduction collects, in first multi-period mode',
    'none given: warns only',
  ])
})

it('shows the inferred type when a twoslash token is hovered', { timeout: 30_000 }, async () => {
  const post = page
    .locator('.vp-doc div[class*="language-ts"]')
    .first()
    .locator('.twoslash-hover', { hasText: /^post$/ })
  await post.first().hover()
  // The `^?` query under `data` stays shown; the hovered token's popup is the one naming post.
  const popup = page.locator('.v-popper__popper--shown .twoslash-popup-container', { hasText: '.post(data:' })
  await popup.waitFor({ state: 'visible' })
  const [signature, , doc] = (await popup.innerText()).split('\n')
  assert.equal(
    signature,
    'V3PapayInsuranceSignContractsPreEntrustSignMiniProgramNode.post(data: PapayInsuranceSignContractsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignMiniProgramPostResponse>>',
  )
  assert.equal(
    doc,
    '保险商户小程序预签约 (insurance pre-sign, mini-program) — POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program, called by 普通商户 (direct merchant).',
  )
})

it('answers 200 for every page of the sidebar', { timeout: 60_000 }, async () => {
  const links = await page
    .locator('.VPSidebar a.VPLink')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href')!))
  const pages = [...new Set(links)]
  // Every generated page is listed (48 endpoints, 13 events), and the guides beside them.
  const generated = JSON.parse(readFileSync(join(ROOT, SIDEBAR_PATH), 'utf8'))
  const expected = [...generated.endpoints.flatMap((group: any) => group.items), ...generated.events].map(
    (item: { link: string }) => item.link,
  )
  assert.deepEqual(
    pages.filter((href) => href.startsWith('/endpoints/') || href.startsWith('/events/')).sort(),
    ['/endpoints/', '/events/', ...expected].sort(),
  )
  assert.equal(expected.length, 48 + 13)
  assert.ok(pages.filter((href) => href.startsWith('/guide/')).length >= 8)
  for (const href of pages) {
    const response = await fetch(new URL(href, site.url))
    assert.equal(response.status, 200, href)
    assert.doesNotMatch(await response.text(), /PAGE NOT FOUND/, href)
  }
})

async function assertText(locator: ReturnType<Page['locator']>, expected: string) {
  await locator.waitFor({ state: 'visible' })
  assert.equal((await locator.innerText()).trim(), expected)
}

// The site's twoslash set-up (docs/.vitepress/twoslash.ts) resolves the workspace's @wxpay/sdk from
// its sources and throws on a type error — which fails `npm run docs:build` — instead of rendering it.
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { codeToHtml } from 'shiki'
import { twoslash } from '../docs/.vitepress/twoslash.js'

const render = (code: string) =>
  codeToHtml(code, {
    lang: 'ts',
    themes: { light: 'github-light', dark: 'github-dark' },
    meta: { __raw: 'twoslash' },
    transformers: [twoslash()],
  })

const call = (planId: string) => `import { WechatPay } from '@wxpay/sdk'
declare const wxpay: WechatPay
const { data } = await wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
  params: { plan_id: ${planId}, out_contract_code: 'C1' },
})
data.contract_state`

it('renders the types of a well-typed example', { timeout: 120_000 }, async () => {
  const html = await render(call('12535'))
  assert.match(html, /twoslash-hover/)
  assert.match(html, /contract_state/)
})

it('throws on a type error, naming it', { timeout: 120_000 }, async () => {
  await assert.rejects(render(call("'12535'")), /2322[\s\S]*Type 'string' is not assignable to type 'number'/)
})

// Every pre-sign variant (spec §4, §5.1–§5.5): its answer by hand-off, its session lifetime, a
// signing page for every session, and the contract it makes found by the family's query — the
// service-provider and payment-institution password-exempt ones by the caller's mchid and code.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { WechatPay } from '@wxpay/sdk'
import { type EndpointDefinition, endpoints, validate } from '@wxpay/sdk/protocol'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import fc from 'fast-check'
import { bodyFor } from '../../sdk/test/helpers/arbitrary.js'
import { clientFor, startWebhook, type Webhook } from './helpers.js'

let simulator: Simulator
let wxpay: WechatPay
let webhook: Webhook
before(async () => {
  simulator = await createSimulator()
  wxpay = clientFor(simulator)
  webhook = await startWebhook(wxpay)
})
after(async () => {
  await webhook.close()
  await simulator.close()
})

const presigns = Object.entries(endpoints as Record<string, EndpointDefinition>).filter(
  ([, endpoint]) => endpoint.simulator?.presign,
)

/** The query that finds a contract of the family, by what its pre-sign said. */
function queryOf(family: string, body: Record<string, any>) {
  const code = body.out_contract_code
  switch (family) {
    case 'insurance':
      return {
        url: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
        params: { plan_id: body.plan_id, out_contract_code: code },
      }
    case 'papay':
      return {
        url: '/v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
        params: { plan_id: body.plan_id, out_contract_code: code },
      }
    case 'papay-partner':
      return {
        url: '/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
        params: { plan_id: body.plan_id, out_contract_code: code, sub_mchid: body.sub_mchid },
      }
    default:
      return {
        url: '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}',
        params: { service_id: body.service_id, out_contract_code: code },
      }
  }
}

describe('every pre-sign variant', () => {
  let index = 0
  for (const [key, endpoint] of presigns) {
    const facts = endpoint.simulator!.presign!
    it(`${key}: ${facts.handoff} hand-off, ${facts.sessionSeconds / 60} min session, a signing page, a contract the query finds`, async () => {
      const [body] = fc.sample(bodyFor(endpoint.request!), { numRuns: 1, seed: 20 + index }) as Record<string, any>[]
      body.out_contract_code = `VAR${++index}`
      body[facts.notifyUrlField] = webhook.url
      if (body.transaction_notify_url) body.transaction_notify_url = webhook.url
      const { data } = await wxpay.request({ method: 'POST', url: endpoint.path, data: body })
      assert.deepEqual(validate(endpoint.response!, data), [])
      const session = simulator.sessions().find((s) => s.request.out_contract_code === body.out_contract_code)!
      assert.equal(session.expiresAt - session.createdAt, facts.sessionSeconds * 1000)
      const answer = data as Record<string, any>
      if (facts.handoff === 'redirect-url' || answer.redirect_url) {
        assert.equal(answer.redirect_url, `${simulator.url}/simulator/sign/${session.pre_entrustweb_id}`)
      }
      if (facts.handoff === 'pay-redirect') assert.equal(answer.out_contract_code, body.out_contract_code)
      else assert.equal(answer.pre_entrustweb_id ?? session.pre_entrustweb_id, session.pre_entrustweb_id)
      if (answer.miniprogram_path ?? answer.mini_program_path) {
        assert.match(
          answer.miniprogram_path ?? answer.mini_program_path,
          new RegExp(`pre_entrustweb_id=${session.pre_entrustweb_id}`),
        )
      }
      // The signing page, reachable for every session (by its id, or its code when the answer has no id).
      const listed = (await (await fetch(`${simulator.url}/simulator/sessions`)).json()).data.find(
        (s: any) => s.out_contract_code === body.out_contract_code,
      )
      const page = await fetch(listed.sign_url)
      assert.equal(page.status, 200)
      assert.match(await page.text(), /Agree and sign/)
      assert.equal((await fetch(`${simulator.url}/simulator/sign/${body.out_contract_code}`)).status, 200)
      const agreed = await fetch(`${simulator.url}/simulator/sessions/${body.out_contract_code}/agree`, {
        method: 'POST',
      })
      assert.equal(agreed.status, 200)
      // After Agree the page shows the contract id and the return of the real flow for its hand-off.
      const after = await (await fetch(listed.sign_url)).text()
      const contractId = (await agreed.json()).contract_id
      assert.ok(after.includes(`Signed. Contract <span id="contract-id">${contractId}</span>`))
      const returned = after.slice(after.indexOf('<p id="return">'))
      if (facts.handoff === 'mini-program' || facts.handoff === 'sign-mini-program') {
        assert.match(returned, /App\.onShow\(options\)/)
        assert.ok(returned.includes(`&#34;contract_id&#34;: &#34;${contractId}&#34;`))
        assert.match(returned, /&#34;returnCode&#34;: &#34;SUCCESS&#34;/)
      } else if (facts.handoff === 'redirect-url' || facts.handoff === 'pay-redirect' || answer.redirect_url) {
        // Opened with no referrer: WeChat Pay goes back in history, without from_wxpay.
        assert.match(returned, /with <code>history\.back\(\)<\/code>/)
      } else assert.match(returned, /WeChat returns to the merchant's App/)
      const query = queryOf(facts.family, body)
      const contract = await wxpay.request({ method: 'GET', ...query })
      assert.equal((contract.data as any).contract_state, 'SIGNED')
      assert.equal((contract.data as any).out_contract_code, body.out_contract_code)
    })
  }
})

// examples/express against the simulator: the merchant's pre-sign route, the simulated user signing,
// the notification arriving at the app's /wxpay/notify, and the contract's state read back.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { signingNavigation } from '@wxpay/sdk/client'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { createApp } from '../../examples/express/app.js'
import { Contracts } from '../../examples/shared/contracts.js'

let sim: Simulator
let base: string
const contracts = new Contracts()
const server = createServer()
before(async () => {
  sim = await createSimulator()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const wxpay = new WechatPay({ ...sim.merchant, certs: sim.certs, apiV3Key: sim.apiV3Key, baseURL: sim.url })
  const app = createApp({
    wxpay,
    contracts,
    notifyUrl: `${base}/wxpay/notify`,
    appid: sim.merchant.appid,
    planId: 12535,
  })
  server.on('request', app)
})
after(async () => {
  server.closeAllConnections()
  server.close()
  await sim.close()
})

const post = (path: string, body: object) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const signer = { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', insured_display_name: '*明', monthly_premium: 1000 }

describe('examples/express against the simulator', () => {
  it('pre-sign, the user signs, the notification records the contract', async () => {
    const answer = await post('/contracts', { ...signer, out_contract_code: 'EXPRESS001' })
    assert.equal(answer.status, 200)
    const data = await answer.json()
    assert.deepEqual(Object.keys(data).sort(), ['pre_entrustweb_id', 'redirect_appid', 'redirect_path'])
    assert.equal(signingNavigation(data).extraData.pre_entrustweb_id, data.pre_entrustweb_id)
    assert.equal((await fetch(`${base}/contracts/EXPRESS001`)).status, 404)

    const contract = sim.agree(data.pre_entrustweb_id)
    await sim.flush()
    const recorded = await fetch(`${base}/contracts/EXPRESS001`)
    assert.equal(recorded.status, 200)
    assert.deepEqual(await recorded.json(), {
      out_contract_code: 'EXPRESS001',
      contract_id: contract.contract_id,
      state: 'SIGNED',
      event_type: 'INSURANCE_ENTRUST.SIGN',
    })
    assert.deepEqual(
      sim.deliveries.map((delivery) => delivery.status),
      [200],
    )
  })

  it('a request the catalog refuses is a 400 that says what to fix; WeChat Pay’s refusal a 502 with its code', async () => {
    const { openid: _, ...anonymous } = signer
    const invalid = await post('/contracts', { ...anonymous, out_contract_code: 'EXPRESS002' })
    assert.equal(invalid.status, 400)
    assert.match((await invalid.json()).message, /\/openid .*Fix: /)
    const reused = await post('/contracts', { ...signer, out_contract_code: 'EXPRESS001' })
    assert.equal(reused.status, 502)
    assert.equal((await reused.json()).code, 'INVALID_REQUEST')
  })
})

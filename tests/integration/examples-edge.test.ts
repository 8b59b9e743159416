// examples/nextjs-edge: the Next.js route handlers with `runtime = 'edge'`, bundled as Next.js bundles
// an edge route (the `edge-light`, `worker` and `browser` conditions, no Node module allowed) and run
// in workerd, a V8 isolate without Node's APIs, with the `process.env` the edge runtime provides.
// Against the simulator: the pre-sign goes out through fetch signed with WebCrypto, the simulated user
// agrees, the simulator delivers the signed notification to the edge route, which records it.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createTestNotification } from '@wxpay/sdk/testing'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { type ServedWorker, serveOnWorkerd } from '../conformance/workerd.js'

const example = fileURLToPath(new URL('../../examples/nextjs-edge/app/api', import.meta.url))
// The routes as Next.js serves them: by path, each module's exported method.
const server = `
import * as notify from '${join(example, 'wxpay/notify/route.ts')}'
import * as contracts from '${join(example, 'contracts/route.ts')}'
const routes = { '/api/wxpay/notify': notify, '/api/contracts': contracts }
export default {
  async fetch(request) {
    const route = routes[new URL(request.url).pathname]
    if (request.method === 'HEAD') return new Response(null)
    if (!route || !route[request.method]) return new Response(null, { status: 404 })
    if (route.runtime !== 'edge') return new Response('not an edge route', { status: 500 })
    return route[request.method](request)
  },
}
`

let sim: Simulator
let edge: ServedWorker
const dir = mkdtempSync(join(tmpdir(), 'wxpay-edge-'))
before(async () => {
  sim = await createSimulator({ mode: 'publicKey' })
  const [[publicKeyId, publicKey]] = Object.entries(sim.certs)
  const env = {
    WXPAY_MCHID: sim.merchant.mchid,
    WXPAY_SERIAL: sim.merchant.serial,
    WXPAY_PRIVATE_KEY: sim.merchant.privateKey,
    WXPAY_APIV3_KEY: sim.apiV3Key,
    WXPAY_PUBLIC_KEY_ID: publicKeyId,
    WXPAY_PUBLIC_KEY: publicKey,
    WXPAY_BASE_URL: sim.url,
  }
  writeFileSync(join(dir, 'server.js'), server)
  edge = await serveOnWorkerd(join(dir, 'server.js'), {
    conditions: ['edge-light', 'worker', 'browser'],
    banner: `globalThis.process = { env: ${JSON.stringify(env)} };`,
  })
})
after(async () => {
  await edge?.close()
  await sim?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('examples/nextjs-edge, on workerd', () => {
  it('pre-signs, takes the signed notification the simulator delivers, refuses an altered one', async () => {
    const code = `EDGE${Date.now()}`
    const presign = await fetch(`${edge.url}/api/contracts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        out_contract_code: code,
        notify_url: `${edge.url}/api/wxpay/notify`,
      }),
    })
    const answer = await presign.json()
    assert.equal(presign.status, 200, JSON.stringify(answer))
    const session = sim.sessions().find((candidate) => candidate.request.out_contract_code === code)
    assert.ok(session)
    assert.deepEqual(answer, {
      pre_entrustweb_id: session.pre_entrustweb_id,
      sign_mp_appid: 'wxbd687630cd02ce1d',
      sign_mp_path: 'pages/PwdExemptContract/index',
    })
    assert.equal((await fetch(`${edge.url}/api/contracts?code=${code}`)).status, 404)

    const contract = sim.agree(session.pre_entrustweb_id)
    await sim.flush()
    const delivered = sim.deliveries.filter((delivery) => delivery.url === `${edge.url}/api/wxpay/notify`)
    assert.deepEqual(
      delivered.map((delivery) => delivery.status),
      [200],
    )
    const read = await fetch(`${edge.url}/api/contracts?code=${code}`)
    assert.deepEqual(await read.json(), {
      out_contract_code: code,
      contract_id: contract.contract_id,
      state: 'SIGNED',
      event_type: 'PASSWORD_EXEMPT_CONTRACT.SIGN',
    })

    // A notification signed by the simulator's key, then altered.
    const signer = sim.platform.signer(undefined)
    const { body, headers } = createTestNotification(
      { event_type: 'PASSWORD_EXEMPT_CONTRACT.TERMINATE', resource: { out_contract_code: code } },
      { privateKey: signer.privateKey, serial: signer.id, apiV3Key: sim.apiV3Key },
    )
    const altered = await fetch(`${edge.url}/api/wxpay/notify`, {
      method: 'POST',
      headers,
      body: body.replace('"id":"', '"id":"0'),
    })
    assert.equal(altered.status, 401)
    assert.equal((await (await fetch(`${edge.url}/api/contracts?code=${code}`)).json()).state, 'SIGNED')
  })
})

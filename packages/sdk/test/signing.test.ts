// Signing (signing.ts through the pipeline): what is signed is exactly what is sent.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { WechatPayOptions } from '@wxpay/sdk'
import { type KeyMode, testClient } from './helpers/clients.js'
import { createKeys, useFakeWechatPay } from './helpers/fake-wechatpay.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)

const client = (mode: KeyMode = 'public-key', extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, fake.server.url, mode, extra)

describe('signing', () => {
  it('signs METHOD, URL, seconds timestamp, a 32-character nonce and the exact body bytes', async () => {
    const before = Math.floor(Date.now() / 1000)
    await client().chain('v3/anything').post('{"a": 1,  "spaced":true}')
    const seen = fake.server.seen[0]
    assert.equal(seen.authorized, true)
    assert.equal(seen.body.toString(), '{"a": 1,  "spaced":true}', 'a string body is sent untouched')
    assert.match(seen.authorization.nonce_str, /^[A-Za-z0-9_-]{32}$/)
    const timestamp = Number(seen.authorization.timestamp)
    assert.ok(timestamp >= before && timestamp <= before + 5, 'timestamp in seconds')
  })

  it('sends a Buffer body byte for byte and signs an empty GET body as an empty line', async () => {
    const bytes = Buffer.from([0x7b, 0x7d, 0x0a, 0x20])
    await client().chain('v3/raw').post(bytes)
    assert.deepEqual(fake.server.seen[0].body, bytes)
    assert.equal(fake.server.seen[0].authorized, true)
    await client().chain('v3/empty').get()
    assert.equal(fake.server.seen[1].body.length, 0)
    assert.equal(fake.server.seen[1].authorized, true)
    await client().chain('v3/empty').post()
    assert.equal(fake.server.seen[2].authorized, true)
    assert.equal(fake.server.seen[2].headers['content-type'], undefined)
  })

  it('serialises an object once and signs those bytes', async () => {
    const body = { b: 2, a: '中文', nested: { z: [1, 2] } }
    await client().chain('v3/json').post(body)
    assert.equal(fake.server.seen[0].body.toString(), JSON.stringify(body))
    assert.equal(fake.server.seen[0].authorized, true)
  })

  it('fills and URL-encodes path parameters, signs the query exactly as sent', async () => {
    await client()
      .chain('v3/things/{thing_id}/$other$')
      .get({ params: { thing_id: 'a b/c?d', other: '中', sub_mchid: '1900000109', q: 'x&y' } })
    const seen = fake.server.seen[0]
    assert.equal(seen.url, '/v3/things/a%20b%2Fc%3Fd/%E4%B8%AD?sub_mchid=1900000109&q=x%26y')
    assert.equal(seen.authorized, true)
  })

  it('types and fills catalog path parameters, query included', async () => {
    fake.reply = () => ({ body: { sp_mchid: keys.mchid } })
    const wxpay = client()
    await wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
      params: { plan_id: 8001, out_contract_code: 'ABC123', sub_mchid: '1900000109' },
    })
    await wxpay
      .chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate')
      .post({ contract_termination_remark: '用户要求' }, { params: { plan_id: 12535, out_contract_code: 'INS1' } })
    assert.equal(
      fake.server.seen[0].url,
      '/v3/papay/sign/partner/contracts/plan-id/8001/out-contract-code/ABC123?sub_mchid=1900000109',
    )
    assert.equal(
      fake.server.seen[1].url,
      '/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/INS1/terminate',
    )
    assert.ok(fake.server.seen.every((seen) => seen.authorized))
  })

  it('reaches segments named like JavaScript built-ins through chain() and the property chain', async () => {
    const wxpay = client()
    await wxpay.chain('v3/then/name/length/delete/constructor/get').post({})
    assert.equal(fake.server.seen[0].url, '/v3/then/name/length/delete/constructor/get')
    await (wxpay as any).v3.name.length.constructor.post({})
    assert.equal(fake.server.seen[1].url, '/v3/name/length/constructor')
  })

  it('sends nothing when the client or a chain node is awaited or returned from an async function', async () => {
    const wxpay = client()
    const awaited = await wxpay
    assert.equal(awaited, wxpay)
    const node = wxpay.v3.papay.insuranceSign
    const fromAsync = await (async () => node)()
    assert.equal(fromAsync, node)
    await (async () => wxpay.v3)()
    assert.equal(fake.server.seen.length, 0)
  })
})

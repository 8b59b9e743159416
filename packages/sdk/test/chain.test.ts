// Callable chain nodes ("shortland"): `node(data, config)` is `node.post(data, config)`, and nothing
// else about a node changed: awaiting, stringifying or inspecting one sends nothing.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { inspect } from 'node:util'
import { ValidationError } from '@wxpay/sdk'
import { testClient } from './helpers/clients.js'
import { createKeys, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody, partnerBody, passwordExemptBody } from './helpers/seeds.js'

const fake = useFakeWechatPay(createKeys())
const { keys } = fake

const client = () => testClient(keys, fake.server.url)
const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const S3 = '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'
const S4 = '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'

describe('calling a chain node is a POST', () => {
  it('sends the same request as .post() for the seed endpoints, in the three chain forms', async () => {
    fake.reply = (seen) => ({ body: { seen: seen.url } })
    const wxpay = client()
    const calls = [
      () => wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram(insuranceBody()),
      () => wxpay.chain('v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program')(insuranceBody()),
      () => wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'](insuranceBody()),
      () => wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram(partnerBody()),
      () => wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram(passwordExemptBody()),
    ]
    const expected = [S1, S1, S1, S3, S4]
    for (const [index, call] of calls.entries()) {
      const { status, data } = await call()
      assert.equal(status, 200)
      assert.deepEqual(data, { seen: expected[index] })
    }
    assert.deepEqual(
      fake.server.seen.map((seen) => [seen.method, seen.url, seen.authorized]),
      expected.map((path) => ['POST', path, true]),
    )
    assert.deepEqual(JSON.parse(fake.server.seen[4].body.toString()), passwordExemptBody())
  })

  it('takes the config as its second argument: path parameters, query and headers', async () => {
    fake.reply = () => ({ body: { mchid: keys.mchid, service_id: 500001, out_contract_code: 'PE1' } })
    const wxpay = client()
    const contract =
      wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$
    const { data } = await contract.terminate(
      { contract_termination_remark: '用户要求' },
      { params: { service_id: 500001, out_contract_code: 'PE1' }, headers: { 'X-Trace': 't-1' } },
    )
    assert.equal(data.out_contract_code, 'PE1')
    const seen = fake.server.seen[0]
    assert.equal(seen.method, 'POST')
    assert.equal(seen.url, '/v3/password-exempt-contract/contracts/service-id/500001/out-contract-code/PE1/terminate')
    assert.equal(seen.headers['x-trace'], 't-1')
    assert.equal(seen.body.toString(), '{"contract_termination_remark":"用户要求"}')
  })

  it('validates and encrypts as .post() does', async () => {
    const wxpay = client()
    const { appid: _, ...withoutAppid } = insuranceBody()
    await assert.rejects(
      (wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram as any)(withoutAppid),
      (error: unknown) => error instanceof ValidationError && error.issues[0].field === '/appid',
    )
    assert.equal(fake.server.seen.length, 0)
    await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram({
      ...insuranceBody(),
      real_identity: { real_name: '张三', id_card_number: '110101199003074578' },
    })
    const sent = JSON.parse(fake.server.seen[0].body.toString())
    assert.equal(fake.server.seen[0].headers['wechatpay-serial'], keys.publicKeyId)
    assert.equal(Buffer.from(sent.real_identity.real_name, 'base64').length, 256)
  })

  it('makes nodes outside the catalog callable too, untyped', async () => {
    const wxpay = client()
    await wxpay.chain('v3/some/future/endpoint')({ a: 1 })
    await (wxpay as any)['v3/other/endpoint']({ b: 2 }, { params: { sub_mchid: '1900000109' } })
    await (wxpay as any).v3.marketing.busifavor.stocks({ c: 3 })
    await wxpay.chain('v3/empty')()
    assert.deepEqual(
      fake.server.seen.map((seen) => [seen.method, seen.url, seen.body.toString()]),
      [
        ['POST', '/v3/some/future/endpoint', '{"a":1}'],
        ['POST', '/v3/other/endpoint?sub_mchid=1900000109', '{"b":2}'],
        ['POST', '/v3/marketing/busifavor/stocks', '{"c":3}'],
        ['POST', '/v3/empty', ''],
      ],
    )
  })
})

describe('a callable node sends nothing unless called', () => {
  it('awaiting it, returning it from an async function, stringifying or inspecting it sends nothing', async () => {
    const wxpay = client()
    const node = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram
    assert.equal(await node, node)
    assert.equal(await (async () => node)(), node)
    assert.equal(`${node}`, '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program')
    assert.equal(String(wxpay.chain('v3/a/{id}')), '/v3/a/{id}')
    assert.equal(JSON.stringify({ node }), '{}')
    assert.equal(JSON.stringify(node), undefined)
    assert.match(inspect(node), /Function/)
    assert.equal(fake.server.seen.length, 0)
  })

  it('keeps name, length and other built-in names as segments, and keeps the proxy invariants', async () => {
    const wxpay = client()
    const node = (wxpay as any).v3.name
    assert.equal(typeof node, 'function')
    assert.equal(typeof node.length, 'function', 'length is a child node, not the arity')
    assert.deepEqual(Reflect.ownKeys(node).sort(), ['length', 'name'])
    assert.equal(Object.getOwnPropertyDescriptor(node, 'prototype'), undefined)
    assert.deepEqual(Object.keys(node), [])
    await node.length.constructor.apply.call.bind.toString()
    await node.delete()
    assert.deepEqual(
      fake.server.seen.map((seen) => [seen.method, seen.url]),
      [
        ['POST', '/v3/name/length/constructor/apply/call/bind/to-string'],
        ['DELETE', '/v3/name'],
      ],
    )
    assert.equal((wxpay as any).v3.then, undefined)
    assert.equal((wxpay as any).v3.toJSON, undefined)
    await wxpay.chain('v3/then/toJSON')()
    assert.equal(fake.server.seen[2].url, '/v3/then/toJSON')
  })
})

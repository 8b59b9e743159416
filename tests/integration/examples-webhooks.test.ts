// examples/fastify, examples/hono and the Next.js route handler of examples/nextjs, each given
// notifications built with createTestNotification under keys of the test's own (no simulator): a
// signed event is recorded (and a redelivery answered 200 again), an altered one refused.
import assert from 'node:assert/strict'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { createTestNotification, selfSignedCertificate } from '@wxpay/sdk/testing'
import { buildApp } from '../../examples/fastify/app.js'
import { createApp } from '../../examples/hono/app.js'
import { Contracts } from '../../examples/shared/contracts.js'

// WeChat Pay's side (a key named like a WeChat Pay public key) and the merchant's, both made here.
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
const publicKeyId = `PUB_KEY_ID_01${randomBytes(13).toString('hex').toUpperCase()}`.slice(0, 39)
const apiV3Key = randomBytes(16).toString('hex')
const options = {
  mchid: '1900000001',
  serial: selfSignedCertificate(merchant.privateKey).serial,
  privateKey: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  certs: { [publicKeyId]: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  apiV3Key,
}
const dir = mkdtempSync(join(tmpdir(), 'wxpay-examples-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** A signed ENTRUST.SIGN (or .TERMINATE) for contract code `code`; `tamper` changes the body after signing. */
function notification(code: string, event = 'ENTRUST.SIGN', tamper = false) {
  const resource = {
    mchid: '1900000001',
    appid: 'wxd678efh567hg6787',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    contract_id: `2026${String(randomBytes(6).readUIntBE(0, 6)).padStart(15, '0')}`,
    plan_id: 12535,
    out_contract_code: code,
    contract_display_account: '张三',
    contract_state: event.endsWith('SIGN') ? 'SIGNED' : 'TERMINATED',
    contract_signed_time: '2026-11-22T10:00:00+08:00',
    contract_expired_time: '2027-11-22T10:00:00+08:00',
  }
  const sent = createTestNotification(
    { event_type: event, resource },
    { privateKey: platform.privateKey, serial: publicKeyId, apiV3Key },
  )
  return { headers: sent.headers, body: tamper ? sent.body.replace('"ENTRUST', '"ENTRUST ') : sent.body, resource }
}

const expected = (resource: { out_contract_code: string; contract_id: string }, state: string, event_type: string) => ({
  out_contract_code: resource.out_contract_code,
  contract_id: resource.contract_id,
  state,
  event_type,
})

describe('examples/fastify', () => {
  it('records a signed contract, answers its redelivery 200, refuses an altered one, serves the contract', async () => {
    const contracts = new Contracts()
    const app = buildApp(new WechatPay(options), contracts)
    const deliver = (sent: ReturnType<typeof notification>) =>
      app.inject({ method: 'POST', url: '/wxpay/notify', headers: sent.headers, payload: sent.body })
    try {
      const sent = notification('FASTIFY001')
      for (let delivery = 0; delivery < 2; delivery++) {
        const reply = await deliver(sent)
        assert.equal(reply.statusCode, 200)
        assert.deepEqual(reply.json(), { code: 'SUCCESS' })
      }
      const refused = await deliver(notification('FASTIFY002', 'ENTRUST.SIGN', true))
      assert.equal(refused.statusCode, 401)
      assert.equal(contracts.get('FASTIFY002'), undefined)
      const read = await app.inject({ method: 'GET', url: '/contracts/FASTIFY001' })
      assert.deepEqual(read.json(), expected(sent.resource, 'SIGNED', 'ENTRUST.SIGN'))
    } finally {
      await app.close()
    }
  })
})

describe('examples/hono', () => {
  it('signs, then terminates: the contract’s state follows the notifications', async () => {
    const contracts = new Contracts()
    const app = createApp(new WechatPay(options), contracts)
    const deliver = (sent: ReturnType<typeof notification>) =>
      app.request('/wxpay/notify', { method: 'POST', headers: sent.headers, body: sent.body })
    const signed = notification('HONO001')
    assert.equal((await deliver(signed)).status, 200)
    const ended = notification('HONO001', 'ENTRUST.TERMINATE')
    assert.equal((await deliver(ended)).status, 200)
    const read = await app.request('/contracts/HONO001')
    assert.deepEqual(await read.json(), expected(ended.resource, 'TERMINATED', 'ENTRUST.TERMINATE'))
    assert.equal((await app.request('/contracts/HONO404')).status, 404)
  })
})

describe('examples/nextjs: the route handler, called as Next.js calls it', () => {
  it('POST(request) answers 200 to a signed notification and 401 to an altered one', async () => {
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content)
      return join(dir, name)
    }
    // The route's client comes from the environment, as in a deployed app.
    const config = {
      mchid: options.mchid,
      serial: options.serial,
      privateKeyFile: file('apiclient_key.pem', options.privateKey),
      apiV3KeyFile: file('apiv3.key', `${apiV3Key}\n`),
      certs: { [publicKeyId]: file('pub_key.pem', options.certs[publicKeyId]) },
    }
    process.env.WXPAY_CONFIG = file('config.json', JSON.stringify(config))
    const route = await import('../../examples/nextjs/app/api/wxpay/notify/route.js')
    const { contracts } = await import('../../examples/nextjs/lib/wxpay.js')
    delete process.env.WXPAY_CONFIG
    assert.equal(route.runtime, 'nodejs')
    const url = 'https://merchant.example.com/api/wxpay/notify'
    const sent = notification('NEXT001')
    const response = await route.POST(new Request(url, { method: 'POST', headers: sent.headers, body: sent.body }))
    assert.equal(response.status, 200)
    assert.deepEqual(await response.json(), { code: 'SUCCESS' })
    assert.deepEqual(contracts.get('NEXT001'), expected(sent.resource, 'SIGNED', 'ENTRUST.SIGN'))
    const altered = notification('NEXT002', 'ENTRUST.SIGN', true)
    const refused = await route.POST(new Request(url, { method: 'POST', headers: altered.headers, body: altered.body }))
    assert.equal(refused.status, 401)
  })
})

// @wxpay/sdk/compat against a stand-in WeChat Pay: wechatpay-axios-plugin's options, chain and
// request config in; the SDK's signed, verified, encrypted requests out; axios-shaped results back.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { inspect } from 'node:util'
import { SignatureVerificationError, ValidationError, WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { ApiV2NotSupportedError, type CompatError, Wechatpay, type WechatpayOptions } from '@wxpay/sdk/compat'
import { fastClock } from './helpers/clients.js'
import { createKeys, decryptField, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { pemLines } from './helpers/notifications.js'
import { insuranceBody } from './helpers/seeds.js'

const fake = useFakeWechatPay(createKeys())
const { keys } = fake
const dir = mkdtempSync(join(tmpdir(), 'wxpay-compat-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const SECRET = 'an-apiv2-key-of-32-characters-xx'
const options = (extra: Partial<WechatpayOptions> = {}): WechatpayOptions => ({
  mchid: keys.mchid,
  serial: keys.merchantSerial,
  privateKey: keys.merchant.privatePem,
  certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
  secret: SECRET,
  merchant: { cert: keys.merchantCertPem, key: keys.merchant.privatePem },
  baseURL: `${fake.server.url}/`,
  clock: fastClock(),
  ...extra,
})
const compat = (extra: Partial<WechatpayOptions> = {}) => new Wechatpay(options(extra))
const sent = () => fake.server.seen.map((seen) => `${seen.method} ${seen.url}`)

describe('the chain of wechatpay-axios-plugin', () => {
  it('names segments as it does: camelCase and PascalCase to kebab-case, $name$, _name_ and {name} placeholders', async () => {
    const wxpay = compat()
    await wxpay.v3.Marketing.busifavorStocks.post({ a: 1 })
    await wxpay.v3.pay.transactions.id._transaction_id_.get({ transaction_id: 'a b/c', params: { mchid: '1' } })
    await wxpay.v3.things.$thing_id$.parts['{part_id}'].put({ b: 2 }, { thing_id: 7, part_id: 'x' })
    await wxpay.v3.a.chain('b/c').d.patch({ c: 3 })
    await wxpay['/v3/e/f'].delete()
    await wxpay.chain('v3/g').h({ d: 4 })
    assert.deepEqual(sent(), [
      'POST /v3/marketing/busifavor-stocks',
      'GET /v3/pay/transactions/id/a%20b%2Fc?mchid=1',
      'PUT /v3/things/7/parts/x',
      'PATCH /v3/a/b/c/d',
      'DELETE /v3/e/f',
      'POST /v3/g/h',
    ])
    assert.deepEqual(
      fake.server.seen.map((seen) => seen.body.toString()),
      ['{"a":1}', '', '{"b":2}', '{"c":3}', '', '{"d":4}'],
    )
    assert.ok(fake.server.seen.every((seen) => seen.authorized))
  })

  it('leaves a placeholder absent from the config to params, and refuses one given nowhere before sending', async () => {
    const wxpay = compat()
    await wxpay.v3.things.$thing_id$.get({ params: { thing_id: 9, sub_mchid: '1900000109', empty: null } })
    await wxpay.v3.things.get({ params: new URLSearchParams({ offset: '0', limit: '10' }) })
    assert.deepEqual(sent(), ['GET /v3/things/9?sub_mchid=1900000109', 'GET /v3/things?offset=0&limit=10'])
    await assert.rejects(wxpay.v3.things.$thing_id$.get(), (error: unknown) => {
      assert.ok(error instanceof ValidationError)
      assert.equal((error as CompatError).response, undefined)
      return error.issues[0].field === 'thing_id'
    })
    assert.equal(fake.server.seen.length, 2)
  })

  it('sends the constructor headers with every request and the call headers with it; await sends nothing', async () => {
    const wxpay = compat({ headers: { 'X-App': 'shop', 'X-Both': 'client' }, timeout: 0 })
    assert.equal(await wxpay, wxpay)
    await wxpay.v3.x.get({ headers: { 'X-Both': 'call', 'X-Call': 1 } })
    const { headers } = fake.server.seen[0]
    assert.deepEqual([headers['x-app'], headers['x-both'], headers['x-call']], ['shop', 'call', '1'])
    assert.ok(wxpay.client instanceof WechatPay)
    assert.equal(typeof wxpay.v3.client, 'function', 'below the root, client is a segment')
  })

  it('reads keys as Rsa.from does: file:// and public.spki:// strings', async () => {
    const file = join(dir, 'apiclient_key.pem')
    writeFileSync(file, keys.merchant.privatePem)
    const spki = keys.platformPublicKey.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
    const wxpay = compat({ privateKey: `file://${file}`, certs: { [keys.publicKeyId]: `public.spki://${spki}` } })
    const { status } = await wxpay.v3.ping.get()
    assert.equal(status, 200)
    assert.equal(fake.server.seen[0].authorized, true)
  })

  it('refuses APIv2 with a typed error that names the fix, sending nothing', async () => {
    await assert.rejects(compat().v2.pay.micropay({ body: 'x' }), (error: unknown) => {
      assert.ok(error instanceof ApiV2NotSupportedError)
      assert.match(error.message, /^POST \/v2\/pay\/micropay: APIv2 \(XML\) is not supported/)
      assert.match(error.message, /Fix: .*wechatpay-axios-plugin for the APIv2 calls/)
      return true
    })
    assert.equal(fake.server.seen.length, 0)
  })
})

describe('axios-shaped results', () => {
  it('resolves to { status, statusText, headers, data }; an empty body is data ""', async () => {
    fake.reply = (seen) => (seen.method === 'DELETE' ? { status: 204 } : { body: { ok: true } })
    const wxpay = compat()
    const result = await wxpay.v3.x.post({})
    assert.deepEqual(Object.keys(result), ['status', 'statusText', 'headers', 'data'])
    assert.deepEqual([result.status, result.statusText, result.data], [200, 'OK', { ok: true }])
    assert.match(result.headers['request-id'], /^08/)
    assert.equal(result.headers['wechatpay-serial'], keys.publicKeyId)
    const empty = await wxpay.v3.x.delete()
    assert.deepEqual([empty.status, empty.statusText, empty.data], [204, 'No Content', ''])
  })

  it('rejects with the typed error, carrying axios-style response with the body as sent', async () => {
    const body = { code: 'PARAM_ERROR', message: '参数错误', detail: { field: '/a', location: 'body' } }
    fake.reply = () => ({ status: 400, body })
    const caught: CompatError = await compat()
      .v3.x.post({})
      .catch((rejection: CompatError) => rejection)
    const { status, statusText, headers, data } = caught.response!
    const error = caught as WechatPayApiError
    assert.ok(error instanceof WechatPayApiError)
    assert.equal(error.code, 'PARAM_ERROR')
    assert.deepEqual(error.data, body)
    assert.deepEqual([status, statusText, data], [400, 'Bad Request', body])
    assert.equal(headers['request-id'], error.requestId)

    fake.reply = () => ({ status: 502, body: '<html>bad gateway</html>', signer: 'none' })
    const html: CompatError = await compat()
      .v3.x.get()
      .catch((caught: CompatError) => caught)
    assert.deepEqual([html.response?.status, html.response?.data], [502, '<html>bad gateway</html>'])
    assert.equal((html as WechatPayApiError).verified, false)
  })

  it('never hands over a response whose signature does not verify', async () => {
    fake.reply = () => ({ body: { ok: true }, tamper: () => Buffer.from('{"ok":false}') })
    await assert.rejects(compat().v3.x.get(), (error: unknown) => {
      assert.ok(error instanceof SignatureVerificationError)
      assert.equal((error as CompatError).response, undefined)
      return error.reason === 'bad-signature'
    })
  })
})

describe('Wechatpay-Serial as the seed pages give it', () => {
  const identity = { real_name: '张三', id_card_number: '110101199003074578' }
  const S1 = 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'

  for (const placeholder of ['', '   ', '…', '********', '<Wechatpay-Serial>']) {
    it(`${JSON.stringify(placeholder)} means not given: the SDK encrypts and names the key`, async () => {
      await compat()[S1](
        { ...insuranceBody(), real_identity: identity },
        { headers: { 'Wechatpay-Serial': placeholder } },
      )
      const seen = fake.server.seen[0]
      assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
      const fields = JSON.parse(seen.body.toString()).real_identity
      assert.equal(decryptField(fields.real_name, keys.platformPublicKey.privateKey), identity.real_name)
    })
  }

  it('a key id is kept, with fields encrypted by hand', async () => {
    const { Rsa } = await import('@wxpay/sdk/compat')
    const real_identity = {
      real_name: Rsa.encrypt(identity.real_name, keys.platformPublicKey.publicPem),
      id_card_number: Rsa.encrypt(identity.id_card_number, keys.platformPublicKey.publicPem),
    }
    await compat()[S1]({ ...insuranceBody(), real_identity }, { headers: { 'Wechatpay-Serial': keys.publicKeyId } })
    const seen = fake.server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
    assert.deepEqual(JSON.parse(seen.body.toString()).real_identity, real_identity)
  })
})

it('keeps the keys and the APIv2 secret out of inspect() and of errors', async () => {
  fake.reply = () => ({ status: 500, body: { code: 'SYSTEM_ERROR', message: 'x' } })
  const wxpay = compat()
  const error = await wxpay.v3.x.post({}).catch((caught: unknown) => caught)
  const text = [inspect(wxpay, { depth: 5 }), inspect(wxpay.client, { depth: 5 }), inspect(error, { depth: 5 })].join()
  for (const secret of [SECRET, ...pemLines(keys.merchant.privatePem)]) assert.ok(!text.includes(secret))
})

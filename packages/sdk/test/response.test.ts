// Error responses (response.ts): typed API errors, what was signed on SIGN_ERROR, unverified errors.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { inspect } from 'node:util'
import { SignatureVerificationError, WechatPayApiError, type WechatPayOptions } from '@wxpay/sdk'
import { type KeyMode, testClient } from './helpers/clients.js'
import { createKeys, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)

const client = (mode: KeyMode = 'public-key', extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, fake.server.url, mode, extra)

describe('API errors', () => {
  it('maps 400 PARAM_ERROR with detail and Request-ID', async () => {
    fake.reply = () => ({
      status: 400,
      body: {
        code: 'PARAM_ERROR',
        message: '参数错误',
        detail: { field: '/plan_id', value: 0, issue: 'bad', location: 'body' },
      },
    })
    await assert.rejects(client().chain('v3/x').post({}), (error: WechatPayApiError) => {
      assert.ok(error instanceof WechatPayApiError)
      assert.equal(error.status, 400)
      assert.equal(error.code, 'PARAM_ERROR')
      assert.deepEqual(error.detail, { field: '/plan_id', value: 0, issue: 'bad', location: 'body' })
      assert.match(error.requestId!, /^08/)
      assert.equal(error.verified, true)
      assert.equal(error.signed, undefined)
      return true
    })
  })

  it('carries what was signed locally on 401 SIGN_ERROR, never the key', async () => {
    fake.reply = () => ({ status: 401, body: { code: 'SIGN_ERROR', message: '签名错误' } })
    const body = '{"x":1}'
    await assert.rejects(
      client()
        .chain('v3/sign-me')
        .post(body, { params: { q: 1 } }),
      (error: WechatPayApiError) => {
        assert.equal(error.code, 'SIGN_ERROR')
        const seen = fake.server.seen[0]
        assert.deepEqual(error.signed, {
          method: 'POST',
          url: '/v3/sign-me?q=1',
          timestamp: seen.authorization.timestamp,
          nonce: seen.authorization.nonce_str,
          bodyLength: 7,
          bodySha256: createHash('sha256').update(body).digest('hex'),
          serial: keys.merchantSerial,
        })
        assert.ok(error.message.includes(seen.authorization.nonce_str))
        assert.ok(!error.message.includes(seen.authorization.signature))
        return true
      },
    )
  })

  it('maps an unsigned 500 and marks it unverified', async () => {
    fake.reply = () => ({
      status: 500,
      body: { code: 'SYSTEM_ERROR', message: '系统异常，请稍后重试' },
      signer: 'none',
    })
    await assert.rejects(client().chain('v3/x').get(), (error: WechatPayApiError) => {
      assert.equal(error.status, 500)
      assert.equal(error.code, 'SYSTEM_ERROR')
      assert.equal(error.verified, false)
      return true
    })
  })

  it('rejects a signed error whose signature does not verify', async () => {
    fake.reply = () => ({
      status: 400,
      body: { code: 'PARAM_ERROR', message: 'x' },
      signature: Buffer.alloc(256).toString('base64'),
    })
    await assert.rejects(client().chain('v3/x').get(), SignatureVerificationError)
  })

  it('masks the detail values of fields the catalog marks encrypted or personal, in message, stack, inspect and JSON', async () => {
    const wxpay = client()
    const S1 = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram
    const body = { ...insuranceBody(), real_identity: { real_name: '王小明', id_card_number: '110101199003074578' } }
    const issue = { issue: 'bad', location: 'body' }
    for (const [detail, masked] of [
      [{ field: '/real_identity/real_name', value: '王小明', ...issue }, true],
      [{ field: '/real_identity', value: body.real_identity, ...issue }, true],
      [{ field: '/openid', value: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', ...issue }, true],
      [{ field: 'real_identity.id_card_number', value: '110101199003074578', ...issue }, true],
      [{ value: '王小明', ...issue }, true],
      [{ field: '/policy_periods', value: [{ real_name: '王小明' }], ...issue }, true],
      [{ field: '/appid', value: 'wxd678efh567hg6787', ...issue }, false],
    ] as [Record<string, unknown>, boolean][]) {
      const list = [detail]
      for (const sent of [detail, list]) {
        fake.reply = () => ({ status: 400, body: { code: 'PARAM_ERROR', message: '参数错误', detail: sent } })
        await assert.rejects(S1.post(body), (error: WechatPayApiError) => {
          const expected = masked ? { ...detail, value: '<masked>' } : detail
          assert.deepEqual(error.detail, sent === list ? [expected] : expected)
          assert.deepEqual((error.data as { detail: unknown }).detail, error.detail)
          const printed = [String(error), error.stack, inspect(error, { depth: 20 }), JSON.stringify(error)].join()
          for (const secret of ['王小明', '110101199003074578', 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o']) {
            assert.ok(!printed.includes(secret), `${JSON.stringify(detail.field)}: no ${secret}`)
          }
          if (!masked) assert.ok(error.message.includes('wxd678efh567hg6787'))
          return true
        })
      }
    }
  })

  it('an error body nested 10,000 deep is a WechatPayApiError, not a RangeError', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    fake.reply = () => ({ status: 400, body: `{"code":"PARAM_ERROR","message":"x","detail":${deep}}` })
    await assert.rejects(client().chain('v3/x').get(), (error: WechatPayApiError) => {
      assert.ok(error instanceof WechatPayApiError)
      assert.equal(error.code, 'PARAM_ERROR')
      assert.equal(error.detail, undefined)
      assert.deepEqual(error.data, { code: 'PARAM_ERROR', message: 'x' })
      assert.ok(JSON.stringify(error).length > 0)
      return true
    })
  })
})

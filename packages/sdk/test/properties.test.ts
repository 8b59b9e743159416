import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DecryptionError, decryptSensitive, encryptSensitive, WechatPay } from '@wxpay/sdk'
import { decryptAesGcm, encryptAesGcm, endpoints, matchEndpoint, validate } from '@wxpay/sdk/protocol'
import fc from 'fast-check'
import { createKeys, startFakeWechatPay } from './helpers/fake-wechatpay.js'

const keys = createKeys()
let server: Awaited<ReturnType<typeof startFakeWechatPay>>
before(async () => {
  server = await startFakeWechatPay(keys, () => ({ body: {} }))
})
after(() => server.close())

const client = () =>
  new WechatPay({
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: keys.merchant.privatePem,
    certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
    baseURL: server.url,
  })

describe('properties', () => {
  it('validation never throws and names every problem with a JSON pointer and a fix', () => {
    const schemas = Object.values(endpoints).flatMap((endpoint) =>
      'request' in endpoint && endpoint.request ? [endpoint.request] : [],
    )
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.jsonValue(), (schema, value) => {
        for (const issue of validate(schema, value)) {
          assert.match(issue.field, /^\//)
          assert.ok(issue.issue.length > 0 && issue.fix.length > 0)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('the bytes signed are the bytes sent, whatever the body and the query', async () => {
    const wxpay = client()
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.uint8Array().map((bytes) => Buffer.from(bytes)),
          fc.jsonValue(),
        ),
        fc.dictionary(fc.string({ minLength: 1, unit: 'binary' }), fc.string({ unit: 'binary' }), { maxKeys: 3 }),
        async (data, params) => {
          await wxpay.chain('v3/property').post(data, { params })
          const seen = server.seen.at(-1)!
          assert.equal(seen.authorized, true)
          // null, like undefined, means no body.
          const expected =
            typeof data === 'string'
              ? Buffer.from(data)
              : Buffer.isBuffer(data)
                ? data
                : Buffer.from(data === null ? '' : JSON.stringify(data))
          assert.deepEqual(seen.body, expected)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('path parameters survive encoding: the simulator side decodes what the client encoded', () => {
    const template = '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'
    fc.assert(
      fc.property(fc.nat(), fc.string({ minLength: 1, unit: 'binary' }), (plan, code) => {
        const url = template
          .replace('{plan_id}', encodeURIComponent(String(plan)))
          .replace('{out_contract_code}', encodeURIComponent(code))
        assert.deepEqual(matchEndpoint('GET', url)?.pathParams, { plan_id: String(plan), out_contract_code: code })
      }),
    )
  })

  it('RSA-OAEP round-trips any field of up to 64 characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64, unit: 'grapheme-composite' }), (text) => {
        const ciphertext = encryptSensitive(text, keys.platformPublicKey.publicKey)
        assert.equal(decryptSensitive(ciphertext, keys.platformPublicKey.privateKey), text)
      }),
      { numRuns: 30 },
    )
  })

  it('AES-256-GCM round-trips, and any changed ciphertext bit fails authentication', () => {
    const key = Buffer.from(keys.apiV3Key)
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 15 }), fc.nat(), (plaintext, aad, bit) => {
        const resource = encryptAesGcm(plaintext, key, aad)
        assert.equal(decryptAesGcm(resource, key).toString(), plaintext)
        const bytes = Buffer.from(resource.ciphertext, 'base64')
        bytes[Math.floor(bit / 8) % bytes.length] ^= 1 << (bit % 8)
        assert.throws(() => decryptAesGcm({ ...resource, ciphertext: bytes.toString('base64') }, key), DecryptionError)
      }),
    )
  })
})

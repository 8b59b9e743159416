// The client end to end against the fake WeChat Pay: the four seed calls in the three chain forms and
// both key modes, typed responses.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { WechatPayOptions } from '@wxpay/sdk'
import { type KeyMode, testClient } from './helpers/clients.js'
import { createKeys, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { S1, S2, S3, S4, seedResponsesFor } from './helpers/seed-responses.js'
import { insuranceBody, partnerBody, passwordExemptBody } from './helpers/seeds.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)

const client = (mode: KeyMode = 'public-key', extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, fake.server.url, mode, extra)
const seedResponses = seedResponsesFor(keys.mchid)

describe('the four seed calls, three chain forms, two key modes', () => {
  for (const mode of ['public-key', 'certificate'] as const) {
    it(`S1–S4 through the property chain, chain() and the path key (${mode})`, async () => {
      fake.reply = (seen) => ({ body: seedResponses[seen.url], signer: mode })
      const wxpay = client(mode)
      const expectedSerial = mode === 'public-key' ? keys.publicKeyId : keys.platformCert.serial

      const calls: [string, () => Promise<{ status: number; data: unknown; requestId: string | undefined }>][] = [
        [S1, () => wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody())],
        [
          S1,
          () => wxpay.chain('v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program').post(insuranceBody()),
        ],
        [S1, () => wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'].post(insuranceBody())],
        [S2, () => wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post(insuranceBody())],
        [S2, () => wxpay.chain(S2).post(insuranceBody())],
        [S2, () => wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'].post(insuranceBody())],
        [S3, () => wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post(partnerBody())],
        [
          S3,
          () =>
            wxpay
              .chain('v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program')
              .post(partnerBody()),
        ],
        [
          S3,
          () =>
            wxpay['v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'].post(partnerBody()),
        ],
        [
          S4,
          () =>
            wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(passwordExemptBody()),
        ],
        [
          S4,
          () =>
            wxpay
              .chain('/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program')
              .post(passwordExemptBody()),
        ],
        [
          S4,
          () =>
            wxpay['v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'].post(
              passwordExemptBody(),
            ),
        ],
      ]
      for (const [path, call] of calls) {
        const result = await call()
        assert.equal(result.status, 200)
        assert.deepEqual(result.data, seedResponses[path])
        assert.match(result.requestId ?? '', /^08[0-9A-F]{24}$/)
        const seen = fake.server.seen.at(-1)!
        assert.equal(seen.url, path)
        assert.equal(seen.method, 'POST')
        assert.equal(seen.authorized, true, `Authorization must verify with the merchant key for ${path}`)
        assert.equal(seen.headers['content-type'], 'application/json')
        assert.equal(seen.headers.accept, 'application/json')
        // S1/S2 require Wechatpay-Serial; in public-key mode every request names the public key.
        const insurance = path === S1 || path === S2
        assert.equal(seen.headers['wechatpay-serial'], insurance || mode === 'public-key' ? expectedSerial : undefined)
      }
      assert.equal(fake.server.seen.length, 12)
    })
  }

  it('S1 response data is typed', async () => {
    fake.reply = (seen) => ({ body: seedResponses[seen.url] })
    const { data } = await client().v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody())
    const id: string = data.pre_entrustweb_id
    assert.equal(id, '5778aadY9nltAsZzXixCkFIGYnV2V')
  })
})

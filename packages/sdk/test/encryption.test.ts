// Encryption of sensitive fields (encryption.ts through the pipeline) and the Wechatpay-Serial it decides.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { encryptSensitive, ValidationError, type WechatPayOptions } from '@wxpay/sdk'
import { type KeyMode, testClient } from './helpers/clients.js'
import { createKeys, decryptField, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { seedResponsesFor } from './helpers/seed-responses.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)

const client = (mode: KeyMode = 'public-key', extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, fake.server.url, mode, extra)
const seedResponses = seedResponsesFor(keys.mchid)

describe('sensitive fields', () => {
  const identity = { real_name: '张三', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const }

  it('encrypts plaintext real_identity with the public key and names it in Wechatpay-Serial once', async () => {
    fake.reply = (seen) => ({ body: seedResponses[seen.url] })
    const body = { ...insuranceBody(), real_identity: identity }
    await client('mixed').v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body)
    const seen = fake.server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
    const sent = JSON.parse(seen.body.toString())
    assert.notEqual(sent.real_identity.real_name, identity.real_name)
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformPublicKey.privateKey), '张三')
    assert.equal(
      decryptField(sent.real_identity.id_card_number, keys.platformPublicKey.privateKey),
      '110101199003074578',
    )
    assert.equal(sent.real_identity.identity_type, 'ID_CARD')
    assert.equal(body.real_identity.real_name, '张三', "the caller's object is not modified")
    assert.ok(!seen.body.toString().includes('张三'))
  })

  it('uses the platform certificate when no public key is configured', async () => {
    fake.reply = (seen) => ({ body: seedResponses[seen.url], signer: 'certificate' })
    await client('certificate').v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post({
      ...insuranceBody(),
      real_identity: identity,
    })
    const seen = fake.server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], keys.platformCert.serial)
    const sent = JSON.parse(seen.body.toString())
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformCertKey.privateKey), '张三')
  })

  it('sends pre-encrypted values unchanged when the caller passes Wechatpay-Serial, as the seed pages do', async () => {
    fake.reply = (seen) => ({ body: seedResponses[seen.url] })
    const realName = encryptSensitive('李四', keys.platformPublicKey.publicKey)
    const idCard = encryptSensitive('110101199003074579', keys.platformPublicKey.publicKey)
    const body = { ...insuranceBody(), real_identity: { real_name: realName, id_card_number: idCard } }
    await client('mixed').v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body, {
      headers: { 'Wechatpay-Serial': keys.publicKeyId },
    })
    const seen = fake.server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
    const sent = JSON.parse(seen.body.toString())
    assert.equal(sent.real_identity.real_name, realName)
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformPublicKey.privateKey), '李四')
  })

  it('refuses plaintext next to a caller-provided Wechatpay-Serial, and the merchant serial as Wechatpay-Serial', async () => {
    const wxpay = client()
    await assert.rejects(
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        { ...insuranceBody(), real_identity: identity },
        { headers: { 'wechatpay-serial': keys.publicKeyId } },
      ),
      (error: ValidationError) => {
        assert.ok(error instanceof ValidationError)
        assert.equal(error.issues[0].field, '/real_identity/real_name')
        assert.ok(!error.message.includes('张三'))
        return true
      },
    )
    await assert.rejects(
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody(), {
        headers: { 'Wechatpay-Serial': keys.merchantSerial },
      }),
      (error: ValidationError) =>
        error.issues[0].field === 'Wechatpay-Serial' && /merchant certificate serial/.test(error.message),
    )
    assert.equal(fake.server.seen.length, 0)
  })

  it('takes an empty or blank Wechatpay-Serial as not given, as the seed pages show it: the SDK encrypts and names its key', async () => {
    fake.reply = (seen) => ({ body: seedResponses[seen.url] })
    for (const blank of ['', '   ']) {
      await client('mixed').v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        { ...insuranceBody(), real_identity: identity },
        { headers: { 'Wechatpay-Serial': blank } },
      )
    }
    for (const seen of fake.server.seen) {
      assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
      const sent = JSON.parse(seen.body.toString())
      assert.equal(decryptField(sent.real_identity.real_name, keys.platformPublicKey.privateKey), '张三')
    }
    assert.equal(fake.server.seen.length, 2)
  })

  it('refuses, before sending, a Wechatpay-Serial that names no key of the client, with the fix', async () => {
    const realName = encryptSensitive('李四', keys.platformPublicKey.publicKey)
    const body = { ...insuranceBody(), real_identity: { real_name: realName, id_card_number: realName } }
    await assert.rejects(
      client('public-key').v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body, {
        headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_0199999999999999999999999999' },
      }),
      (error: ValidationError) => {
        assert.ok(error instanceof ValidationError)
        assert.equal(error.issues[0].field, 'Wechatpay-Serial')
        assert.match(error.issues[0].fix, /configured in certs/)
        return true
      },
    )
    assert.equal(fake.server.seen.length, 0)
  })

  it('refuses a field too long for RSA-OAEP with a ValidationError naming it, never its value; 214 bytes still go', async () => {
    const warnings: unknown[] = []
    const wxpay = client('public-key', { onValidationWarning: (warning) => warnings.push(warning) })
    const S1 = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram
    // 72 Chinese characters are 216 bytes of UTF-8; a 2048-bit key with OAEP-SHA1 encrypts 214 at most.
    const long = '王'.repeat(72)
    await assert.rejects(
      S1.post({ ...insuranceBody(), real_identity: { ...identity, real_name: long } }),
      (error: ValidationError) => {
        assert.ok(error instanceof ValidationError, String(error))
        assert.deepEqual(error.issues, [
          {
            field: '/real_identity/real_name',
            issue: 'is 216 bytes of UTF-8, more than RSA-OAEP under the 2048-bit WeChat Pay key can encrypt (214)',
            fix: 'check the value: a real name or an id number is far shorter (WeChat Pay shows 1–64 characters)',
          },
        ])
        assert.ok(!JSON.stringify(error).includes('王王') && !String(error).includes('王王'))
        return true
      },
    )
    assert.equal(fake.server.seen.length, 0)
    // The 64-character bound is a sibling API's: over it, a warning, and the request goes.
    await S1.post({ ...insuranceBody(), real_identity: { ...identity, real_name: `${'王'.repeat(71)}a` } })
    assert.equal(fake.server.seen.length, 1)
    assert.equal(warnings.length, 1)
    assert.throws(
      () => encryptSensitive(long, keys.platformPublicKey.publicKey),
      (error: Error) =>
        error instanceof RangeError &&
        error.message === 'the plaintext is 216 bytes of UTF-8, more than RSA-OAEP under this key can encrypt',
    )
  })
})

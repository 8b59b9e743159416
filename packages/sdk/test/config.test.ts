import assert from 'node:assert/strict'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { describe, it } from 'node:test'
import { ConfigurationError, WechatPay, type WechatPayOptions } from '@wxpay/sdk'
import { createKeys } from './helpers/fake-wechatpay.js'

const keys = createKeys()
const valid = (): WechatPayOptions => ({
  mchid: keys.mchid,
  serial: keys.merchantSerial,
  privateKey: keys.merchant.privatePem,
  certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
  apiV3Key: keys.apiV3Key,
})

function rejects(change: Partial<WechatPayOptions>, option: string, pattern: RegExp) {
  assert.throws(
    () => new WechatPay({ ...valid(), ...change }),
    (error: ConfigurationError) => {
      assert.ok(error instanceof ConfigurationError, String(error))
      assert.equal(error.option, option)
      assert.match(error.message, pattern)
      return true
    },
  )
}

describe('configuration mistakes are refused in the constructor, with the fix', () => {
  it('accepts a valid configuration without any network I/O', () => {
    let fetched = 0
    const wxpay = new WechatPay({
      ...valid(),
      fetch: async () => {
        fetched++
        throw new Error('no')
      },
    })
    assert.equal(wxpay.mchid, keys.mchid)
    assert.equal(fetched, 0)
  })

  it('accepts PKCS#1 PEM, Buffer and KeyObject private keys', () => {
    const pkcs1 = keys.merchant.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
    for (const privateKey of [pkcs1, Buffer.from(keys.merchant.privatePem), keys.merchant.privateKey]) {
      assert.equal(new WechatPay({ ...valid(), privateKey }).serial, keys.merchantSerial.toUpperCase())
    }
  })

  it('refuses a certificate passed as privateKey', () =>
    rejects({ privateKey: keys.merchantCertPem }, 'privateKey', /is a certificate; pass the merchant API private key/))

  it('refuses a public key passed as privateKey', () =>
    rejects({ privateKey: keys.platformPublicKey.publicPem }, 'privateKey', /is a public key/))

  it('refuses a public KeyObject passed as privateKey', () =>
    rejects({ privateKey: keys.platformPublicKey.publicKey }, 'privateKey', /public KeyObject/))

  it('refuses an empty and an unparsable private key', () => {
    rejects({ privateKey: '' }, 'privateKey', /is empty/)
    rejects(
      { privateKey: '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----' },
      'privateKey',
      /not a parsable PEM/,
    )
  })

  it('refuses a non-RSA private key', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    rejects({ privateKey }, 'privateKey', /is a ec key; WeChat Pay APIv3 merchant keys are RSA/)
  })

  it('refuses a serial that does not look like a certificate serial', () => {
    rejects({ serial: 'my-serial' }, 'serial', /does not look like a certificate serial.*openssl x509 -noout -serial/)
    rejects({ serial: '' }, 'serial', /does not look like a certificate serial/)
  })

  it('refuses a WeChat Pay public key id given as the merchant serial', () =>
    rejects({ serial: keys.publicKeyId }, 'serial', /is a WeChat Pay public key id/))

  it('refuses an APIv3 key that is not 32 bytes', () => {
    rejects({ apiV3Key: 'short' }, 'apiV3Key', /must be exactly 32 bytes; this one is 5/)
    rejects({ apiV3Key: Buffer.alloc(31) }, 'apiV3Key', /this one is 31/)
    // 11 Chinese characters are 33 UTF-8 bytes.
    rejects({ apiV3Key: '一二三四五六七八九十一' }, 'apiV3Key', /this one is 33/)
  })

  it("refuses the merchant's own certificate or public key in certs", () => {
    const message = /this is your merchant certificate, not a WeChat Pay platform certificate or public key/
    rejects({ certs: { [keys.merchantSerial]: keys.merchantCertPem } }, `certs.${keys.merchantSerial}`, message)
    rejects(
      { certs: { PUB_KEY_ID_0114232134912410000000000000: keys.merchant.publicPem } },
      'certs.PUB_KEY_ID_0114232134912410000000000000',
      message,
    )
    const merchantPublic = createPublicKey(keys.merchant.privateKey)
    rejects({ certs: { PUB_KEY_ID_1: merchantPublic } }, 'certs.PUB_KEY_ID_1', message)
  })

  it('refuses empty, unparsable and private material in certs', () => {
    rejects({ certs: { [keys.publicKeyId]: '' } }, `certs.${keys.publicKeyId}`, /is empty/)
    rejects(
      { certs: { [keys.publicKeyId]: 'not a pem' } },
      `certs.${keys.publicKeyId}`,
      /not a parsable PEM public key or certificate/,
    )
    rejects(
      { certs: { [keys.publicKeyId]: keys.platformPublicKey.privatePem } },
      `certs.${keys.publicKeyId}`,
      /is a private key/,
    )
  })

  it('refuses a certificate keyed by another serial', () =>
    rejects(
      { certs: { '1234567890ABCDEF': keys.platformCert.pem } },
      'certs.1234567890ABCDEF',
      /holds the certificate with serial/,
    ))

  it('refuses a configuration that could verify nothing', () =>
    rejects({ certs: {}, apiV3Key: undefined }, 'certs', /no apiV3Key is given, so responses could not be verified/))

  it('refuses a bad mchid, baseURL, timeout and fetch', () => {
    rejects({ mchid: 'abc' }, 'mchid', /digits only/)
    rejects({ baseURL: 'not a url' }, 'baseURL', /not an absolute URL/)
    rejects({ timeout: -1 }, 'timeout', /positive number/)
    rejects(
      { fetch: 'https://proxy' as unknown as typeof fetch },
      'fetch',
      /must be a fetch function; omit it to use the built-in node:http/,
    )
  })

  it('normalises certificate serials to upper case and finds them in any case', () => {
    const wxpay = new WechatPay({
      ...valid(),
      certs: { [keys.platformCert.serial.toLowerCase()]: keys.platformCert.pem },
    })
    assert.deepEqual(wxpay.trustedKeyIds, [keys.platformCert.serial])
  })
})

// Downloading platform certificates (trust/download.ts): certificate, public-key and mixed modes.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { inspect } from 'node:util'
import { PublicKeyModeError, type SignatureVerificationError, ValidationError } from '@wxpay/sdk'
import { createTestNotification } from '@wxpay/sdk/testing'
import {
  certificateServer,
  closeAfterFile,
  DAY,
  identity,
  merchantOnly,
  s1,
  s1Response,
} from './helpers/certificate-download.js'
import { createKeys, decryptField, type Keys, type Reply, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import { certificateList, platformCertificate, type TestCertificate } from './helpers/platform-certificates.js'

const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
// Merchant keys are shared (key generation dominates the run time); each test has its own server and certificates.
const keys = createKeys()

describe('certificate mode from merchant credentials and the APIv3 key alone', () => {
  it('seed call S1 with plaintext real_identity: download, encrypt, header, verify, all automatic', async () => {
    const platform = await certificateServer(keys)
    const certificate = platform.state.signer
    platform.state.reply = (seen) => ({ body: seen.url === S1 ? s1Response : {} })
    const wxpay = merchantOnly(keys, platform.url)
    assert.deepEqual(wxpay.trustedKeyIds, [])

    const { data } = await s1(wxpay)
    assert.deepEqual(data, s1Response)
    assert.deepEqual(
      platform.seen.map((seen) => `${seen.method} ${seen.url}`),
      ['GET /v3/certificates', `POST ${S1}`],
    )
    assert.ok(
      platform.seen.every((seen) => seen.authorized),
      'both requests signed by the merchant key',
    )
    assert.equal(platform.seen[0].headers['wechatpay-serial'], undefined, 'nothing to name before a key is known')
    const sent = platform.seen[1]
    assert.equal(sent.headers['wechatpay-serial'], certificate.serial)
    const body = JSON.parse(sent.body.toString())
    assert.equal(decryptField(body.real_identity.real_name, certificate.pair.privateKey), '张三')
    assert.equal(decryptField(body.real_identity.id_card_number, certificate.pair.privateKey), identity.id_card_number)
    assert.ok(!sent.body.toString().includes('张三'))
    assert.deepEqual(wxpay.trustedKeyIds, [certificate.serial])

    await s1(wxpay)
    await wxpay.chain('v3/ping').get()
    assert.equal(platform.state.downloads, 1, 'downloaded once')
  })

  it('download() returns serials, PEMs and validity and trusts them', async () => {
    const platform = await certificateServer(keys)
    const second = platformCertificate()
    platform.state.listed.push(second)
    const wxpay = merchantOnly(keys, platform.url)
    const certificates = await wxpay.certificates.download()
    assert.deepEqual(
      certificates.map((certificate) => [certificate.serial, certificate.pem]),
      platform.state.listed.map((certificate) => [certificate.serial, certificate.pem]),
    )
    for (const certificate of certificates) {
      assert.ok(certificate.notBefore instanceof Date && certificate.notAfter > certificate.notBefore)
    }
    assert.deepEqual(wxpay.trustedKeyIds, [platform.state.signer.serial, second.serial])
    assert.doesNotMatch(inspect(wxpay.certificates, { showHidden: true, depth: 5 }), /apiV3|PRIVATE|[0-9a-f]{32}/)
  })

  it('an expired configured certificate is not used to encrypt: the current one is downloaded first', async () => {
    const now = Date.now()
    const expired = platformCertificate({ notBefore: new Date(now - 800 * DAY), notAfter: new Date(now - DAY) })
    const platform = await certificateServer(keys)
    const current = platform.state.signer
    platform.state.listed = [expired, current]
    const wxpay = merchantOnly(keys, platform.url, { certs: { [expired.serial]: expired.pem } })
    await s1(wxpay)
    const sent = platform.seen.find((seen) => seen.url === S1)!
    assert.equal(sent.headers['wechatpay-serial'], current.serial)
    const body = JSON.parse(sent.body.toString())
    assert.equal(decryptField(body.real_identity.real_name, current.pair.privateKey), '张三')
    assert.deepEqual(new Set(wxpay.trustedKeyIds), new Set([expired.serial, current.serial]))
  })
})

describe('a public-key-only merchant', () => {
  const notFound = (code: string, signer: Reply['signer'] = 'public-key') => ({
    status: 404,
    body: { code, message: '无可用的平台证书' },
    signer,
  })

  async function publicKeyServer(keys: Keys, listReply: () => Reply) {
    const server = await startFakeWechatPay(keys, (seen) =>
      seen.url.startsWith('/v3/certificates') ? listReply() : { body: seen.url === S1 ? s1Response : {} },
    )
    closeAfterFile(server.close)
    return server
  }

  it('starts without any request, works, and download() reports the explained condition', async () => {
    const server = await publicKeyServer(keys, () => notFound('RESOURCE_NOT_EXISTS'))
    const wxpay = merchantOnly(keys, server.url, { certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem } })
    assert.equal(server.seen.length, 0, 'the constructor does no I/O')

    assert.deepEqual((await s1(wxpay)).data, s1Response)
    assert.equal(server.seen[0].headers['wechatpay-serial'], keys.publicKeyId)
    const sent = JSON.parse(server.seen[0].body.toString())
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformPublicKey.privateKey), '张三')

    await assert.rejects(wxpay.certificates.download(), (error: PublicKeyModeError) => {
      assert.ok(error instanceof PublicKeyModeError, String(error))
      assert.match(error.message, /this merchant uses WeChat Pay public keys/)
      assert.match(error.message, /404 RESOURCE_NOT_EXISTS/)
      assert.match(error.message, /configure certs with the public key id and key/i)
      assert.ok(error.message.includes(keys.publicKeyId))
      assert.match(error.requestId ?? '', /^08/)
      return true
    })
    assert.deepEqual(wxpay.trustedKeyIds, [keys.publicKeyId])
    assert.deepEqual((await s1(wxpay)).data, s1Response, 'still works')
  })

  for (const [label, reply] of [
    ['NOT_FOUND', () => notFound('NOT_FOUND')],
    ['an unsigned 404', () => notFound('RESOURCE_NOT_EXISTS', 'none')],
  ] as const) {
    it(`reports the condition for ${label}`, async () => {
      const server = await publicKeyServer(keys, reply)
      const wxpay = merchantOnly(keys, server.url, { certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem } })
      await assert.rejects(wxpay.certificates.download(), PublicKeyModeError)
    })
  }

  it('names the public key id to configure when only the APIv3 key was given', async () => {
    const server = await publicKeyServer(keys, () => notFound('RESOURCE_NOT_EXISTS'))
    const wxpay = merchantOnly(keys, server.url)
    await assert.rejects(
      wxpay.certificates.download(),
      (error: PublicKeyModeError) =>
        error instanceof PublicKeyModeError && error.message.includes(`{ '${keys.publicKeyId}': pub_key.pem }`),
    )
    await assert.rejects(s1(wxpay), (error: ValidationError) => {
      assert.ok(error instanceof ValidationError)
      assert.match(
        error.message,
        /downloading the platform certificates failed: this merchant uses WeChat Pay public keys/,
      )
      return true
    })
    assert.ok(!server.seen.some((seen) => seen.url === S1), 'nothing sent unencrypted')
    assert.deepEqual(wxpay.trustedKeyIds, [])
  })
})

describe('mixed mode', () => {
  const notification = (keys: Keys, privateKey: TestCertificate['pair']['privateKey'], serial: string) =>
    createTestNotification(
      {
        event_type: 'INSURANCE_ENTRUST.SIGN',
        resource: { mchid: keys.mchid, contract_id: '202011065409471222', contract_state: 'SIGNED' },
      },
      { privateKey, serial, apiV3Key: keys.apiV3Key },
    )

  it('verifies responses and notifications signed by either key', async () => {
    const platform = await certificateServer(keys)
    const certificate = platform.state.signer
    const wxpay = merchantOnly(keys, platform.url, {
      certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem, [certificate.serial]: certificate.pem },
    })
    platform.state.reply = () => ({ body: { by: 'certificate' } })
    assert.deepEqual((await wxpay.chain('v3/ping').get()).data, { by: 'certificate' })
    platform.state.reply = () => ({ body: { by: 'public key' }, signer: 'public-key' })
    assert.deepEqual((await wxpay.chain('v3/ping').get()).data, { by: 'public key' })

    for (const [privateKey, serial] of [
      [keys.platformPublicKey.privateKey, keys.publicKeyId],
      [certificate.pair.privateKey, certificate.serial],
    ] as const) {
      const event = await wxpay.notifications.parse(notification(keys, privateKey, serial))
      assert.equal(event.event_type, 'INSURANCE_ENTRUST.SIGN')
    }
    assert.equal(platform.state.downloads, 0)
  })

  it('with only the public key configured, downloads the certificate a notification names, once', async () => {
    const platform = await certificateServer(keys)
    const certificate = platform.state.signer
    // The list is signed by the public key, as WeChat Pay does when the request names it.
    platform.state.listReply = () => ({
      body: certificateList(platform.state.listed, keys.apiV3Key),
      signer: 'public-key',
    })
    const wxpay = merchantOnly(keys, platform.url, { certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem } })
    const event = await wxpay.notifications.parse(notification(keys, certificate.pair.privateKey, certificate.serial))
    assert.equal(event.event_type, 'INSURANCE_ENTRUST.SIGN')
    assert.equal(platform.seen[0].headers['wechatpay-serial'], keys.publicKeyId)
    await wxpay.notifications.parse(notification(keys, certificate.pair.privateKey, certificate.serial))
    assert.equal(platform.state.downloads, 1)
    assert.deepEqual(wxpay.trustedKeyIds, [keys.publicKeyId, certificate.serial])
  })

  it('never downloads for an unknown public-key id', async () => {
    const platform = await certificateServer(keys)
    const wxpay = merchantOnly(keys, platform.url, { certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem } })
    const other = 'PUB_KEY_ID_0199999999999999999999999999'
    await assert.rejects(
      wxpay.notifications.parse(notification(keys, keys.platformPublicKey.privateKey, other)),
      (error: SignatureVerificationError) =>
        error.reason === 'unknown-serial' && /Add the WeChat Pay public key with this id/.test(error.message),
    )
    assert.equal(platform.state.downloads, 0)
  })
})

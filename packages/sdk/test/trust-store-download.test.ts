import assert from 'node:assert/strict'
import { randomBytes, sign } from 'node:crypto'
import { after, describe, it } from 'node:test'
import { inspect } from 'node:util'
import {
  CertificateDownloadError,
  DecryptionError,
  PublicKeyModeError,
  SignatureVerificationError,
  ValidationError,
  type WechatPay,
  type WechatPayOptions,
} from '@wxpay/sdk'
import { createTestNotification } from '@wxpay/sdk/testing'
import { testClient } from './helpers/clients.js'
import { createKeys, decryptField, type Keys, type Reply, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import {
  certificateList,
  platformCertificate,
  signerOf,
  startCertificateServer,
  type TestCertificate,
} from './helpers/platform-certificates.js'
import { insuranceBody } from './helpers/seeds.js'

const DAY = 86_400_000
const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const s1Response = {
  pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
  redirect_appid: 'wxbd687630cd02ce1d',
  redirect_path: 'pages/PwdExemptContract/index',
}
const identity = { real_name: '张三', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const }
// Merchant keys are shared (key generation dominates the run time); each test has its own server and certificates.
const keys = createKeys()
const closers: (() => Promise<void>)[] = []
after(() => Promise.all(closers.map((close) => close())))

async function certificateServer(keys: Keys, first?: TestCertificate) {
  const platform = await startCertificateServer(keys, first)
  closers.push(platform.close)
  return platform
}

const merchantOnly = (keys: Keys, baseURL: string, extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, baseURL, 'none', extra)

const s1 = (wxpay: WechatPay) =>
  wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
    ...insuranceBody(),
    real_identity: identity,
  })

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
    closers.push(server.close)
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

describe('a tampered certificate list adds nothing', () => {
  type Tamper = (list: ReturnType<typeof certificateList>, keys: Keys) => ReturnType<typeof certificateList>
  const flipTag: Tamper = (list) => {
    const entry = list.data[0].encrypt_certificate
    const bytes = Buffer.from(entry.ciphertext, 'base64')
    bytes[bytes.length - 1] ^= 0x01
    entry.ciphertext = bytes.toString('base64')
    return list
  }
  const swapCertificate: Tamper = (list, keys) => {
    const impostor = platformCertificate()
    list.data[0] = { ...certificateList([impostor], keys.apiV3Key).data[0], serial_no: list.data[0].serial_no }
    return list
  }

  const cases: [string, (platform: Awaited<ReturnType<typeof certificateServer>>, keys: Keys) => void, object][] = [
    [
      'bad GCM tag',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: flipTag(certificateList(platform.state.listed, keys.apiV3Key), keys),
          signer: signerOf(platform.state.signer),
        })
      },
      DecryptionError,
    ],
    [
      'bad signature (body changed after signing)',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: certificateList(platform.state.listed, keys.apiV3Key),
          signer: signerOf(platform.state.signer),
          tamper: (body) => Buffer.from(body.toString().replace('2031-01-01', '2039-01-01')),
        })
      },
      SignatureVerificationError,
    ],
    [
      'bad signature (another key under the listed serial)',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: certificateList(platform.state.listed, keys.apiV3Key),
          signer: { serial: platform.state.signer.serial, key: keys.merchant.privateKey },
        })
      },
      SignatureVerificationError,
    ],
    [
      'serial mismatch',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: swapCertificate(certificateList(platform.state.listed, keys.apiV3Key), keys),
          signer: signerOf(platform.state.signer),
        })
      },
      CertificateDownloadError,
    ],
    [
      'signed by a serial neither trusted nor listed',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: certificateList(platform.state.listed, keys.apiV3Key),
          signer: signerOf(platformCertificate()),
        })
      },
      SignatureVerificationError,
    ],
  ]

  for (const [label, tamper, errorClass] of cases) {
    it(`${label}: download() rejects and the store is unchanged`, async () => {
      const platform = await certificateServer(keys)
      tamper(platform, keys)
      const wxpay = merchantOnly(keys, platform.url)
      await assert.rejects(wxpay.certificates.download(), errorClass as never)
      assert.deepEqual(wxpay.trustedKeyIds, [])
      await assert.rejects(wxpay.chain('v3/ping').get(), (error: SignatureVerificationError) => {
        assert.equal(error.reason, 'unknown-serial')
        assert.ok(error.cause instanceof (errorClass as typeof Error), String(error.cause))
        return true
      })
      assert.deepEqual(wxpay.trustedKeyIds, [])
    })
  }

  it('a listed certificate that would replace a trusted key under its serial: the whole list is refused', async () => {
    const platform = await certificateServer(keys)
    const trusted = platform.state.signer
    const impostor = platformCertificate({ serial: trusted.serial })
    const next = platformCertificate()
    platform.state.listed = [impostor, next]
    platform.state.listSigner = next
    const wxpay = merchantOnly(keys, platform.url, { certs: { [trusted.serial]: trusted.pem } })
    await assert.rejects(wxpay.certificates.download(), (error: CertificateDownloadError) => {
      assert.ok(error instanceof CertificateDownloadError)
      assert.match(error.message, new RegExp(`${trusted.serial} has another key`))
      return true
    })
    assert.deepEqual(wxpay.trustedKeyIds, [trusted.serial])
  })

  it('a wrong APIv3 key: the error says so and carries no secret', async () => {
    const platform = await certificateServer(keys)
    const wrongKey = randomBytes(16).toString('hex')
    const wxpay = merchantOnly(keys, platform.url, { apiV3Key: wrongKey })
    await assert.rejects(wxpay.certificates.download(), (error: DecryptionError) => {
      assert.ok(error instanceof DecryptionError)
      assert.match(error.message, /does not decrypt with this APIv3 key/)
      assert.match(error.message, /the APIv2 key was configured instead of the APIv3 key/)
      const text = `${error.stack}\n${inspect(error, { depth: 5 })}`
      for (const secret of [wrongKey, keys.apiV3Key]) assert.ok(!text.includes(secret))
      return true
    })
  })
})

describe('two merchants in one process', () => {
  it('never see each other’s keys, even through one shared certificate cache', async () => {
    const first = keys
    const second = { ...createKeys(), mchid: '1900000002' }
    const platformOne = await certificateServer(first)
    const platformTwo = await certificateServer(second)
    const { MemoryCertificateCache } = await import('@wxpay/sdk')
    const certificateCache = new MemoryCertificateCache()
    const one = merchantOnly(first, platformOne.url, { certificateCache })
    const two = merchantOnly(second, platformTwo.url, { certificateCache })
    await one.chain('v3/ping').get()
    await two.chain('v3/ping').get()
    assert.deepEqual(one.trustedKeyIds, [platformOne.state.signer.serial])
    assert.deepEqual(two.trustedKeyIds, [platformTwo.state.signer.serial])

    // Merchant two meets merchant one's certificate: its cache entry and its own list do not have it.
    const errors: Error[] = []
    const confused = merchantOnly(second, platformOne.url, { certificateCache, onError: (error) => errors.push(error) })
    await assert.rejects(confused.chain('v3/ping').get(), (error: SignatureVerificationError) => {
      assert.equal(error.reason, 'unknown-serial')
      assert.ok(error.cause instanceof DecryptionError, 'merchant one’s list does not decrypt with merchant two’s key')
      return true
    })
    assert.deepEqual(confused.trustedKeyIds, [platformTwo.state.signer.serial], 'from its own cache entry only')
    assert.equal(errors.length, 1)
    assert.deepEqual(one.trustedKeyIds, [platformOne.state.signer.serial])
  })

  it('a response signed by the other merchant’s platform certificate is refused', async () => {
    const first = keys
    const platformOne = await certificateServer(first)
    const second = { ...createKeys(), mchid: '1900000002' }
    const platformTwo = await certificateServer(second)
    const two = merchantOnly(second, platformTwo.url, {
      certs: { [platformTwo.state.signer.serial]: platformTwo.state.signer.pem },
      minDownloadInterval: 0,
    })
    platformTwo.state.reply = () => ({ body: {}, signer: signerOf(platformOne.state.signer) })
    await assert.rejects(two.chain('v3/ping').get(), (error: SignatureVerificationError) => {
      assert.equal(error.reason, 'unknown-serial')
      assert.match(error.message, /just fetched do not include it/)
      return true
    })
    // A forged signature by a serial it knows fails too.
    const forged = sign('sha256', Buffer.from('x'), platformOne.state.signer.pair.privateKey).toString('base64')
    platformTwo.state.reply = () => ({ body: {}, signature: forged })
    await assert.rejects(
      two.chain('v3/ping').get(),
      (error: SignatureVerificationError) => error.reason === 'bad-signature',
    )
  })
})

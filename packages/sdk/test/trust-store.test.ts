import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigurationError, SignatureVerificationError, ValidationError, WechatPay } from '@wxpay/sdk'
import { parseTrustedKey, TrustStore } from '@wxpay/sdk/protocol'
import { createKeys, decryptField, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { platformCertificate, signerOf } from './helpers/platform-certificates.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const DAY = 86_400_000
const identity = { real_name: '张三', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const }
const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const fake = useFakeWechatPay(keys)

const base = { mchid: keys.mchid, serial: keys.merchantSerial, privateKey: keys.merchant.privatePem }
const client = (certs: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  new WechatPay({ ...base, certs: certs as never, baseURL: fake.server.url, ...extra })

describe('the trust store', () => {
  it('keeps serials upper case with leading zeros, and finds them in any case and with or without the zeros', () => {
    const certificate = platformCertificate({ serial: '0ABC1234567890ABCDEF0123456789ABCDEF0123' })
    const store = new TrustStore()
    store.add(parseTrustedKey(certificate.serial.toLowerCase(), certificate.pem, 'certs', 'config'))
    assert.deepEqual(store.ids(), ['0ABC1234567890ABCDEF0123456789ABCDEF0123'])
    assert.equal(store.get('0abc1234567890abcdef0123456789abcdef0123')?.id, certificate.serial)
    assert.equal(store.get(' 0ABC1234567890ABCDEF0123456789ABCDEF0123 ')?.id, certificate.serial)
    assert.equal(store.get('ABC1234567890ABCDEF0123456789ABCDEF0123')?.id, certificate.serial, 'a serial is a number')
    assert.equal(store.get('0ABC1234567890ABCDEF0123456789ABCDEF0124'), undefined)
  })

  it('finds a public-key id in any case, and only exactly', () => {
    const wxpay = client({ [keys.publicKeyId.toLowerCase()]: keys.platformPublicKey.publicPem })
    assert.deepEqual(wxpay.trustedKeyIds, [keys.publicKeyId])
    const store = new TrustStore()
    store.add(parseTrustedKey(keys.publicKeyId.toLowerCase(), keys.platformPublicKey.publicPem, 'certs', 'config'))
    assert.equal(store.get(keys.publicKeyId)?.kind, 'public-key')
    assert.equal(store.get(keys.publicKeyId.replace('PUB_KEY_ID_0', 'PUB_KEY_ID_')), undefined)
  })

  it('never chooses an expired or not yet valid certificate for encryption; prefers the public key', () => {
    const now = Date.now()
    const expired = platformCertificate({ notBefore: new Date(now - 400 * DAY), notAfter: new Date(now - DAY) })
    const future = platformCertificate({ notBefore: new Date(now + DAY), notAfter: new Date(now + 900 * DAY) })
    const current = platformCertificate({ notBefore: new Date(now - DAY), notAfter: new Date(now + 300 * DAY) })
    const longer = platformCertificate({ notBefore: new Date(now - DAY), notAfter: new Date(now + 600 * DAY) })
    const store = new TrustStore()
    for (const certificate of [expired, future]) {
      store.add(parseTrustedKey(certificate.serial, certificate.pem, 'certs', 'config'))
    }
    assert.equal(store.encryptionKey(now), undefined, 'only expired and future certificates: nothing to encrypt with')
    store.add(parseTrustedKey(current.serial, current.pem, 'certs', 'config'))
    store.add(parseTrustedKey(longer.serial, longer.pem, 'certs', 'config'))
    assert.equal(store.encryptionKey(now)?.id, longer.serial, 'the valid certificate that expires last')
    assert.equal(store.encryptionKey(now + 400 * DAY)?.id, future.serial, 'once valid, and it expires last')
    assert.equal(store.encryptionKey(now + 1000 * DAY), undefined, 'all expired')
    store.add(parseTrustedKey(keys.publicKeyId, keys.platformPublicKey.publicPem, 'certs', 'config'))
    assert.equal(store.encryptionKey(now)?.id, keys.publicKeyId)
  })

  it('on equal expiry, encrypts with the newest certificate (a rotation within the same second)', () => {
    const notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - DAY)
    const notAfter = new Date(notBefore.getTime() + 1800 * DAY)
    const [old, next] = [platformCertificate({ notBefore, notAfter }), platformCertificate({ notBefore, notAfter })]
    const store = new TrustStore()
    store.addDownloaded([old, next].map((c) => parseTrustedKey(c.serial, c.pem, 'certs', 'download')))
    assert.equal(store.encryptionKey(Date.now())?.id, next.serial)
  })

  it("refuses the merchant's own serial as a WeChat Pay key id", () => {
    assert.throws(
      () => client({ [keys.merchantSerial]: keys.platformPublicKey.publicPem }),
      (error: ConfigurationError) =>
        error instanceof ConfigurationError &&
        error.option === `certs.${keys.merchantSerial}` &&
        /serial of your merchant API certificate/.test(error.message),
    )
  })
})

describe('verification by a certificate outside its validity', () => {
  const now = Date.now()
  const expired = platformCertificate({ notBefore: new Date(now - 400 * DAY), notAfter: new Date(now - DAY) })
  const future = platformCertificate({ notBefore: new Date(now + DAY), notAfter: new Date(now + 400 * DAY) })

  for (const [label, certificate] of [
    ['expired', expired],
    ['not yet valid', future],
  ] as const) {
    it(`is refused with the validity period and the fix (${label})`, async () => {
      fake.reply = () => ({ body: {}, signer: signerOf(certificate) })
      await assert.rejects(
        client({ [certificate.serial]: certificate.pem })
          .chain('v3/x')
          .get(),
        (error: SignatureVerificationError) => {
          assert.ok(error instanceof SignatureVerificationError)
          assert.equal(error.reason, 'certificate-not-valid')
          assert.match(error.message, new RegExp(`certificate ${certificate.serial}, valid \\d{4}-`))
          assert.match(error.message, /does not cover now .*Download the current platform certificates/)
          return true
        },
      )
    })
  }
})

describe('public-key, certificate and mixed configurations, one code path', () => {
  const configurations = {
    'public-key': { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
    certificate: { [keys.platformCert.serial]: keys.platformCert.pem },
    mixed: {
      [keys.publicKeyId]: keys.platformPublicKey.publicPem,
      [keys.platformCert.serial]: keys.platformCert.pem,
    },
  }
  for (const [mode, certs] of Object.entries(configurations)) {
    it(`verifies, encrypts and names the key (${mode})`, async () => {
      const wxpay = client(certs)
      const encryptsWithPublicKey = mode !== 'certificate'
      fake.reply = () => ({ body: { ok: 1 }, signer: encryptsWithPublicKey ? 'public-key' : 'certificate' })
      assert.deepEqual((await wxpay.chain('v3/ping').get()).data, { ok: 1 })
      await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
        ...insuranceBody(),
        real_identity: identity,
      })
      const seen = fake.server.seen[1]
      const expectedSerial = encryptsWithPublicKey ? keys.publicKeyId : keys.platformCert.serial
      const privateKey = encryptsWithPublicKey ? keys.platformPublicKey.privateKey : keys.platformCertKey.privateKey
      assert.equal(seen.headers['wechatpay-serial'], expectedSerial)
      const sent = JSON.parse(seen.body.toString())
      assert.equal(decryptField(sent.real_identity.real_name, privateKey), '张三')
    })
  }
})

describe('Wechatpay-Serial, decided in one place', () => {
  const headersSentBy = (captured: Record<string, string>[]) => ({
    fetch: (url: string | URL | Request, init?: RequestInit) => {
      captured.push(init?.headers as Record<string, string>)
      return globalThis.fetch(url, init)
    },
  })
  const serialHeaders = (headers: Record<string, string>) =>
    Object.entries(headers).filter(([name]) => name.toLowerCase() === 'wechatpay-serial')

  it('names the key that encrypted the fields, whichever that is', async () => {
    const now = Date.now()
    const older = platformCertificate({ notBefore: new Date(now - DAY), notAfter: new Date(now + 100 * DAY) })
    const newer = platformCertificate({ notBefore: new Date(now - DAY), notAfter: new Date(now + 900 * DAY) })
    fake.reply = () => ({ body: {}, signer: signerOf(newer) })
    const wxpay = client({ [older.serial]: older.pem, [newer.serial]: newer.pem })
    await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
      ...insuranceBody(),
      real_identity: identity,
    })
    const seen = fake.server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], newer.serial)
    const sent = JSON.parse(seen.body.toString())
    assert.equal(decryptField(sent.real_identity.id_card_number, newer.pair.privateKey), identity.id_card_number)
  })

  it('names the public key on requests without encrypted fields, and nothing in certificate mode', async () => {
    fake.reply = () => ({ body: {}, signer: 'certificate' })
    await client({
      [keys.platformCert.serial]: keys.platformCert.pem,
      [keys.publicKeyId]: keys.platformPublicKey.publicPem,
    })
      .chain('v3/papay/anything')
      .get()
    assert.equal(fake.server.seen[0].headers['wechatpay-serial'], keys.publicKeyId)
    await client({ [keys.platformCert.serial]: keys.platformCert.pem })
      .chain('v3/papay/anything')
      .get()
    assert.equal(fake.server.seen[1].headers['wechatpay-serial'], undefined)
  })

  it('is sent once and reaches fetch as decided, whatever case the caller used', async () => {
    const captured: Record<string, string>[] = []
    fake.reply = () => ({ body: {} })
    const wxpay = client({ [keys.publicKeyId]: keys.platformPublicKey.publicPem }, headersSentBy(captured))
    await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
      ...insuranceBody(),
      real_identity: identity,
    })
    await wxpay.chain('v3/plain').post({}, { headers: { 'WECHATPAY-SERIAL': keys.publicKeyId } })
    await wxpay.chain('v3/plain').post({}, { headers: { 'wechatpay-serial': keys.publicKeyId, 'X-Other': '1' } })
    for (const headers of captured) assert.deepEqual(serialHeaders(headers), [['Wechatpay-Serial', keys.publicKeyId]])
    for (const seen of fake.server.seen) assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
    assert.equal(fake.server.seen[2].headers['x-other'], '1')
  })

  it('is never the merchant serial, not even in another case', async () => {
    const wxpay = client({ [keys.publicKeyId]: keys.platformPublicKey.publicPem })
    await assert.rejects(
      wxpay.chain('v3/plain').post({}, { headers: { 'wechatpay-serial': keys.merchantSerial.toLowerCase() } }),
      (error: ValidationError) => error instanceof ValidationError && error.issues[0].field === 'Wechatpay-Serial',
    )
    assert.equal(fake.server.seen.length, 0)
  })

  it('refuses to encrypt with no key and no APIv3 key; nothing is sent', async () => {
    const now = Date.now()
    const expired = platformCertificate({ notBefore: new Date(now - 400 * DAY), notAfter: new Date(now - DAY) })
    await assert.rejects(
      client({ [expired.serial]: expired.pem }).v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
        ...insuranceBody(),
        real_identity: identity,
      }),
      (error: ValidationError) => {
        assert.ok(error instanceof ValidationError)
        assert.equal(error.issues[0].field, '/real_identity/real_name')
        assert.ok(!error.message.includes('张三'))
        return true
      },
    )
    assert.equal(fake.server.seen.length, 0)
    assert.ok(!fake.server.seen.some((seen) => seen.url === S1))
  })
})

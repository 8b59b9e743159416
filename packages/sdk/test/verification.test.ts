// Verification of responses (verification.ts through the pipeline): signatures, the window, probes.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { NotificationProbeError, SignatureVerificationError, type WechatPay, type WechatPayOptions } from '@wxpay/sdk'
import { type KeyMode, testClient } from './helpers/clients.js'
import { createKeys, useFakeWechatPay } from './helpers/fake-wechatpay.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)

const client = (mode: KeyMode = 'public-key', extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, fake.server.url, mode, extra)

describe('response verification', () => {
  const call = (wxpay = client()) => wxpay.chain('v3/verify-me').get()
  const rejectsWith = async (reason: string, wxpay?: WechatPay) => {
    await assert.rejects(call(wxpay), (error: SignatureVerificationError) => {
      assert.ok(error instanceof SignatureVerificationError, `${error}`)
      assert.equal(error.reason, reason)
      return true
    })
  }

  it('accepts a response signed by the public key or by the certificate (mixed mode)', async () => {
    fake.reply = () => ({ body: { ok: 1 }, signer: 'public-key' })
    assert.deepEqual((await call(client('mixed'))).data, { ok: 1 })
    fake.reply = () => ({ body: { ok: 2 }, signer: 'certificate' })
    assert.deepEqual((await call(client('mixed'))).data, { ok: 2 })
  })

  it('rejects one changed body byte', async () => {
    fake.reply = () => ({
      body: { pre_entrustweb_id: 'abc' },
      tamper: (b) => Buffer.from(b.toString().replace('abc', 'abd')),
    })
    await rejectsWith('bad-signature')
  })

  it('rejects a timestamp 301 s old and 301 s ahead; accepts 299 s', async () => {
    fake.reply = () => ({ body: {}, timestamp: Math.floor(Date.now() / 1000) - 301 })
    await rejectsWith('timestamp-out-of-window')
    fake.reply = () => ({ body: {}, timestamp: Math.floor(Date.now() / 1000) + 301 })
    await rejectsWith('timestamp-out-of-window')
    fake.reply = () => ({ body: {}, timestamp: Math.floor(Date.now() / 1000) - 299 })
    assert.equal((await call()).status, 200)
  })

  it('uses the injected clock for the window', async () => {
    fake.reply = () => ({ body: {} })
    const later = client('public-key', { clock: { now: () => Date.now() + 400_000 } })
    await rejectsWith('timestamp-out-of-window', later)
  })

  it('rejects an unknown serial and lists the known ones', async () => {
    fake.reply = () => ({ body: {}, signer: 'certificate' })
    await assert.rejects(call(client('public-key')), (error: SignatureVerificationError) => {
      assert.equal(error.reason, 'unknown-serial')
      assert.ok(error.message.includes(keys.platformCert.serial))
      assert.ok(error.message.includes(keys.publicKeyId), 'lists the known ids')
      return true
    })
  })

  for (const header of ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']) {
    it(`rejects a 2xx without ${header}`, async () => {
      fake.reply = () => ({ body: {}, omitHeaders: [header] })
      await assert.rejects(
        call(),
        (error: SignatureVerificationError) => error.reason === 'missing-headers' && error.message.includes(header),
      )
    })
  }

  it('rejects an unsigned 2xx', async () => {
    fake.reply = () => ({ body: { pre_entrustweb_id: 'forged' }, signer: 'none' })
    await rejectsWith('missing-headers')
  })

  it('rejects a WECHATPAY/SIGNTEST/ probe signature', async () => {
    fake.reply = () => ({ body: {}, signature: 'WECHATPAY/SIGNTEST/abc' })
    await assert.rejects(
      call(),
      (error) => error instanceof NotificationProbeError && error instanceof SignatureVerificationError,
    )
  })

  it('rejects a signature made by the wrong key under a known serial', async () => {
    fake.reply = () => ({ body: {}, signer: { serial: keys.publicKeyId, key: keys.platformCertKey.privateKey } })
    await rejectsWith('bad-signature')
  })

  it('rejects an unsigned 2xx with an empty body (204)', async () => {
    fake.reply = () => ({ status: 204, signer: 'none' })
    await rejectsWith('missing-headers')
    fake.reply = () => ({ status: 204 })
    assert.equal((await call()).status, 204)
  })
})

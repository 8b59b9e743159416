// Verification of responses (verification.ts through the pipeline): signatures, the window, probes.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  DecryptionError,
  NotificationProbeError,
  SignatureVerificationError,
  type WechatPay,
  type WechatPayOptions,
} from '@wxpay/sdk'
import { type KeyMode, testClient } from './helpers/clients.js'
import { createKeys, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { createSetup, recorder, resources } from './helpers/notifications.js'

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

describe('notification headers and Base64, strictly', () => {
  const { client, notification, resign } = createSetup()
  const wxpay = client()
  const valid = () =>
    notification({ event_type: 'INSURANCE_ENTRUST.SIGN', resource: resources['INSURANCE_ENTRUST.SIGN'] })
  /** Parses `input` and answers it through handle(): the error, and the reply's status. */
  const outcome = async (input: { headers: Record<string, unknown>; body: string }) => {
    const parsed = await wxpay.notifications.parse(input as never).then(
      () => undefined,
      (error: unknown) => error,
    )
    const { calls, handler } = recorder()
    const reply = await wxpay.notifications.handle(input as never, handler, { onError: () => {} })
    assert.equal(calls.length, 0)
    return { error: parsed as Error & { reason?: string }, status: reply.status }
  }

  for (const name of ['Wechatpay-Signature', 'Wechatpay-Serial', 'Wechatpay-Timestamp', 'Wechatpay-Nonce']) {
    it(`a ${name} that is not a string: SignatureVerificationError, answered 401`, async () => {
      for (const value of [12345, { value: 'x' }, ['a', 'b'], [1], []]) {
        const { headers, body } = valid()
        const { error, status } = await outcome({ headers: { ...headers, [name]: value }, body })
        assert.ok(error instanceof SignatureVerificationError, `${JSON.stringify(value)}: ${error}`)
        assert.equal(error.reason, 'malformed-headers')
        assert.ok(error.message.includes(name))
        assert.equal(status, 401)
      }
    })
  }

  it('a signature in non-canonical Base64 (spaces, no padding, stray bits) is a bad signature', async () => {
    const { headers, body } = valid()
    const signature = headers['Wechatpay-Signature']
    assert.ok(signature.endsWith('=='))
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    const last = signature.length - 3
    const strayBits = `${signature.slice(0, last)}${alphabet[alphabet.indexOf(signature[last]) | 1]}==`
    for (const changed of [`${signature.slice(0, 100)} ${signature.slice(100)}`, signature.slice(0, -2), strayBits]) {
      const { error, status } = await outcome({ headers: { ...headers, 'Wechatpay-Signature': changed }, body })
      assert.ok(error instanceof SignatureVerificationError, String(error))
      assert.equal(error.reason, 'bad-signature')
      assert.match(error.message, /not canonical Base64/)
      assert.equal(status, 401)
    }
  })

  it('a ciphertext in non-canonical Base64 (signed again) is a DecryptionError', async () => {
    const sent = resign(valid(), (envelope) => {
      const text: string = envelope.resource.ciphertext
      envelope.resource.ciphertext = `${text.slice(0, 8)}\n${text.slice(8)}`
    })
    const { error, status } = await outcome(sent)
    assert.ok(error instanceof DecryptionError, String(error))
    assert.match(error.message, /not canonical Base64/)
    assert.equal(status, 400)
  })

  it('a body that is not bytes or headers that are not an object stay TypeErrors, with the fix', async () => {
    const { headers, body } = valid()
    await assert.rejects(wxpay.notifications.parse({ headers, body: JSON.parse(body) }), /express\.raw/)
    await assert.rejects(wxpay.notifications.parse({ headers: undefined as never, body }), (error: Error) => {
      assert.ok(error instanceof TypeError)
      assert.match(error.message, /headers must be the request headers/)
      return true
    })
  })
})

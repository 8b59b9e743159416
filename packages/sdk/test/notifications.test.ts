// Notifications from raw bytes (notifications/parse.ts): valid ones, the tamper matrix, envelope checks.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { describe, it } from 'node:test'
import {
  ConfigurationError,
  DecryptionError,
  isKnownEvent,
  NotificationFormatError,
  NotificationProbeError,
  SignatureVerificationError,
} from '@wxpay/sdk'
import { events, Notifications, parseTrustedKey, TrustStore } from '@wxpay/sdk/protocol'
import { notificationScenario } from './helpers/notification-scenario.js'
import { personal, recorder, replyText, resources, visible } from './helpers/notifications.js'

const {
  keys,
  clock,
  nowSeconds,
  client,
  notification,
  signed,
  resign,
  wxpay,
  seen,
  attempt,
  rejected,
  signSuccess,
  withoutHeader,
} = notificationScenario(30)

describe('parse: valid notifications', () => {
  for (const mode of ['public-key', 'certificate'] as const) {
    it(`decrypts and types each event of the family (${mode} mode)`, async () => {
      const mixed = client('mixed')
      for (const [eventType, resource] of Object.entries(resources)) {
        const sent = notification({ event_type: eventType, resource }, { mode })
        const event = await mixed.notifications.parse(sent)
        assert.equal(event.event_type, eventType)
        assert.equal(event.resource_type, 'encrypt-resource')
        assert.equal(event.summary, events[eventType as keyof typeof events].summary)
        assert.deepEqual(event.resource, resource)
        assert.equal(event.id, JSON.parse(sent.body).id)
        assert.ok(isKnownEvent(event))
      }
    })
  }

  it('narrows by event_type once isKnownEvent has sorted out unknown events', async () => {
    const event = await wxpay.notifications.parse(
      notification({ event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'] }),
    )
    assert.ok(isKnownEvent(event))
    if (event.event_type !== 'ENTRUST.SIGN') assert.fail('wrong event type')
    assert.equal(event.resource.contract_display_account, personal.account)
    assert.equal(event.resource.deduct_schedule?.estimated_deduct_amount.amount, 1000)
  })

  it('keeps an unknown event type, untyped', async () => {
    // e.g. a password-exempt callback under a name other than the simulator's (spec §6.6)
    const event = await wxpay.notifications.parse(
      notification({ event_type: 'PASSWORD_EXEMPT.SIGN', resource: { contract_id: 'c1', plan_id: 1 } }),
    )
    assert.equal(isKnownEvent(event), false)
    assert.deepEqual(event.resource, { contract_id: 'c1', plan_id: 1 })
  })

  it('accepts an empty or absent associated_data, an absent original_type, and a non-empty associated_data', async () => {
    const resource = resources['INSURANCE_ENTRUST.SIGN']
    const empty = notification({ event_type: 'INSURANCE_ENTRUST.SIGN', resource, original_type: null })
    assert.equal(JSON.parse(empty.body).resource.associated_data, '')
    assert.equal('original_type' in JSON.parse(empty.body).resource, false)
    assert.deepEqual((await wxpay.notifications.parse(empty)).resource, resource)
    const absent = resign(empty, (envelope) => {
      delete envelope.resource.associated_data
    })
    assert.deepEqual((await wxpay.notifications.parse(absent)).resource, resource)
    const withData = notification({ event_type: 'INSURANCE_ENTRUST.SIGN', resource, associated_data: 'entrust' })
    assert.deepEqual((await wxpay.notifications.parse(withData)).resource, resource)
  })

  it('reads create_time compact or RFC 3339, and returns RFC 3339', async () => {
    const resource = resources['ENTRUST.SIGN']
    const compact = notification({ event_type: 'ENTRUST.SIGN', resource, create_time: '20180225112233' })
    assert.equal((await wxpay.notifications.parse(compact)).create_time, '2018-02-25T11:22:33+08:00')
    const rfc = notification({ event_type: 'ENTRUST.SIGN', resource, create_time: '2020-06-08T10:34:56+08:00' })
    assert.equal((await wxpay.notifications.parse(rfc)).create_time, '2020-06-08T10:34:56+08:00')
  })

  it('takes header names in any case, Node headers and a Headers object, and the body as string, Buffer, Uint8Array or ArrayBuffer', async () => {
    const { headers, body } = signSuccess()
    const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
    const upper = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]))
    const nodeStyle = { ...lower, 'wechatpay-serial': [headers['Wechatpay-Serial']] }
    const bytes = Buffer.from(body)
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)
    for (const input of [
      { headers: lower, body },
      { headers: upper, body: bytes },
      { headers: nodeStyle, body: new Uint8Array(bytes) },
      { headers: new Headers(headers), body: arrayBuffer },
    ]) {
      assert.equal((await wxpay.notifications.parse(input)).event_type, 'INSURANCE_ENTRUST.SIGN')
    }
  })

  it('answers 200 {"code":"SUCCESS"} after the handler resolved, or 204 when asked', async () => {
    const { calls, handler } = recorder()
    const reply = await client().notifications.handle(signSuccess(), handler)
    assert.deepEqual([reply.status, reply.body, calls.length], [200, '{"code":"SUCCESS"}', 1])
    const noContent = await client().notifications.handle(signSuccess(), handler, { successStatus: 204 })
    assert.deepEqual([noContent.status, noContent.body, calls.length], [204, '', 2])
  })
})

describe('tamper matrix: rejected with the right error, the handler never called', () => {
  it('one body byte changed', async () => {
    const { headers, body } = signSuccess()
    const index = body.indexOf('"id":"') + 7
    const changed = body.slice(0, index) + (body[index] === 'a' ? 'b' : 'a') + body.slice(index + 1)
    await rejected({ headers, body: changed }, SignatureVerificationError, 'bad-signature')
  })

  it('the body re-serialised with different spacing', async () => {
    const { headers, body } = signSuccess()
    await rejected(
      { headers, body: JSON.stringify(JSON.parse(body), null, 1) },
      SignatureVerificationError,
      'bad-signature',
    )
  })

  it('a timestamp 300 s old', async () => {
    const sent = notification(
      { event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'] },
      { timestamp: nowSeconds() - 300 },
    )
    await rejected(sent, SignatureVerificationError, 'timestamp-out-of-window')
  })

  it('a timestamp 300 s ahead', async () => {
    const sent = notification(
      { event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'] },
      { timestamp: nowSeconds() + 300 },
    )
    await rejected(sent, SignatureVerificationError, 'timestamp-out-of-window')
  })

  it('an unknown serial', async () => {
    // A public-key id: never downloaded, so the answer does not depend on a certificate refresh.
    const serial = `PUB_KEY_ID_01${'9'.repeat(26)}`
    const sent = notification({ event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'] }, { serial })
    const error = await rejected(sent, SignatureVerificationError, 'unknown-serial')
    assert.match(error.message, new RegExp(serial))
  })

  it('a WECHATPAY/SIGNTEST/ probe signature', async () => {
    const sent = notification(
      { event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'] },
      { signature: `WECHATPAY/SIGNTEST/${randomBytes(64).toString('base64')}` },
    )
    const error = await rejected(sent, NotificationProbeError, 'probe')
    assert.ok(error instanceof SignatureVerificationError)
  })

  for (const name of ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']) {
    it(`a missing ${name} header`, async () => {
      const error = await rejected(withoutHeader(name), SignatureVerificationError, 'missing-headers')
      assert.match(error.message, new RegExp(name))
    })
  }

  it('a wrong signature type', async () => {
    const { headers, body } = signSuccess()
    const input = { headers: { ...headers, 'Wechatpay-Signature-Type': 'WECHATPAY2-SM2-WITH-SM3' }, body }
    await rejected(input, SignatureVerificationError, 'unsupported-signature-type')
  })

  it('the GCM tag flipped (body signed again)', async () => {
    const sent = resign(signSuccess(), (envelope) => {
      const bytes = Buffer.from(envelope.resource.ciphertext, 'base64')
      bytes[bytes.length - 1] ^= 0x01
      envelope.resource.ciphertext = bytes.toString('base64')
    })
    const error = await rejected(sent, DecryptionError)
    assert.match(error.message, /APIv3 key was reset/)
    assert.match(error.message, /APIv2 key/)
  })

  it('the associated data changed (body signed again)', async () => {
    const sent = resign(signSuccess(), (envelope) => {
      envelope.resource.associated_data = 'certificate'
    })
    await rejected(sent, DecryptionError)
  })

  it('the nonce changed (body signed again)', async () => {
    const sent = resign(signSuccess(), (envelope) => {
      envelope.resource.nonce = `${envelope.resource.nonce.slice(1)}x`
    })
    await rejected(sent, DecryptionError)
  })

  it('a wrong APIv3 key', async () => {
    const sent = notification(
      { event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'] },
      { apiV3Key: randomBytes(16).toString('hex') },
    )
    await rejected(sent, DecryptionError)
  })

  it('an APIv3 key of the wrong length', async () => {
    const wrong = `${keys.apiV3Key}x`
    assert.throws(
      () => client('public-key', { apiV3Key: wrong }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigurationError)
        assert.match(error.message, /exactly 32 bytes/)
        seen.push(visible(error))
        return true
      },
    )
    // Past the constructor's check (a key object handed over directly), decryption still refuses it.
    const store = new TrustStore()
    store.add(parseTrustedKey(keys.publicKeyId, keys.platformPublicKey.publicPem, 'certs', 'config'))
    const notifications = new Notifications({ apiV3Key: Buffer.from(wrong), clock, store })
    const { calls, handler } = recorder()
    const errors: unknown[] = []
    const reply = await notifications.handle(signSuccess(), handler, { onError: (error) => errors.push(error) })
    seen.push(replyText(reply), ...errors.map(visible))
    assert.ok(errors[0] instanceof DecryptionError)
    assert.match((errors[0] as Error).message, /exactly 32 bytes; this one is 33/)
    assert.equal(calls.length, 0)
    assert.equal(reply.status, 400)
  })

  it('a parsed object instead of the raw bytes', async () => {
    const { headers, body } = signSuccess()
    const { reply, error, calls } = await attempt({ headers, body: JSON.parse(body) })
    assert.ok(error instanceof TypeError)
    for (const hint of ['express.raw', "parseAs: 'buffer'", 'Koa', 'request.text()', 'c.req.text()']) {
      assert.ok(error.message.includes(hint), `the message names ${hint}`)
    }
    assert.equal(calls.length, 0)
    assert.equal(reply.status, 500)
    await assert.rejects(wxpay.notifications.parse({ headers, body: JSON.parse(body) }), TypeError)
  })

  it('an empty body', async () => {
    const { headers } = signSuccess()
    await rejected({ headers, body: '' }, NotificationFormatError, 'empty-body')
    await rejected({ headers, body: Buffer.alloc(0) }, NotificationFormatError, 'empty-body')
  })

  it('a body over the size limit, refused before any cryptography', async () => {
    const verified: unknown[] = []
    const store = new TrustStore()
    const notifications = new Notifications(
      { apiV3Key: Buffer.from(keys.apiV3Key), clock, store },
      {
        verify: (headers) => {
          verified.push(headers)
        },
      },
    )
    const { headers } = signSuccess()
    const big = `{"id":"${'x'.repeat(1024 * 1024)}"}`
    await assert.rejects(notifications.parse({ headers, body: big }), (error: unknown) => {
      assert.ok(error instanceof NotificationFormatError)
      assert.equal(error.reason, 'body-too-large')
      return true
    })
    assert.equal(verified.length, 0, 'the verifier was not reached')
    // A valid notification over a configured limit, and no headers at all: the size comes first.
    const { reply, error, calls } = await attempt(signSuccess(), { maxBodyBytes: 100 })
    assert.equal((error as NotificationFormatError).reason, 'body-too-large')
    assert.deepEqual([reply.status, calls.length], [413, 0])
    await assert.rejects(wxpay.notifications.parse({ headers: {}, body: big }), NotificationFormatError)
  })
})

describe('envelope and resource checks after a valid signature', () => {
  it('refuses a signed body that is not JSON, or an envelope without its fields', async () => {
    const sent = signSuccess()
    await rejected(signed(sent, 'id=1&event=x'), NotificationFormatError, 'not-json')
    const missing = resign(sent, (envelope) => {
      delete envelope.event_type
      delete envelope.resource.nonce
    })
    const error = await rejected(missing, NotificationFormatError, 'envelope')
    assert.match(error.message, /event_type/)
    assert.match(error.message, /resource\.nonce/)
  })

  it('refuses an algorithm other than AEAD_AES_256_GCM', async () => {
    const sent = resign(signSuccess(), (envelope) => {
      envelope.resource.algorithm = 'AEAD_SM4_GCM'
    })
    const error = await rejected(sent, NotificationFormatError, 'unsupported-algorithm')
    assert.match(error.message, /国密/)
  })

  it('refuses a decrypted resource that is not a JSON object', async () => {
    const sent = notification({ event_type: 'ENTRUST.SIGN', resource: ['not', 'an', 'object'] })
    await rejected(sent, NotificationFormatError, 'resource-not-json')
  })

  it('needs the APIv3 key: a configuration error, answered 5xx', async () => {
    const noKey = client('public-key', { apiV3Key: undefined })
    const { reply, error, calls } = await attempt(signSuccess(), { client: noKey })
    assert.ok(error instanceof ConfigurationError)
    assert.deepEqual([reply.status, calls.length], [500, 0])
  })
})

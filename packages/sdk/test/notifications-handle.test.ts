// Handling notifications (notifications/handle.ts, dedupe.ts, replies.ts): idempotency, replies, secrets.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  DecryptionError,
  type DedupeStore,
  failureReply,
  failureReplyFor,
  memoryDedupe,
  type NotificationEvent,
  NotificationFormatError,
  NotificationProbeError,
  type NotificationReply,
  SignatureVerificationError,
  successReply,
  terminateInquiryReply,
} from '@wxpay/sdk'
import { createTestNotification } from '@wxpay/sdk/testing'
import { notificationScenario } from './helpers/notification-scenario.js'
import { personal, recorder, replyText, resources, secretsOf, visible } from './helpers/notifications.js'

const { keys, clock, client, notification, wxpay, seen, signSuccess } = notificationScenario(0)

describe('idempotency', () => {
  it('acknowledges a handled id without running the handler again', async () => {
    const fresh = client()
    const { calls, handler } = recorder()
    const sent = signSuccess()
    assert.equal((await fresh.notifications.handle(sent, handler)).status, 200)
    assert.equal((await fresh.notifications.handle(sent, handler)).status, 200)
    assert.equal(calls.length, 1)
  })

  it('gives concurrent deliveries of one id the same answer, running the handler once', async () => {
    const fresh = client()
    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const { calls, handler } = recorder(() => gate)
    const sent = signSuccess()
    const first = fresh.notifications.handle(sent, handler)
    const second = fresh.notifications.handle(sent, handler)
    release()
    assert.deepEqual(
      (await Promise.all([first, second])).map((reply) => reply.status),
      [200, 200],
    )
    assert.equal(calls.length, 1)
  })

  it('does not mark an id whose handler threw: answered 5xx, and the retry runs the handler', async () => {
    const fresh = client()
    let fail = true
    const { calls, handler } = recorder(() => {
      if (fail) throw new Error('database down')
    })
    const sent = signSuccess()
    const errors: unknown[] = []
    const failed = await fresh.notifications.handle(sent, handler, { onError: (error) => errors.push(error) })
    assert.equal(failed.status, 500)
    assert.equal((errors[0] as Error).message, 'database down')
    fail = false
    assert.equal((await fresh.notifications.handle(sent, handler)).status, 200)
    assert.equal(calls.length, 2)
  })

  it('uses a given store (async), with the TTL; dedupe: false turns it off', async () => {
    const stored = new Map<string, number>()
    const store: DedupeStore = {
      has: async (id) => stored.has(id),
      set: async (id, ttl) => {
        stored.set(id, ttl)
      },
    }
    const { calls, handler } = recorder()
    const sent = signSuccess()
    await wxpay.notifications.handle(sent, handler, { dedupe: store, dedupeTtlSeconds: 60 })
    await wxpay.notifications.handle(sent, handler, { dedupe: store })
    assert.deepEqual([...stored.values()], [60])
    assert.equal(calls.length, 1)
    await wxpay.notifications.handle(sent, handler, { dedupe: false })
    assert.equal(calls.length, 2)
  })

  it('a store that fails before the handler answers 5xx; one that fails after it still answers success', async () => {
    const { calls, handler } = recorder()
    const errors: unknown[] = []
    const onError = (error: unknown) => errors.push(error)
    const broken: DedupeStore = {
      has: () => {
        throw new Error('redis unreachable')
      },
      set: () => {},
    }
    const refused = await wxpay.notifications.handle(signSuccess(), handler, { dedupe: broken, onError })
    assert.deepEqual([refused.status, calls.length], [500, 0])
    const late: DedupeStore = {
      has: () => false,
      set: () => Promise.reject(new Error('redis unreachable')),
    }
    const accepted = await wxpay.notifications.handle(signSuccess(), handler, { dedupe: late, onError })
    assert.deepEqual([accepted.status, calls.length, errors.length], [200, 1, 2])
  })

  it('the default store forgets an id after the TTL, by the client clock', async () => {
    const fresh = client()
    const { calls, handler } = recorder()
    const event = { event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'], id: 'EV-2026112200000001' }
    await fresh.notifications.handle(notification(event), handler, { dedupeTtlSeconds: 60 })
    clock.ms += 59_000
    await fresh.notifications.handle(notification(event), handler)
    clock.ms += 2_000
    try {
      await fresh.notifications.handle(notification(event), handler)
      assert.equal(calls.length, 2)
    } finally {
      clock.ms -= 61_000
    }
  })
})

describe('replies and the in-memory store', () => {
  it('builds the success and failure answers, and refuses a 2xx failure', () => {
    assert.deepEqual(successReply(), {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"code":"SUCCESS"}',
    })
    assert.deepEqual(successReply(204), { status: 204, headers: {}, body: '' })
    const failure = failureReply(503, `busy ${'.'.repeat(100)}`)
    assert.equal(failure.status, 503)
    assert.equal(JSON.parse(failure.body).code, 'FAIL')
    assert.equal(JSON.parse(failure.body).message.length, 64)
    assert.throws(() => failureReply(200, 'ok'), RangeError)
    assert.throws(() => failureReply(302, 'moved'), RangeError)
  })

  it('maps errors to statuses: 401 signature, 400 format and decryption, 413 size, 500 anything else', () => {
    const statuses = [
      new SignatureVerificationError('bad-signature', 'x'),
      new NotificationProbeError('probe', 'x'),
      new NotificationFormatError('envelope', 'x'),
      new NotificationFormatError('body-too-large', 'x'),
      new DecryptionError('x'),
      new TypeError('x'),
      new Error('x'),
    ].map((error) => failureReplyFor(error).status)
    assert.deepEqual(statuses, [401, 401, 400, 413, 400, 500, 500])
  })

  it('createTestNotification refuses an APIv3 key that is not 32 bytes', () => {
    const keysFor = { privateKey: keys.platformPublicKey.privateKey, serial: keys.publicKeyId, apiV3Key: 'short' }
    assert.throws(
      () => createTestNotification({ event_type: 'ENTRUST.SIGN', resource: {} }, keysFor),
      /exactly 32 bytes/,
    )
  })

  it('memoryDedupe is bounded, oldest first, and expires by its clock', () => {
    const time = { now: () => 0 }
    const store = memoryDedupe({ maxEntries: 2, clock: time })
    store.set('a', 10)
    store.set('b', 10)
    store.set('c', 10)
    assert.deepEqual(
      ['a', 'b', 'c'].map((id) => store.has(id)),
      [false, true, true],
    )
    time.now = () => 10_000
    assert.equal(store.has('b'), false)
  })
})

describe('secrets', () => {
  it('no error, reply or handler event leaks through inspect of the notifications object', () => {
    const text = visible(wxpay.notifications) + JSON.stringify(wxpay) + visible(wxpay)
    for (const secret of secretsOf(keys)) assert.ok(!text.includes(secret))
  })

  it('the event given to the handler carries the personal data (it is the handler’s to use), the reply does not', async () => {
    const fresh = client()
    let event: NotificationEvent | undefined
    const reply: NotificationReply = await fresh.notifications.handle(signSuccess(), (parsed) => {
      event = parsed
    })
    assert.equal((event!.resource as { openid?: string }).openid, personal.openid)
    seen.push(replyText(reply))
  })
})

describe('a handler that answers in its own words', () => {
  const inquiry = () =>
    notification({
      event_type: 'ENTRUST.TERMINATE_INQUIRY',
      resource: { mchid: keys.mchid, appid: 'wx1', plan_id: 1, out_contract_code: 'C1', out_user_code: 'U1' },
    })

  it("answers ENTRUST.TERMINATE_INQUIRY with the reply the handler built, through the adapters' pipeline", async () => {
    const fresh = client()
    const reply = await fresh.notifications.handle(inquiry(), () =>
      terminateInquiryReply({ code: 'FAIL', message: '存在未完成的扣费' }),
    )
    assert.deepEqual(reply, {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"code":"FAIL","message":"存在未完成的扣费"}',
    })
  })

  it('answers the usual success when the handler returns anything else, even a look-alike object', async () => {
    const fresh = client()
    const lookAlike = { status: 200, headers: {}, body: '{"code":"FAIL"}' }
    const reply = await fresh.notifications.handle(inquiry(), () => lookAlike)
    assert.equal(reply.body, '{"code":"SUCCESS"}')
  })
})

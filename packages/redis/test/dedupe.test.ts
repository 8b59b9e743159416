// redisDedupe against a real redis-server, with ioredis and with node-redis: the claim, its lease,
// done, release, prefixes, and the SDK's handling of two instances, a failing handler and an outage.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { RedisUnavailableError, redisDedupe } from '@wxpay/redis'
import {
  DEFAULT_DEDUPE_TTL_SECONDS,
  type DedupeStore,
  type HandleOptions,
  type NotificationReply,
  WechatPay,
} from '@wxpay/sdk'
import { createSimulator, createTestNotification, type Simulator, type TestNotification } from '@wxpay/simulator'
import { connect, connectionPair, FLAVOURS } from './helpers/clients.js'
import { type RedisServer, startRedis } from './helpers/redis-server.js'

let redis: RedisServer
let simulator: Simulator
const cleanups: (() => Promise<unknown>)[] = []
before(async () => {
  redis = await startRedis()
  simulator = await createSimulator({ mode: 'publicKey' })
})
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  await simulator?.close()
  await redis?.stop()
})

async function connected(flavour: (typeof FLAVOURS)[number], server = redis) {
  const connection = await connect(flavour, server.url)
  cleanups.push(() => connection.close())
  return connection
}

/** One instance of the merchant's webhook: its own client, its own Redis connection, one shared Redis. */
function instance(store: DedupeStore, extra: HandleOptions = {}) {
  const wxpay = new WechatPay({ ...simulator.merchant, certs: simulator.certs, baseURL: simulator.url })
  const errors: { error: unknown; status: number }[] = []
  const handle = (notification: TestNotification, handler: () => unknown): Promise<NotificationReply> =>
    wxpay.notifications.handle(notification, handler, {
      dedupe: store,
      onError: (error, reply) => errors.push({ error, status: reply.status }),
      ...extra,
    })
  return { handle, errors }
}

function notification(): TestNotification {
  const signer = simulator.platform.signer(undefined)
  return createTestNotification(
    { event_type: 'ENTRUST.SIGN', resource: { contract_id: randomUUID().replace(/-/g, '') } },
    { privateKey: signer.privateKey, serial: signer.id, apiV3Key: simulator.apiV3Key },
  )
}
const idOf = (sent: TestNotification) => JSON.parse(sent.body).id as string

/** A handler the test lets finish; counts its runs. */
function heldHandler() {
  let release!: () => void
  let started!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const running = new Promise<void>((resolve) => {
    started = resolve
  })
  const handler = { runs: 0, running, release, run: async () => {} }
  handler.run = async () => {
    handler.runs++
    started()
    await gate
  }
  return handler
}

it('the SDK refuses a store with claim() but not complete() and release(): 500, the handler not run', async () => {
  const webhook = instance({ has: () => false, set: () => {}, claim: () => 'claimed' })
  let runs = 0
  const reply = await webhook.handle(notification(), () => runs++)
  assert.equal(reply.status, 500)
  assert.match(String(webhook.errors[0].error), /TypeError: dedupe: a store with claim\(\) needs complete/)
  assert.equal(runs, 0)
})

for (const flavour of FLAVOURS) {
  describe(`redisDedupe with ${flavour}`, () => {
    const prefix = `test:${flavour}:`
    const two = connectionPair(flavour, () => redis.url)

    it('one claim wins and holds for its lease; the others are busy, then done for 25 h once it completes', async () => {
      const [first, second] = [redisDedupe(two.a.client, { prefix }), redisDedupe(two.b.client, { prefix })]
      const id = `EV-${randomUUID()}`
      assert.deepEqual(await Promise.all([first.claim(id, 60), second.claim(id, 60)]), ['claimed', 'busy'])
      const lease = Number(await two.a.command('PTTL', first.keyOf(id)))
      assert.ok(lease > 55_000 && lease <= 60_000, `lease ${lease} ms`)
      assert.equal(await second.has(id), false)
      await first.complete(id, DEFAULT_DEDUPE_TTL_SECONDS)
      assert.equal(await two.a.command('GET', `${prefix}notification:${id}`), 'done')
      assert.equal(Number(await two.a.command('TTL', first.keyOf(id))), 25 * 3600)
      assert.equal(await second.claim(id, 60), 'done')
      assert.equal(await second.has(id), true)
    })

    it('release deletes the claim only while it is still its own', async () => {
      const [first, second] = [redisDedupe(two.a.client, { prefix }), redisDedupe(two.b.client, { prefix })]
      const released = `EV-${randomUUID()}`
      assert.equal(await first.claim(released, 60), 'claimed')
      await second.release(released) // not second's claim: nothing happens
      assert.equal(await second.claim(released, 60), 'busy')
      await first.release(released)
      assert.equal(await two.a.command('EXISTS', first.keyOf(released)), 0)
      assert.equal(await second.claim(released, 60), 'claimed')

      // first's claim lapsed and another instance took the id: first's late release leaves it alone.
      const lapsed = `EV-${randomUUID()}`
      assert.equal(await first.claim(lapsed, 60), 'claimed')
      await two.a.command('SET', first.keyOf(lapsed), 'claim:another-instance', 'PX', '60000')
      await first.release(lapsed)
      assert.equal(await two.a.command('GET', first.keyOf(lapsed)), 'claim:another-instance')
    })

    it('keeps merchants apart by prefix; has/set work as the plain seam', async () => {
      const shopA = redisDedupe(two.a.client, { prefix: `${prefix}1900000001:` })
      const shopB = redisDedupe(two.a.client, { prefix: `${prefix}1900000002:` })
      const id = `EV-${randomUUID()}`
      await shopA.set(id, 120)
      assert.equal(await shopA.has(id), true)
      assert.equal(await shopB.has(id), false)
      assert.equal(await shopB.claim(id, 60), 'claimed')
      assert.equal(Number(await two.a.command('TTL', `${prefix}1900000001:notification:${id}`)), 120)
      assert.equal(redisDedupe(two.a.client).keyOf('EV-1'), 'wxpay:notification:EV-1')
    })

    it('two instances given one notification at once: the handler runs once, the other answers 503, a resend 200', async () => {
      const [first, second] = [
        instance(redisDedupe(two.a.client, { prefix })),
        instance(redisDedupe(two.b.client, { prefix })),
      ]
      const handler = heldHandler()
      const sent = notification()
      const firstReply = first.handle(sent, handler.run)
      await handler.running
      const busy = await second.handle(sent, handler.run)
      assert.equal(busy.status, 503)
      assert.deepEqual(JSON.parse(busy.body), {
        code: 'FAIL',
        message: 'being handled by another instance; retry later',
      })
      assert.equal(second.errors.length, 1)
      assert.match(String(second.errors[0].error), /being handled by another instance/)
      handler.release()
      assert.equal((await firstReply).status, 200)
      assert.equal((await second.handle(sent, handler.run)).status, 200)
      assert.equal(handler.runs, 1)
      assert.equal(await two.a.command('GET', `${prefix}notification:${idOf(sent)}`), 'done')
    })

    it("whenBusy: 'success' answers the concurrent copy 200, still without running the handler", async () => {
      const first = instance(redisDedupe(two.a.client, { prefix }))
      const second = instance(redisDedupe(two.b.client, { prefix }), { whenBusy: 'success', successStatus: 204 })
      const handler = heldHandler()
      const sent = notification()
      const firstReply = first.handle(sent, handler.run)
      await handler.running
      assert.equal((await second.handle(sent, handler.run)).status, 204)
      assert.equal(second.errors.length, 0)
      handler.release()
      assert.equal((await firstReply).status, 200)
      assert.equal(handler.runs, 1)
    })

    it('a handler that throws gives the claim back: the retry runs it again, and then it is done', async () => {
      const [first, second] = [
        instance(redisDedupe(two.a.client, { prefix })),
        instance(redisDedupe(two.b.client, { prefix })),
      ]
      const sent = notification()
      let runs = 0
      const handler = () => {
        runs++
        if (runs === 1) throw new Error('the database was busy')
      }
      assert.equal((await first.handle(sent, handler)).status, 500)
      assert.equal(await two.a.command('EXISTS', `${prefix}notification:${idOf(sent)}`), 0)
      assert.equal((await second.handle(sent, handler)).status, 200)
      assert.equal((await first.handle(sent, handler)).status, 200)
      assert.equal(runs, 2)
    })

    it('Redis down: 500 and a RedisUnavailableError, the handler not run; Redis back: it runs once', async () => {
      const own = await startRedis()
      cleanups.push(() => own.stop())
      const connection = await connected(flavour, own)
      const webhook = instance(redisDedupe(connection.client, { prefix }))
      const sent = notification()
      let runs = 0
      await own.stop()
      const reply = await webhook.handle(sent, () => runs++)
      assert.equal(reply.status, 500)
      assert.deepEqual(JSON.parse(reply.body), { code: 'FAIL', message: 'dedupe store unavailable' })
      const [failure] = webhook.errors
      assert.ok(failure.error instanceof RedisUnavailableError, String(failure.error))
      assert.equal(failure.error.reason, 'connection')
      assert.match(failure.error.message, /^SET test:\w+:notification:[\w-]+: Redis is unreachable .*Check that Redis/)
      assert.equal(runs, 0)
      await own.start()
      await connection.ready()
      assert.equal((await webhook.handle(sent, () => runs++)).status, 200)
      assert.equal((await webhook.handle(sent, () => runs++)).status, 200)
      assert.equal(runs, 1)
    })

    it('a command without an answer in time, and an error reply, are RedisUnavailableErrors too', async () => {
      const own = await startRedis()
      cleanups.push(() => own.stop())
      const connection = await connected(flavour, own)
      own.pause() // a hung server: the connection stays open, nothing is answered
      try {
        const slow = redisDedupe(connection.client, { prefix, commandTimeoutMs: 50 })
        await assert.rejects(slow.claim('EV-timeout', 60), (error: RedisUnavailableError) => {
          assert.equal(error.reason, 'timeout')
          assert.match(error.message, /^SET test:\w+:notification:EV-timeout: no answer from Redis within 50 ms/)
          return true
        })
      } finally {
        own.resume()
      }
      const store = redisDedupe(two.a.client, { prefix })
      await two.a.command('HSET', store.keyOf('EV-hash'), 'field', 'value')
      await assert.rejects(store.claim('EV-hash', 60), (error: RedisUnavailableError) => {
        assert.equal(error.reason, 'refused')
        assert.match(error.message, /^GET test:\w+:notification:EV-hash: Redis answered WRONGTYPE/)
        return true
      })
    })

    it('refuses what is not a Redis client, and a timeout that is not positive', () => {
      assert.throws(() => redisDedupe({} as never), /pass a Redis client: an ioredis client/)
      assert.throws(() => redisDedupe(two.a.client, { commandTimeoutMs: 0 }), /commandTimeoutMs: 0 is not a positive/)
    })
  })
}

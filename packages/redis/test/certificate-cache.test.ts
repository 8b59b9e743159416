// redisCertificateCache against a real redis-server, with ioredis and with node-redis: the prefixed
// entry and its TTL, the download lock, and four clients sharing one download at first use and after
// a certificate rotation (counted at the simulator).
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { redisCertificateCache } from '@wxpay/redis'
import { WechatPay } from '@wxpay/sdk'
import { createSimulator, createTestNotification, ManualClock, type Simulator } from '@wxpay/simulator'
import { type Connected, connectionPair, FLAVOURS } from './helpers/clients.js'
import { type RedisServer, startRedis } from './helpers/redis-server.js'

let redis: RedisServer
before(async () => {
  redis = await startRedis()
})
after(async () => {
  await redis?.stop()
})

/** A notification signed by the platform certificate the simulator signs with now. */
function signedNow(simulator: Simulator) {
  const signer = simulator.platform.signer(undefined)
  return createTestNotification(
    { event_type: 'ENTRUST.SIGN', resource: { contract_id: randomUUID().replace(/-/g, '') } },
    {
      privateKey: signer.privateKey,
      serial: signer.id,
      apiV3Key: simulator.apiV3Key,
      timestamp: Math.floor(simulator.clock.now() / 1000),
    },
  )
}

for (const flavour of FLAVOURS) {
  describe(`redisCertificateCache with ${flavour}`, () => {
    const prefix = `test:${flavour}:`
    const two = connectionPair(flavour, () => redis.url)

    it("keeps the SDK's entry under the prefix, with its TTL", async () => {
      const cache = redisCertificateCache(two.a.client, { prefix: `${prefix}shop1:` })
      const key = 'wxpay:platform-certificates:1900000001'
      assert.equal(await cache.get(key), undefined)
      await cache.set(key, '[{"serial":"5157F0","pem":"…"}]', 43_200)
      assert.equal(cache.keyOf(key), `${prefix}shop1:platform-certificates:1900000001`)
      assert.equal(await two.a.command('GET', cache.keyOf(key)), '[{"serial":"5157F0","pem":"…"}]')
      assert.equal(Number(await two.a.command('TTL', cache.keyOf(key))), 43_200)
      assert.equal(
        await redisCertificateCache(two.b.client, { prefix: `${prefix}shop1:` }).get(key),
        '[{"serial":"5157F0","pem":"…"}]',
      )
      assert.equal(await redisCertificateCache(two.b.client, { prefix: `${prefix}shop2:` }).get(key), undefined)
      assert.equal(redisCertificateCache(two.a.client).keyOf(key), 'wxpay:platform-certificates:1900000001')
    })

    it('the download lock has one holder at a time, lapses after its TTL, and is only given back by its holder', async () => {
      const [first, second] = [
        redisCertificateCache(two.a.client, { prefix }),
        redisCertificateCache(two.b.client, { prefix }),
      ]
      const key = `wxpay:platform-certificates:${randomUUID()}`
      const release = await first.lock(key, 30)
      assert.equal(typeof release, 'function')
      assert.equal(await second.lock(key, 30), undefined)
      const ttl = Number(await two.a.command('PTTL', `${first.keyOf(key)}:lock`))
      assert.ok(ttl > 25_000 && ttl <= 30_000, `lock TTL ${ttl} ms`)
      await release!()
      const secondRelease = await second.lock(key, 30)
      assert.equal(typeof secondRelease, 'function')
      await release!() // the first holder's late release leaves the second's lock alone
      assert.equal(await first.lock(key, 30), undefined)
      await secondRelease!()
      assert.equal(await two.a.command('EXISTS', `${first.keyOf(key)}:lock`), 0)
    })

    it('four clients meeting a new certificate at once share one download, at first use and after a rotation', async () => {
      const clock = new ManualClock()
      const simulator = await createSimulator({ mode: 'certificate', clock })
      try {
        // Four instances, on two connections; `prefixOf` says which share a cache.
        const instances = (prefixOf: (index: number) => string) =>
          [two.a, two.b, two.a, two.b].map(
            (connection: Connected, index) =>
              new WechatPay({
                ...simulator.merchant,
                baseURL: simulator.url,
                clock: { now: () => clock.now() },
                certificateCache: redisCertificateCache(connection.client, { prefix: prefixOf(index) }),
              }),
          )
        // Each with its own prefix, they share nothing: each downloads.
        const alone = signedNow(simulator)
        await Promise.all(instances(() => `${prefix}${randomUUID()}:`).map((wxpay) => wxpay.notifications.parse(alone)))
        assert.equal(simulator.requestCounts()['GET /v3/certificates'], 4)

        const fleetPrefix = `${prefix}fleet-${randomUUID()}:`
        const fleet = instances(() => fleetPrefix)
        const first = signedNow(simulator)
        const events = await Promise.all(fleet.map((wxpay) => wxpay.notifications.parse(first)))
        assert.deepEqual(new Set(events.map((event) => event.id)).size, 1)
        assert.equal(simulator.requestCounts()['GET /v3/certificates'], 5, 'one download for the fleet')

        await clock.advance(61_000) // past each client's minimum interval between downloads
        const rotated = simulator.rotateCertificate()
        const second = signedNow(simulator)
        assert.equal(second.headers['Wechatpay-Serial'], rotated)
        await Promise.all(fleet.map((wxpay) => wxpay.notifications.parse(second)))
        assert.equal(simulator.requestCounts()['GET /v3/certificates'], 6, 'one download for the rotation')
        assert.deepEqual(
          fleet.map((wxpay) => wxpay.trustedKeyIds.includes(rotated)),
          [true, true, true, true],
        )
      } finally {
        await simulator.close()
      }
    })
  })
}

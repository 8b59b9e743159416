// A fleet: four webhook instances (child processes; two on ioredis, two on node-redis) behind a
// round-robin proxy, one real redis-server, and the simulator sending every notification attempt to
// two instances at once, with its 5 s answer deadline on a ManualClock. Each event must be handled
// exactly once (the handlers' own log files, and the done marks in Redis), through a slow handler
// that times out, a certificate rotation (one download for the fleet), and Redis stopped mid-run.
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { createSimulator, ManualClock, type Simulator } from '@wxpay/simulator'
import { type Fleet, type Heard, type LoadBalancer, startFleet, startProxy, Waiter } from './fleet/harness.js'
import { type Connected, connect } from './helpers/clients.js'
import { type RedisServer, startRedis } from './helpers/redis-server.js'

const WORKERS = 4
const TIMED_OUT = 'no answer within 5000 ms'
const FIRST = Array.from({ length: 12 }, (_, index) => `FIRST${index + 1}`)
const ROTATION = ['ROT1', 'ROT2']
const OUTAGE = ['OUT1', 'OUT2', 'OUT3', 'OUT4']
const CODES = [...FIRST, 'SLOW1', ...ROTATION, 'HELD1', ...OUTAGE]

let redis: RedisServer
let clock: ManualClock
let simulator: Simulator
let fleet: Fleet
let proxy: LoadBalancer
let observer: Connected
let logDir: string
let prefix: string
const sessions = new Map<string, string>()
const waiter = new Waiter()

before(async () => {
  logDir = mkdtempSync(join(tmpdir(), 'wxpay-fleet-'))
  redis = await startRedis()
  clock = new ManualClock()
  simulator = await createSimulator({
    mode: 'certificate',
    clock,
    duplicateDeliveries: 2,
    clockTimeouts: true,
    onDelivery: waiter.changed,
  })
  const { mchid, serial, privateKey, apiV3Key } = simulator.merchant
  prefix = `wxpay:${mchid}:`
  fleet = await startFleet(
    Array.from({ length: WORKERS }, (_, index) => ({
      flavour: index < WORKERS / 2 ? 'ioredis' : 'redis',
      redisUrl: redis.url,
      prefix,
      simulatorUrl: simulator.url,
      merchant: { mchid, serial, privateKey, apiV3Key },
      now: clock.now(),
      logFile: join(logDir, `worker-${index}.log`),
    })),
    waiter,
  )
  proxy = await startProxy(fleet.ports, () => clock.now())
  observer = await connect('ioredis', redis.url)
  // The merchant's back office signs contracts up front (its client trusts the first certificate).
  const wxpay = new WechatPay({ ...simulator.merchant, certs: simulator.certs, baseURL: simulator.url, clock })
  for (const code of CODES) {
    const { data } = await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post({
      appid: 'wxd678efh567hg6787',
      service_id: 500001,
      out_contract_code: code,
      notify_url: proxy.url,
      contract_display_account: '张**',
      openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    })
    sessions.set(code, data.pre_entrustweb_id)
  }
})

after(async () => {
  const steps = [
    () => fleet?.kill(),
    () => proxy?.close(),
    () => observer?.close(),
    () => simulator?.close(),
    () => redis?.stop(),
    async () => logDir && rmSync(logDir, { recursive: true, force: true }),
  ]
  for (const step of steps)
    await Promise.resolve()
      .then(step)
      .catch((error) => console.error(error))
})

/** The users sign: one notification each. Resolves with the new notification ids once all were sent. */
async function agree(codes: string[]): Promise<string[]> {
  const known = new Set(simulator.deliveries.map((delivery) => delivery.notificationId))
  for (const code of codes) simulator.agree(sessions.get(code)!)
  await simulator.flush()
  return [...new Set(simulator.deliveries.map((delivery) => delivery.notificationId))].filter((id) => !known.has(id))
}

/** [attempt, status or error, acknowledged] of each copy of `id`, sorted. */
const attempts = (id: string, attempt?: number) =>
  simulator.deliveries
    .filter((delivery) => delivery.notificationId === id && (attempt === undefined || delivery.attempt === attempt))
    .map((delivery) => [delivery.attempt, delivery.status ?? delivery.error, delivery.acknowledged])
    .sort((a, b) => String(a).localeCompare(String(b)))

/** What the handlers wrote when they completed, from every instance's own log file. */
function handled(): { id: string; code: string; worker: number }[] {
  return readdirSync(logDir).flatMap((file) =>
    readFileSync(join(logDir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
  )
}
const handledCodes = () => handled().map((entry) => entry.code)
const timesHandled = (code: string) => handledCodes().filter((handledCode) => handledCode === code).length

/** How many of `ids` Redis has marked done. */
async function doneInRedis(ids: string[]): Promise<number> {
  const values = await Promise.all(ids.map((id) => observer.command('GET', `${prefix}notification:${id}`)))
  return values.filter((value) => value === 'done').length
}

const busyAnswers = (heard: Heard[]) =>
  heard.filter((message) => message.type === 'reply-error' && message.status === 503).length
const answers = (id: string) =>
  fleet.heard.filter(
    (message): message is Heard & { type: 'answered' } => message.type === 'answered' && message.id === id,
  )
const holding = (code: string) =>
  fleet.heard.find(
    (message): message is Heard & { type: 'holding' } => message.type === 'holding' && message.code === code,
  )

/** A copy answered by the instance that ran the handler (200) or by another while it ran (503), or seen done (200). */
function assertHandledOnceAtFirstAttempt(ids: string[]) {
  for (const id of ids) {
    const copies = attempts(id)
    assert.equal(copies.length, 2, `${id}: ${JSON.stringify(copies)}`)
    assert.ok(
      copies.every(([attempt, status]) => attempt === 1 && (status === 200 || status === 503)),
      JSON.stringify(copies),
    )
    assert.ok(
      copies.some(([, , acknowledged]) => acknowledged),
      JSON.stringify(copies),
    )
  }
}

describe('a fleet of four instances on one Redis', { timeout: 120_000 }, () => {
  it('each notification, sent to two instances at once, is handled once; the fleet downloads the certificates once', async () => {
    const ids = await agree(FIRST)
    assert.equal(ids.length, FIRST.length)
    assertHandledOnceAtFirstAttempt(ids)
    assert.deepEqual(handledCodes().sort(), [...FIRST].sort())
    assert.equal(await doneInRedis(ids), FIRST.length)
    const copies503 = simulator.deliveries.filter((delivery) => delivery.status === 503).length
    assert.equal(busyAnswers(fleet.heard), copies503, 'each 503 is an instance seeing another one busy')
    assert.deepEqual(proxy.forwarded, [6, 6, 6, 6])
    assert.equal(simulator.requestCounts()['GET /v3/certificates'], 1)
    assert.equal(clock.pending, 0, 'nothing left to retry')
  })

  it('a slow handler times out: its retries reach other instances, which answer 503 while it runs, and 200 once it is done', async () => {
    fleet.send({ type: 'hold', code: 'SLOW1' })
    simulator.agree(sessions.get('SLOW1')!)
    await waiter.until('an instance running SLOW1', () => holding('SLOW1') !== undefined)
    const { id, from: holder } = holding('SLOW1')!
    await waiter.until('the other copy of SLOW1 answered', () => attempts(id).length === 1)
    await clock.advance(5_000) // WeChat Pay's deadline passes for the copy still being handled
    await simulator.flush()
    assert.deepEqual(attempts(id), [
      [1, 503, false],
      [1, TIMED_OUT, false],
    ])
    await clock.advance(15_000) // the retry, to the two other instances
    assert.deepEqual(attempts(id, 2), [
      [2, 503, false],
      [2, 503, false],
    ])
    assert.ok(answers(id).every((answer) => answer.from !== holder && answer.status === 503))
    fleet.send({ type: 'release', code: 'SLOW1' })
    await waiter.until('the holder of SLOW1 to finish', () => answers(id).some((answer) => answer.from === holder))
    assert.equal(await doneInRedis([id]), 1)
    await clock.advance(30_000)
    assert.deepEqual(attempts(id, 3), [
      [3, 200, true],
      [3, 200, true],
    ])
    assert.deepEqual(
      handled().filter((entry) => entry.code === 'SLOW1'),
      [{ id, code: 'SLOW1', worker: holder }],
    )
    assert.equal(clock.pending, 0)
  })

  it('after a certificate rotation one download serves the fleet', async () => {
    await clock.advance(60_000) // past each instance's minimum interval between downloads
    const forwarded = [...proxy.forwarded]
    simulator.rotateCertificate()
    const ids = await agree(ROTATION)
    assertHandledOnceAtFirstAttempt(ids)
    assert.deepEqual(
      proxy.forwarded.map((count, index) => count - forwarded[index]),
      [1, 1, 1, 1],
      'every instance verified a notification signed by the new certificate',
    )
    assert.equal(simulator.requestCounts()['GET /v3/certificates'], 2)
    assert.deepEqual(ROTATION.map(timesHandled), [1, 1])
    assert.equal(await doneInRedis(ids), 2)
  })

  let outageIds: string[] = []

  it('Redis stopped mid-run: nothing runs or is marked done without Redis, a running handler is answered 200, WeChat Pay retries the rest', async () => {
    const before = handled().length
    fleet.send({ type: 'hold', code: 'HELD1' })
    simulator.agree(sessions.get('HELD1')!)
    await waiter.until('an instance running HELD1', () => holding('HELD1') !== undefined)
    const held = holding('HELD1')!
    await waiter.until('the other copy of HELD1 answered', () => attempts(held.id).length === 1)

    await redis.stop()
    const heardBefore = fleet.heard.length
    for (const code of OUTAGE) simulator.agree(sessions.get(code)!)
    const refused = () =>
      fleet.heard.slice(heardBefore).filter((message) => message.type === 'answered' && message.status === 500)
    await waiter.until('8 copies answered 500', () => refused().length === 2 * OUTAGE.length)
    const failures = fleet.heard
      .slice(heardBefore)
      .filter((message) => message.type === 'reply-error' && message.status === 500)
    assert.equal(failures.length, 2 * OUTAGE.length)
    assert.ok(
      failures.every((failure) => failure.type === 'reply-error' && failure.name === 'RedisUnavailableError'),
      JSON.stringify(failures[0]),
    )
    // HELD1's handler completes while Redis is down: it cannot be marked done, but it is answered 200.
    fleet.send({ type: 'release', code: 'HELD1' })
    await waiter.until('the holder of HELD1 to finish', () => answers(held.id).length === 2)
    await simulator.flush()
    assert.deepEqual(attempts(held.id), [
      [1, 200, true],
      [1, 503, false],
    ])
    outageIds = [...new Set(refused().map((message) => (message as { id: string }).id))]
    assert.equal(outageIds.length, OUTAGE.length)
    for (const id of outageIds)
      assert.deepEqual(attempts(id), [
        [1, 500, false],
        [1, 500, false],
      ])
    assert.equal(handled().length, before + 1, 'only HELD1 was handled')
    await clock.advance(15_000) // retried while Redis is still down
    for (const id of outageIds)
      assert.deepEqual(attempts(id, 2), [
        [2, 500, false],
        [2, 500, false],
      ])
    assert.equal(handled().length, before + 1)
  })

  it('Redis back: every event WeChat Pay retries is handled once', async () => {
    assert.equal(outageIds.length, OUTAGE.length)
    await redis.start()
    fleet.send({ type: 'await-redis' })
    await waiter.until(
      'every instance to reconnect',
      () => fleet.heard.filter((m) => m.type === 'redis-ready').length === WORKERS,
    )
    await observer.ready()
    await clock.advance(30_000)
    for (const id of outageIds) {
      const third = attempts(id, 3)
      assert.equal(third.length, 2)
      assert.ok(
        third.some(([, status, acknowledged]) => status === 200 && acknowledged),
        JSON.stringify(third),
      )
    }
    assert.equal(await doneInRedis(outageIds), OUTAGE.length)
    assert.equal(clock.pending, 0, 'nothing left to retry')
  })

  it('in all, every event was handled exactly once, and Redis marks done only what a handler completed', async () => {
    const entries = handled()
    assert.deepEqual(entries.map((entry) => entry.code).sort(), [...CODES].sort())
    assert.equal(new Set(entries.map((entry) => entry.id)).size, CODES.length)
    // The restarted Redis started empty (no persistence): what it holds was completed after the restart.
    const keys = (await observer.command('KEYS', `${prefix}notification:*`)) as string[]
    const values = await Promise.all(keys.map((key) => observer.command('GET', key)))
    assert.deepEqual(
      values,
      OUTAGE.map(() => 'done'),
    )
    const handledIds = new Set(entries.map((entry) => entry.id))
    assert.ok(keys.every((key) => handledIds.has(key.slice(`${prefix}notification:`.length))))
    assert.equal(simulator.requestCounts()['GET /v3/certificates'], 2)
    assert.ok(simulator.deliveries.every((delivery) => delivery.status !== 401 && delivery.status !== 400))
  })
})

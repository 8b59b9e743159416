// Fault suite: notification delivery to a webhook that fails half the time, in five ways chosen from
// a seed: a 500, no answer (time-out), a reset, a 200 whose JSON is cut off with the connection, and
// a 200 that comes after the 5 s deadline. Time runs on a ManualClock (a time-out advances it 5 s
// from inside the webhook). Every notification must be acknowledged exactly once, every attempt
// must follow the documented schedule, and the merchant's handler must see each event once.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { createNodeHandler } from '@wxpay/sdk'
import {
  createSimulator,
  DELIVERY_TIMEOUT_MS,
  type Delivery,
  ManualClock,
  RETRY_SCHEDULE_SECONDS,
  type Simulator,
} from '@wxpay/simulator'
import fc from 'fast-check'
import { clientFor, passwordExemptBody } from '../../packages/simulator/test/helpers.js'
import { elapsed, record, seedFor } from './figures.js'

const SEED = seedFor(20261123)
const EVENTS = 200
const FAILURES = ['500', 'timeout', 'reset', 'cut-json', 'late'] as const
type Outcome = 'ok' | (typeof FAILURES)[number]
/** The outcomes of the webhook's answers, in order: half of them a failure, each failure as likely. */
const outcomes = fc.sample(fc.oneof(fc.constant<Outcome>('ok'), fc.constantFrom(...FAILURES)), {
  seed: SEED,
  numRuns: EVENTS * RETRY_SCHEDULE_SECONDS.length + EVENTS,
})

let clock: ManualClock
let simulator: Simulator
let webhookUrl: string
let closeWebhook: () => Promise<void>
/** What the webhook did with each delivery, by notification id, in order. */
const given = new Map<string, Outcome[]>()
/** The events the merchant's handler saw (verified and decrypted by the SDK). */
const handled: string[] = []

before(async () => {
  clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'))
  simulator = await createSimulator({ clock, clockTimeouts: true })
  const verify = createNodeHandler(clientFor(simulator), async (event) => {
    handled.push(event.id)
  })
  let next = 0
  const server = createServer((request, response) => {
    const outcome = outcomes[next++]
    collect(request)
      .then((body) => {
        const notification = JSON.parse(body).id as string
        given.set(notification, [...(given.get(notification) ?? []), outcome])
        return answer(outcome, request, response, body, verify)
      })
      .catch(() => response.destroy())
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`
  closeWebhook = () =>
    new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
})
after(async () => {
  await closeWebhook()
  await simulator.close()
})

const collect = async (request: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Answers one delivery as the outcome says; `ok` through the SDK's Node handler. */
async function answer(
  outcome: Outcome,
  request: IncomingMessage,
  response: ServerResponse,
  body: string,
  verify: ReturnType<typeof createNodeHandler>,
): Promise<void> {
  switch (outcome) {
    case 'ok':
      return verify(Object.assign(request, { body }), response)
    case '500':
      response.writeHead(500, { 'Content-Type': 'application/json' }).end('{"code":"FAIL","message":"down"}')
      return
    case 'reset':
      ;(request.socket as Socket).resetAndDestroy()
      return
    case 'cut-json':
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '40' })
      response.write('{"code":"SUCC')
      ;(request.socket as Socket).destroy()
      return
    case 'timeout':
      await clock.advance(DELIVERY_TIMEOUT_MS) // the webhook is still working when the deadline passes
      return
    case 'late':
      await clock.advance(DELIVERY_TIMEOUT_MS)
      response.writeHead(200).end()
  }
}

/** Milliseconds from one attempt to the next: the schedule's wait, after the 5 s of an attempt that timed out. */
const expectedGap = (attempt: number, outcome: Outcome) =>
  (outcome === 'timeout' || outcome === 'late' ? DELIVERY_TIMEOUT_MS : 0) + RETRY_SCHEDULE_SECONDS[attempt - 1] * 1000

describe(`delivery to a webhook failing half the time (seed ${SEED})`, () => {
  it(`${EVENTS} notifications: each acknowledged exactly once, every attempt on the documented schedule`, async () => {
    const started = performance.now()
    const wxpay = clientFor(simulator)
    for (let event = 0; event < EVENTS; event++) {
      const code = `FLAKY${event}`
      const { data } = await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
        passwordExemptBody(code, webhookUrl),
      )
      simulator.agree(data.pre_entrustweb_id)
      await simulator.flush()
      await clock.advance(25 * 3_600_000) // past the last retry (24 h 4 min)
      await simulator.flush()
    }
    const byNotification = new Map<string, Delivery[]>()
    for (const delivery of simulator.deliveries) {
      byNotification.set(delivery.notificationId, [...(byNotification.get(delivery.notificationId) ?? []), delivery])
    }
    assert.equal(byNotification.size, EVENTS)
    let givenUp = 0
    const failures: Record<string, number> = Object.fromEntries(FAILURES.map((failure) => [failure, 0]))
    for (const [id, deliveries] of byNotification) {
      const outcomesOf = given.get(id)!
      assert.deepEqual(
        deliveries.map((delivery) => delivery.attempt),
        deliveries.map((_, index) => index + 1),
      )
      assert.deepEqual(
        deliveries.map((delivery) => delivery.acknowledged),
        outcomesOf.map((outcome) => outcome === 'ok'),
        `notification ${id}: acknowledged when and only when the webhook answered 2xx in time`,
      )
      const acknowledged = deliveries.filter((delivery) => delivery.acknowledged).length
      if (acknowledged === 0) {
        assert.equal(deliveries.length, RETRY_SCHEDULE_SECONDS.length + 1, 'given up after the last retry only')
        givenUp++
      } else {
        assert.equal(acknowledged, 1)
        assert.equal(deliveries.at(-1)!.acknowledged, true, 'nothing after the acknowledgement')
      }
      for (let index = 1; index < deliveries.length; index++) {
        const gap = deliveries[index].at - deliveries[index - 1].at
        assert.equal(gap, expectedGap(index, outcomesOf[index - 1]), `notification ${id}, attempt ${index + 1}`)
      }
      for (const outcome of outcomesOf) if (outcome !== 'ok') failures[outcome]++
    }
    assert.deepEqual(
      [...handled].sort(),
      [...byNotification.keys()].filter((id) => given.get(id)!.includes('ok')).sort(),
      "the merchant's handler saw each acknowledged event once",
    )
    const attempts = simulator.deliveries.length
    record('delivery', {
      seed: SEED,
      notifications: EVENTS,
      attempts,
      failures,
      acknowledged: EVENTS - givenUp,
      givenUp,
      maxAttempts: Math.max(...[...byNotification.values()].map((deliveries) => deliveries.length)),
      ms: elapsed(started),
    })
    assert.equal(
      givenUp,
      0,
      `with seed ${SEED}, no notification fails all ${RETRY_SCHEDULE_SECONDS.length + 1} attempts`,
    )
  })
})

// The simulator options a fleet test needs: each attempt posted several times at once, the 5 s answer
// deadline on the simulator's clock, and a count of the APIv3 requests received.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, it } from 'node:test'
import { createSimulator, type Delivery, ManualClock, type Simulator, type SimulatorOptions } from '@wxpay/simulator'
import { clientFor, insuranceBody } from './helpers.js'

type Exchange = { request: IncomingMessage; response: ServerResponse }

/** A webhook that hands each request to the test, which answers when it likes. */
async function startManualWebhook() {
  const queue: Exchange[] = []
  const waiters: ((exchange: Exchange) => void)[] = []
  const server = createServer((request, response) => {
    request.resume()
    const exchange = { request, response }
    const waiter = waiters.shift()
    if (waiter) waiter(exchange)
    else queue.push(exchange)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
    /** The next request, as it arrives. */
    next: () =>
      new Promise<Exchange>((resolve) => {
        const queued = queue.shift()
        if (queued) resolve(queued)
        else waiters.push(resolve)
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const answer = ({ response }: Exchange, status: number) => response.writeHead(status).end()

async function setup(options: SimulatorOptions) {
  const clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'))
  const simulator = await createSimulator({ clock, ...options })
  const webhook = await startManualWebhook()
  const wxpay = clientFor(simulator)
  const notify = async (code: string) => {
    const { data } = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
      insuranceBody(code, webhook.url),
    )
    simulator.agree(data.pre_entrustweb_id)
  }
  const close = async () => {
    await webhook.close()
    await simulator.close()
  }
  return { clock, simulator, webhook, notify, close }
}

/** [attempt, status or error, acknowledged] of every delivery, in attempt order (copies by status). */
const attempts = (simulator: Simulator) =>
  simulator.deliveries
    .map((delivery) => [delivery.attempt, delivery.status ?? delivery.error, delivery.acknowledged])
    .sort((a, b) => String(a).localeCompare(String(b)))

describe('duplicateDeliveries and onDelivery', () => {
  it('posts every attempt twice at once; one 2xx copy acknowledges the attempt', async () => {
    const told: Delivery[] = []
    const { clock, simulator, webhook, notify, close } = await setup({
      duplicateDeliveries: 2,
      onDelivery: (delivery) => told.push(delivery),
    })
    try {
      await notify('DUP1')
      // Both copies are open at the same time: the webhook answers neither until it holds both.
      const [first, second] = [await webhook.next(), await webhook.next()]
      answer(first, 500)
      answer(second, 500)
      await simulator.flush()
      // The retry is delivered inside advance(), which waits for it: answer while it runs.
      const advanced = clock.advance(15_000)
      const [third, fourth] = [await webhook.next(), await webhook.next()]
      answer(third, 503)
      answer(fourth, 200)
      await advanced
      await clock.advance(24 * 3_600_000)
      await simulator.flush()
      assert.deepEqual(attempts(simulator), [
        [1, 500, false],
        [1, 500, false],
        [2, 200, true],
        [2, 503, false],
      ])
      assert.deepEqual(told, simulator.deliveries, 'onDelivery is told of each delivery as it is logged')
    } finally {
      await close()
    }
  })

  it('refuses a count that is not a whole number of copies', async () => {
    await assert.rejects(createSimulator({ duplicateDeliveries: 0 }), /duplicateDeliveries: 0 is not a whole number/)
  })
})

describe('clockTimeouts', () => {
  it('a webhook still working when the ManualClock passes 5 s has timed out; the retry follows 15 s later', async () => {
    const { clock, simulator, webhook, notify, close } = await setup({ clockTimeouts: true })
    try {
      const start = clock.now()
      await notify('SLOW1')
      const slow = await webhook.next()
      await clock.advance(4_999)
      assert.equal(simulator.deliveries.length, 0, 'still within the deadline')
      await clock.advance(1)
      await simulator.flush()
      assert.deepEqual(attempts(simulator), [[1, 'no answer within 5000 ms', false]])
      answer(slow, 200) // too late: WeChat Pay has given up on this attempt
      const retried = webhook.next()
      const advanced = clock.advance(15_000)
      answer(await retried, 200)
      await advanced
      assert.deepEqual(attempts(simulator), [
        [1, 'no answer within 5000 ms', false],
        [2, 200, true],
      ])
      assert.deepEqual(
        simulator.deliveries.map((delivery) => (delivery.at - start) / 1000),
        [0, 20],
      )
      assert.equal(clock.pending, 0, 'no deadline or retry left behind')
    } finally {
      await close()
    }
  })
})

describe('requestCounts', () => {
  it('counts the APIv3 requests by endpoint', async () => {
    const simulator = await createSimulator({ mode: 'certificate' })
    try {
      const wxpay = clientFor(simulator)
      assert.deepEqual(simulator.requestCounts(), {})
      await wxpay.certificates.download()
      await wxpay.certificates.download()
      await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        insuranceBody('COUNT1', 'http://127.0.0.1:9/notify'),
      )
      assert.deepEqual(simulator.requestCounts(), {
        'GET /v3/certificates': 2,
        'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': 1,
      })
    } finally {
      await simulator.close()
    }
  })
})

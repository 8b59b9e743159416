// What the simulator keeps as it runs: sessions are dropped some time after they expire (how each one
// ended is still known), and the delivery log keeps the latest attempts only, so that a simulator
// that runs for days neither grows without end nor slows down.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { beijingTime } from '@wxpay/sdk/protocol'
import { createSimulator, ManualClock, type SimulatorOptions } from '@wxpay/simulator'
import { clientFor, insuranceBody, startWebhook } from './helpers.js'

const MINUTE = 60_000

async function setup(options: SimulatorOptions = {}) {
  const clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'))
  const simulator = await createSimulator({ clock, ...options })
  const wxpay = clientFor(simulator)
  const webhook = await startWebhook(wxpay)
  const presign = async (code: string) =>
    (await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody(code, webhook.url)))
      .data.pre_entrustweb_id
  const control = async (id: string, action: string) => {
    const response = await fetch(`${simulator.url}/simulator/sessions/${id}/${action}`, { method: 'POST' })
    return { status: response.status, body: await response.json() }
  }
  const close = async () => {
    await webhook.close()
    await simulator.close()
  }
  return { clock, simulator, webhook, presign, control, close }
}

describe('sessions are dropped an hour after they expire', () => {
  it('kept for the hour, then gone from sessions(); the control API still says how each one ended', async () => {
    const { clock, simulator, presign, control, close } = await setup()
    try {
      const lapsed = await presign('KEEP1')
      const declined = await presign('KEEP2')
      simulator.decline(declined)
      await clock.advance(10 * MINUTE + 60 * MINUTE - 1)
      await presign('KEEP3')
      assert.deepEqual(
        simulator.sessions().map((session) => [session.request.out_contract_code, session.state]),
        [
          ['KEEP1', 'expired'],
          ['KEEP2', 'declined'],
          ['KEEP3', 'pending'],
        ],
      )
      await clock.advance(1)
      await presign('KEEP4') // each new session drops the ones whose hour is over
      assert.deepEqual(
        simulator.sessions().map((session) => session.request.out_contract_code),
        ['KEEP3', 'KEEP4'],
      )
      assert.deepEqual(await control(lapsed, 'agree'), {
        status: 409,
        body: { code: 'INVALID_REQUEST', message: `the pre-sign session ${lapsed} is expired` },
      })
      assert.equal((await control('KEEP2', 'agree')).body.message, `the pre-sign session ${declined} is declined`)
      assert.equal((await control('NEVER1', 'agree')).status, 404)
      simulator.agree(await presign('KEEP1')) // no contract was made: the code is free again
    } finally {
      await close()
    }
  })

  it('sessionRetentionMs: 0 drops a session as soon as it expires; sessions() drops too', async () => {
    const { clock, simulator, presign, close } = await setup({ sessionRetentionMs: 0 })
    try {
      await presign('ZERO1')
      await clock.advance(10 * MINUTE)
      assert.deepEqual(simulator.sessions(), [])
    } finally {
      await close()
    }
  })

  it('an agreed session is dropped too; its contract stays, and its code stays taken', async () => {
    const { clock, simulator, presign, control, close } = await setup()
    try {
      const id = await presign('SIGNED1')
      simulator.agree(id)
      await simulator.flush()
      await clock.advance(24 * 60 * MINUTE)
      await simulator.flush()
      await presign('OTHER1')
      assert.deepEqual(
        simulator.sessions().map((session) => session.request.out_contract_code),
        ['OTHER1'],
      )
      assert.equal((await control(id, 'decline')).body.message, `the pre-sign session ${id} is agreed`)
      assert.deepEqual(
        simulator.contracts().map((contract) => contract.out_contract_code),
        ['SIGNED1'],
      )
      await assert.rejects(presign('SIGNED1'), /can never be reused/)
    } finally {
      await close()
    }
  })
})

describe('deliveryLogLimit', () => {
  it('keeps the latest attempts only, in deliveries and in GET /simulator/deliveries', async () => {
    const { clock, simulator, webhook, presign, close } = await setup({ deliveryLogLimit: 3 })
    try {
      webhook.failNext(4)
      simulator.agree(await presign('LOG1'))
      await simulator.flush()
      await clock.advance(24 * 60 * MINUTE)
      await simulator.flush()
      assert.deepEqual(
        simulator.deliveries.map((delivery) => [delivery.attempt, delivery.acknowledged]),
        [
          [3, false],
          [4, false],
          [5, true],
        ],
      )
      const served = await (await fetch(`${simulator.url}/simulator/deliveries`)).json()
      // The same attempts, each time also in RFC 3339 beside the epoch milliseconds.
      assert.deepEqual(
        served.data.map(({ time: _, retry_time: __, ...delivery }: Record<string, unknown>) => delivery),
        simulator.deliveries,
      )
      assert.deepEqual(
        served.data.map((delivery: Record<string, unknown>) => [delivery.time, delivery.retry_time]),
        simulator.deliveries.map((d) => [
          beijingTime(d.at),
          d.retryAt === undefined ? undefined : beijingTime(d.retryAt),
        ]),
      )
    } finally {
      await close()
    }
  })

  it('refuses a limit or retention that is not a whole number from 0', async () => {
    await assert.rejects(createSimulator({ deliveryLogLimit: -1 }), /deliveryLogLimit: -1 is not a whole number/)
    await assert.rejects(createSimulator({ sessionRetentionMs: 1.5 }), /sessionRetentionMs: 1.5 is not a whole number/)
  })
})

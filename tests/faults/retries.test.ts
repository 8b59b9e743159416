// Fault suite: plain SDK calls against the simulator's faults, as a merchant's retry code meets them.
// A caller retries each call up to a bound; what is asserted is what the simulator did and counted,
// so that it holds with or without retries inside the SDK: every fault answered as set, the request
// run exactly once in the end, and a POST whose answer was lost never run twice.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { TimeoutError, WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { clientFor, passwordExemptBody } from '../../packages/simulator/test/helpers.js'
import { elapsed, record } from './figures.js'

const S4 = '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'
const S4_KEY = `POST ${S4}`
const QUERY = '/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}'
const QUERY_KEY = `GET ${QUERY}`
const NOTIFY = 'http://127.0.0.1:9/notify'
const MAX_CALLS = 5

let simulator: Simulator
let wxpay: WechatPay
before(async () => {
  simulator = await createSimulator()
  wxpay = clientFor(simulator)
})
beforeEach(() => simulator.clearFaults())
after(() => simulator.close())

const received = (key: string) => simulator.requestCounts()[key] ?? 0
const sessionsFor = (code: string) =>
  simulator.sessions().filter((session) => session.request.out_contract_code === code).length
const presign = (code: string, client = wxpay) =>
  client.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(passwordExemptBody(code, NOTIFY))
const query = (code: string) =>
  wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.get({
    params: { service_id: 500001, out_contract_code: code },
  })

/** Calls until one succeeds, MAX_CALLS at most; returns the calls made and the errors seen. */
async function untilSuccess(call: () => Promise<unknown>) {
  const errors: unknown[] = []
  for (let calls = 1; calls <= MAX_CALLS; calls++) {
    try {
      await call()
      return { calls, errors }
    } catch (error) {
      errors.push(error)
    }
  }
  throw new Error(`no success in ${MAX_CALLS} calls: ${errors.map(String).join('; ')}`)
}

const figures: Record<string, unknown> = {}
after(() => record('retries', figures))

describe('SDK calls against the simulator’s faults', () => {
  it('two 500 SYSTEM_ERROR on a pre-sign: three requests in all, the session opened once', async () => {
    const before = received(S4_KEY)
    const fault = simulator.addFault({ path: S4, kind: 'system-error', times: 2 })
    const { calls, errors } = await untilSuccess(() => presign('RETRY500'))
    for (const error of errors) {
      assert.ok(error instanceof WechatPayApiError, String(error))
      assert.equal(error.status, 500)
      assert.equal(error.code, 'SYSTEM_ERROR')
      assert.equal(error.verified, true, 'the fault answer is signed')
    }
    assert.equal(received(S4_KEY) - before, 3)
    assert.equal(simulator.faults().find((item) => item.id === fault.id)?.remaining, 0)
    assert.equal(sessionsFor('RETRY500'), 1)
    figures['system-error x2 on a pre-sign'] = { sdkCalls: calls, requests: 3 }
  })

  it('a 429 FREQUENCY_LIMITED with Retry-After on a query: two requests in all', async () => {
    const before = received(QUERY_KEY)
    simulator.addFault({ path: QUERY.replace(/\{\w+\}/g, '*'), kind: 'frequency-limited', retryAfterSeconds: 1 })
    const { calls, errors } = await untilSuccess(async () => {
      try {
        await query('NOSUCH1')
      } catch (error) {
        // The contract does not exist: 404 is the query's real answer, and a success for this count.
        if (error instanceof WechatPayApiError && error.status === 404) return
        throw error
      }
    })
    for (const error of errors) {
      assert.ok(error instanceof WechatPayApiError, String(error))
      assert.deepEqual([error.status, error.code], [429, 'FREQUENCY_LIMITED'])
    }
    assert.equal(received(QUERY_KEY) - before, 2)
    figures['frequency-limited on a query'] = { sdkCalls: calls, requests: 2 }
  })

  it('a reset before a query runs: two requests in all', async () => {
    const before = received(QUERY_KEY)
    simulator.addFault({ path: '/v3/password-exempt-contract/**', method: 'GET', kind: 'reset' })
    const { calls } = await untilSuccess(() => query('NOSUCH2').catch((error) => assertNotFound(error)))
    assert.equal(received(QUERY_KEY) - before, 2)
    figures['reset before a query'] = { sdkCalls: calls, requests: 2 }
  })

  it('a lost answer to a pre-sign: the call fails, the session was opened, and the POST is never sent again', async () => {
    const before = received(S4_KEY)
    simulator.addFault({ path: S4, kind: 'lost-answer' })
    await assert.rejects(presign('LOSTPOST'), (error) => !(error instanceof WechatPayApiError))
    assert.equal(received(S4_KEY) - before, 1, 'sent once: a POST whose answer was lost is not retried')
    assert.equal(sessionsFor('LOSTPOST'), 1, 'the request ran')
    await assert.rejects(presign('LOSTPOST'), (error: WechatPayApiError) => /still live/.test(error.message))
    figures['lost answer to a pre-sign'] = { sdkCalls: 1, requests: 1, sessionOpened: true }
  })

  it('a delay past the client’s timeout: TimeoutError, and the request still runs', async () => {
    const impatient = new WechatPay({
      ...simulator.merchant,
      certs: simulator.certs,
      baseURL: simulator.url,
      timeout: 300,
    })
    const before = received(S4_KEY)
    simulator.addFault({ path: S4, kind: 'delay', delayMs: 1500 })
    const started = performance.now()
    await assert.rejects(presign('SLOWPOST', impatient), TimeoutError)
    for (let wait = 0; wait < 40 && sessionsFor('SLOWPOST') === 0; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    assert.equal(sessionsFor('SLOWPOST'), 1, 'the delayed request ran after the client gave up')
    assert.equal(received(S4_KEY) - before, 1)
    figures['delay past the timeout'] = { sdkCalls: 1, requests: 1, sessionOpenedAfterMs: elapsed(started) }
  })
})

function assertNotFound(error: unknown): void {
  if (error instanceof WechatPayApiError && error.status === 404) return
  throw error
}

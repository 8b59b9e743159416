// Faults on demand: the next N answers of matching requests are a 500, a 429, a delay, a reset, or a
// lost answer after the request ran. Requests are signed by hand and sent once (no client retries),
// so that what is asserted is what the simulator did.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { TimeoutError, WechatPay } from '@wxpay/sdk'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { insuranceBody, passwordExemptBody, sendSigned } from './helpers.js'

let simulator: Simulator
before(async () => {
  simulator = await createSimulator()
})
beforeEach(() => simulator.clearFaults())
after(() => simulator.close())

const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const S4 = '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'
const NOTIFY = 'http://127.0.0.1:9/notify'
const presign = (code: string) =>
  sendSigned(simulator, { path: S4, body: JSON.stringify(passwordExemptBody(code, NOTIFY)) })
/** S1 (insurance) requires Wechatpay-Serial, encrypted fields or not. */
const presignS1 = (code: string) =>
  sendSigned(simulator, {
    path: S1,
    body: JSON.stringify(insuranceBody(code, NOTIFY)),
    headers: { 'Wechatpay-Serial': Object.keys(simulator.certs)[0] },
  })
const sessionsFor = (code: string) =>
  simulator.sessions().filter((session) => session.request.out_contract_code === code).length
const control = async (method: string, body?: unknown) => {
  const response = await fetch(`${simulator.url}/simulator/faults`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

describe('the kinds of fault', () => {
  it('system-error: the next 2 answers are a signed 500 SYSTEM_ERROR, the request not run; the third runs', async () => {
    const fault = simulator.addFault({ path: S4, kind: 'system-error', times: 2 })
    for (const _ of [1, 2]) {
      const failed = await presign('SYS1')
      assert.equal(failed.status, 500)
      assert.deepEqual(failed.json, {
        code: 'SYSTEM_ERROR',
        message: `系统异常，请稍后重试 (fault ${fault.id} set on the simulator)`,
      })
      assert.ok(failed.headers['wechatpay-signature'])
      assert.equal(sessionsFor('SYS1'), 0)
    }
    assert.equal((await presign('SYS1')).status, 200)
    assert.equal(sessionsFor('SYS1'), 1)
    assert.deepEqual(simulator.faults(), [{ ...fault, remaining: 0 }])
  })

  it('frequency-limited: 429 FREQUENCY_LIMITED with Retry-After, the request not run', async () => {
    simulator.addFault({ path: S4, kind: 'frequency-limited', retryAfterSeconds: 7 })
    const limited = await presign('RATE1')
    assert.equal(limited.status, 429)
    assert.equal(limited.json.code, 'FREQUENCY_LIMITED')
    assert.equal(limited.headers['retry-after'], '7')
    assert.equal(sessionsFor('RATE1'), 0)
  })

  it('reset: the connection is reset before the request runs', async () => {
    simulator.addFault({ path: S4, kind: 'reset' })
    await assert.rejects(presign('RESET1'), { code: 'ECONNRESET' })
    assert.equal(sessionsFor('RESET1'), 0)
    assert.equal((await presign('RESET1')).status, 200)
  })

  it('lost-answer: the request runs and its state stays, but the answer is lost', async () => {
    simulator.addFault({ path: S4, kind: 'lost-answer' })
    await assert.rejects(presign('LOST1'), { code: 'ECONNRESET' })
    assert.equal(sessionsFor('LOST1'), 1, 'the session was opened')
    // Why a POST whose answer was lost is not simply sent again: the code is taken by a live session.
    const again = await presign('LOST1')
    assert.equal(again.status, 400)
    assert.match(again.json.message, /still live/)
  })

  it('delay: the request runs after the delay; a request without the fault is answered first', async () => {
    simulator.addFault({ path: S4, method: 'POST', kind: 'delay', delayMs: 1500 })
    const order: string[] = []
    const delayed = presign('DELAY1').then((result) => order.push(`delayed ${result.status}`))
    await new Promise((resolve) => setImmediate(resolve))
    const other = presignS1('DELAY2')
    await other.then((result) => order.push(`other ${result.status}`))
    await delayed
    assert.deepEqual(order, ['other 200', 'delayed 200'])
  })
})

describe('a delay and a client that gives up', () => {
  it('the request received in full still runs after the delay, as one WeChat Pay received does', async () => {
    simulator.addFault({ path: S4, kind: 'delay', delayMs: 500 })
    const impatient = new WechatPay({
      ...simulator.merchant,
      certs: simulator.certs,
      baseURL: simulator.url,
      timeout: 100,
    })
    await assert.rejects(
      impatient.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
        passwordExemptBody('GAVEUP1', NOTIFY),
      ),
      TimeoutError,
    )
    for (let wait = 0; wait < 50 && sessionsFor('GAVEUP1') === 0; wait++) await new Promise((r) => setTimeout(r, 100))
    assert.equal(sessionsFor('GAVEUP1'), 1)
  })
})

describe('which requests a fault takes', () => {
  it('by method and path pattern: * or {name} for one segment, a last ** for the rest', async () => {
    const query = '/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/NONE1'
    simulator.addFault({ path: '/v3/papay/**', method: 'GET', kind: 'system-error', times: 3 })
    simulator.addFault({ path: '/v3/password-exempt-contract/*/ecommerce/**', kind: 'frequency-limited' })
    const get = () => sendSigned(simulator, { method: 'GET', path: query })
    assert.equal((await presignS1('PAT1')).status, 200)
    assert.equal((await get()).status, 500)
    assert.equal((await presign('PAT2')).status, 429)
    simulator.clearFaults()
    simulator.addFault({
      path: '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/*',
      kind: 'reset',
    })
    await assert.rejects(get(), { code: 'ECONNRESET' })
    assert.equal((await get()).status, 404) // RESOURCE_NOT_EXISTS: the fault is spent
  })

  it('faults are taken in the order they were set; the control API is never faulted', async () => {
    const first = simulator.addFault({ path: '/**', kind: 'frequency-limited' })
    simulator.addFault({ path: S4, kind: 'system-error' })
    assert.equal((await (await fetch(`${simulator.url}/simulator/sessions`)).json()).data.length > 0, true)
    assert.equal((await presign('ORDER1')).json.message.includes(`fault ${first.id}`), true)
    assert.equal((await presign('ORDER1')).status, 500)
  })
})

describe('setting faults', () => {
  it('over HTTP: POST sets one (201, snake_case), GET lists, DELETE clears', async () => {
    const set = await control('POST', { path: S4, kind: 'delay', delay_ms: 10, times: 2 })
    assert.equal(set.status, 201)
    assert.deepEqual(set.body, { id: set.body.id, path: S4, kind: 'delay', times: 2, remaining: 2, delay_ms: 10 })
    await control('POST', { path: S1, method: 'POST', kind: 'frequency-limited', retry_after_seconds: 3 })
    assert.equal((await presign('HTTP1')).status, 200)
    const listed = await control('GET')
    assert.deepEqual(
      listed.body.data.map((fault: any) => [fault.kind, fault.remaining, fault.retry_after_seconds]),
      [
        ['delay', 1, undefined],
        ['frequency-limited', 1, 3],
      ],
    )
    assert.deepEqual(simulator.faults()[1], { ...simulator.faults()[1], retryAfterSeconds: 3 })
    assert.deepEqual(await control('DELETE'), { status: 200, body: { cleared: 2 } })
    assert.deepEqual((await control('GET')).body, { data: [] })
  })

  it('over HTTP, a bad rule is 400 PARAM_ERROR saying what is wrong, in the API’s own names', async () => {
    const refused = async (body: unknown, message: string) =>
      assert.deepEqual(await control('POST', body), { status: 400, body: { code: 'PARAM_ERROR', message } })
    await refused(
      { path: S4, kind: 'explode' },
      'faults: kind must be one of system-error, frequency-limited, delay, reset, lost-answer',
    )
    await refused(
      { path: 'v3/x', kind: 'reset' },
      'faults: path must be a string starting with / (at most 512 characters)',
    )
    await refused({ path: S4, kind: 'reset', delay_ms: 5 }, 'faults: delay_ms is for kind delay only')
    for (const path of ['/v3/**/x', '/v3/pre-*', '/v3/a{id}', '/v3/***']) {
      const message = 'faults: path: * and {name} stand for a whole segment, and ** only for the last'
      await refused({ path, kind: 'reset' }, message)
    }
    await refused(
      { path: S4, kind: 'delay', delay_ms: 60_001 },
      'faults: delay_ms must be a whole number from 0 to 60000',
    )
    await refused({ path: S4, kind: 'reset', times: 0 }, 'faults: times must be a whole number from 1 to 10000')
    await refused(
      { path: S4, kind: 'reset', delayMs: 1 },
      'faults: delayMs is not a field of a fault (path, method, kind, times, delay_ms, retry_after_seconds)',
    )
    await refused([{ path: S4, kind: 'reset' }], 'faults: the body is a JSON object')
    assert.deepEqual(simulator.faults(), [])
  })

  it('createSimulator({ faults }) sets them from the start; a bad one is refused before a port is taken', async () => {
    const faulty = await createSimulator({ faults: [{ path: '/v3/certificates', kind: 'system-error' }] })
    try {
      assert.deepEqual(
        faulty.faults().map((fault) => [fault.path, fault.kind, fault.remaining]),
        [['/v3/certificates', 'system-error', 1]],
      )
      assert.equal((await sendSigned(faulty, { method: 'GET', path: '/v3/certificates' })).status, 500)
    } finally {
      await faulty.close()
    }
    await assert.rejects(createSimulator({ faults: [{ path: '/x', kind: 'delay', delayMs: -1 }] }), /delayMs must be/)
  })
})

// Bodies an adversary sends, signed and sent byte for byte: nested deep enough to overflow the
// stack of whatever walks them, huge, not JSON, not UTF-8, cut off half way. Each gets WeChat Pay's
// JSON error, and the simulator goes on serving.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { request } from 'node:http'
import { connect } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { insuranceBody, passwordExemptBody, sendSigned, startChildSimulator } from './helpers.js'

let simulator: Simulator
before(async () => {
  simulator = await createSimulator()
})
after(() => simulator.close())

const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const S4 = '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'
const NOTIFY = 'http://127.0.0.1:9/notify'
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

/** The simulator still serves: a valid pre-sign gets its 200. */
async function assertServing(code: string) {
  const result = await sendSigned(simulator, { path: S4, body: JSON.stringify(passwordExemptBody(code, NOTIFY)) })
  assert.equal(result.status, 200, result.text)
}

describe('JSON nested deeper than 32 levels', () => {
  it('5,000 levels inside a checked field: 400 PARAM_ERROR naming the field, and the process lives', async () => {
    // In its own process: inside the test runner an unhandled rejection would not end the process.
    const child = await startChildSimulator()
    try {
      const result = await sendSigned(child, { path: S4, body: `{"appid":${nested(5000)}}` })
      assert.equal(result.status, 400)
      assert.deepEqual(result.json, {
        code: 'PARAM_ERROR',
        message: '参数错误: the body nests arrays and objects deeper than 32',
        detail: {
          field: '/appid',
          issue: 'is nested 33 or more levels deep; at most 32 are accepted',
          location: 'body',
        },
      })
      const valid = JSON.stringify(passwordExemptBody('DEEP1', NOTIFY))
      assert.equal((await sendSigned(child, { path: S4, body: valid })).status, 200)
      assert.equal(child.process.exitCode, null)
    } finally {
      await child.close()
    }
  })

  it('10,000 levels inside a period’s policy_coverage_detail: 400, not 500', async () => {
    const body = JSON.stringify(insuranceBody('DEEP2', NOTIFY)).replace(
      '"estimated_deduct_amount"',
      `"policy_coverage_detail":${nested(10_000)},"estimated_deduct_amount"`,
    )
    const result = await sendSigned(simulator, { path: S1, body })
    assert.equal(result.status, 400)
    assert.equal(result.json.code, 'PARAM_ERROR')
    assert.equal(result.json.detail.field, '/policy_periods')
  })

  it('a body that is itself an array of deep arrays names its index', async () => {
    const result = await sendSigned(simulator, { path: S4, body: `[1,2,${nested(40)}]` })
    assert.equal(result.json.detail.field, '/2')
  })

  it('32 levels are accepted (in an unknown field, which WeChat Pay tolerates); 33 are not', async () => {
    const at = (depth: number, code: string) =>
      sendSigned(simulator, {
        path: S4,
        body: JSON.stringify({ ...passwordExemptBody(code, NOTIFY), future: JSON.parse(nested(depth - 1)) }),
      })
    assert.equal((await at(32, 'DEPTH32')).status, 200)
    const refused = await at(33, 'DEPTH33')
    assert.equal(refused.status, 400)
    assert.equal(refused.json.detail.field, '/future')
  })

  it('brackets and escaped quotes inside strings do not count', async () => {
    const body = { ...passwordExemptBody('BRACKETS', NOTIFY), future: `${'['.repeat(100)}"{\\` }
    assert.equal((await sendSigned(simulator, { path: S4, body: JSON.stringify(body) })).status, 200)
  })
})

describe('the offending value in detail.value is kept short', () => {
  it('a 100,000-character string is cut to 256 characters', async () => {
    const body = { ...passwordExemptBody('LONG1', NOTIFY), appid: 'x'.repeat(100_000) }
    const result = await sendSigned(simulator, { path: S4, body: JSON.stringify(body) })
    assert.equal(result.json.code, 'PARAM_ERROR')
    assert.equal(result.json.detail.field, '/appid')
    assert.equal(result.json.detail.value, `${'x'.repeat(256)}… (100000 characters)`)
  })

  it('an array or object where a string belongs is described, not copied', async () => {
    const send = (appid: unknown) =>
      sendSigned(simulator, { path: S4, body: JSON.stringify({ ...passwordExemptBody('COMPOSITE', NOTIFY), appid }) })
    assert.equal((await send(Array(10_000).fill('x'))).json.detail.value, '(an array of 10000 items)')
    assert.equal((await send({ a: 1 })).json.detail.value, '(an object with 1 field)')
  })
})

describe('bodies WeChat Pay does not take', () => {
  it('no Content-Type, or another type, is 400 INVALID_REQUEST', async () => {
    const body = JSON.stringify(passwordExemptBody('CTYPE1', NOTIFY))
    for (const type of [null, 'text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      const result = await sendSigned(simulator, { path: S4, body, headers: { 'Content-Type': type } })
      assert.equal(result.status, 400, String(type))
      assert.equal(result.json.code, 'INVALID_REQUEST')
      assert.match(result.json.message, /a body needs Content-Type: application\/json/)
    }
    const withCharset = { 'Content-Type': 'Application/JSON; charset=utf-8' }
    assert.equal((await sendSigned(simulator, { path: S4, body, headers: withCharset })).status, 200)
  })

  it('bytes that are not UTF-8 are 400 INVALID_REQUEST, never read as U+FFFD', async () => {
    const [head, tail] = JSON.stringify(passwordExemptBody('UTF8BAD', NOTIFY)).split('张')
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe]), Buffer.from(tail)])
    const result = await sendSigned(simulator, { path: S4, body })
    assert.equal(result.status, 400)
    assert.deepEqual(result.json, {
      code: 'INVALID_REQUEST',
      message: 'HTTP 请求不符合微信支付 APIv3 接口规则: the body is not valid UTF-8',
    })
  })

  it('a body over 1 MiB is 413 JSON, read to its end rather than reset, every time', async () => {
    // fetch keeps the connection alive; the simulator used to cut it, and about one post in three got
    // ECONNRESET instead of the answer.
    for (let post = 0; post < 20; post++) {
      const response = await fetch(simulator.url + S4, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.alloc(2 * 1024 * 1024, 0x20),
      })
      assert.equal(response.status, 413)
      const json = await response.json()
      assert.equal(json.code, 'INVALID_REQUEST')
      assert.match(json.message, /over 1048576 bytes/)
    }
    await assertServing('AFTER413')
  })

  it('a declared Content-Length over 1 MiB is 413 before any byte of the body is read', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const outgoing = request(simulator.url + S4, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) },
        timeout: 10_000,
      })
      outgoing.on('response', (response) => {
        response.resume()
        resolve(response.statusCode!)
        outgoing.destroy()
      })
      outgoing.on('timeout', () => reject(new Error('no answer within 10 s')))
      outgoing.on('error', reject)
      outgoing.write('{') // and never the rest
    })
    assert.equal(answer, 413)
  })

  it('a client that goes away mid-body is dropped quietly: nothing logged as a simulator fault', async (t) => {
    const logged = t.mock.method(console, 'error', () => {})
    const socket = connect(Number(new URL(simulator.url).port), '127.0.0.1')
    await once(socket, 'connect')
    socket.write(
      `POST ${S4} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"appid":`,
    )
    await new Promise((resolve) => setTimeout(resolve, 50)) // the simulator is reading the body
    socket.destroy()
    await assertServing('AFTERABORT') // by then the aborted request has been handled
    assert.equal(logged.mock.callCount(), 0)
  })
})

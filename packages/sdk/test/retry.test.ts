// Retries (retry.ts, retry-policy.ts through the client) against the fake WeChat Pay on 127.0.0.1:
// what is tried again and what never is, back-off and Retry-After, the budget, the caller's signal.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  AbortError,
  ConfigurationError,
  NetworkError,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
  WechatPayApiError,
  type WechatPayOptions,
} from '@wxpay/sdk'
import { fastClock, testClient } from './helpers/clients.js'
import { createKeys, type Reply, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)
const S1 = 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const QUERY = 'v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/C1'

/** A client on a fast clock, recording what its hooks are told. */
function observed(extra: Partial<WechatPayOptions> = {}, baseURL = fake.server.url) {
  const clock = fastClock()
  const events = { requests: [] as RequestEvent[], responses: [] as ResponseEvent[], retries: [] as RetryEvent[] }
  const wxpay = testClient(keys, baseURL, 'public-key', {
    clock,
    onRequest: (event) => events.requests.push(event),
    onResponse: (event) => events.responses.push(event),
    onRetry: (event) => events.retries.push(event),
    ...extra,
  })
  return { wxpay, clock, events }
}

/** The answers in order, the last one repeated. */
const answers = (...list: Reply[]) => {
  let next = 0
  return () => list[Math.min(next++, list.length - 1)]
}
const error = (status: number, code?: string, headers?: Record<string, string>): Reply => ({
  status,
  body: code ? { code, message: '系统繁忙' } : undefined,
  headers,
})
const within = (value: number, low: number, high: number) =>
  assert.ok(value >= low && value <= high, `${value} is not within ${low}…${high}`)

describe('retries of a GET', () => {
  it('5xx then 200: tried again after 0.5 s and 1 s (less jitter), each attempt signed anew', async () => {
    fake.reply = answers(error(500, 'SYSTEM_ERROR'), { ...error(503), signer: 'none' }, { body: { ok: 1 } })
    const { wxpay, clock, events } = observed()
    const response = await wxpay.chain(QUERY).get()
    assert.deepEqual(response.data, { ok: 1 })
    const seen = fake.server.seen
    assert.equal(seen.length, 3)
    assert.ok(seen.every((attempt) => attempt.authorized))
    assert.equal(new Set(seen.map((attempt) => attempt.authorization.nonce_str)).size, 3)
    assert.equal(clock.slept.length, 2)
    within(clock.slept[0], 375, 500)
    within(clock.slept[1], 750, 1000)
    assert.deepEqual(
      events.retries.map((retry) => [retry.attempt, retry.status, retry.reason, retry.delayMs]),
      [
        [1, 500, 'server-error', clock.slept[0]],
        [2, 503, 'server-error', clock.slept[1]],
      ],
    )
    assert.deepEqual(
      events.responses.map((event) => event.status),
      [500, 503, 200],
    )
  })

  it('429 with Retry-After in seconds or as an HTTP-date: waits as told', async () => {
    fake.reply = answers(error(429, 'FREQUENCY_LIMITED', { 'Retry-After': '3' }), { body: {} })
    const seconds = observed()
    await seconds.wxpay.chain(QUERY).get()
    assert.deepEqual(seconds.clock.slept, [3000])
    const dated = observed()
    const at = new Date(dated.clock.now() + 5000).toUTCString()
    fake.reply = answers(error(429, 'FREQUENCY_LIMITED', { 'Retry-After': at }), { body: {} })
    await dated.wxpay.chain(QUERY).get()
    within(dated.clock.slept[0], 4000, 5000)
  })

  it('a wait that would pass the call’s timeout is not made: the answer is the result', async () => {
    fake.reply = () => error(429, 'FREQUENCY_LIMITED', { 'Retry-After': '60' })
    const { wxpay, clock } = observed({ timeout: 10_000 })
    await assert.rejects(wxpay.chain(QUERY).get(), (caught: WechatPayApiError) => caught.status === 429)
    assert.deepEqual([fake.server.seen.length, clock.slept], [1, []])
  })

  it('a lost answer is asked for again; other 4xx are not', async () => {
    fake.reply = answers({ drop: 'reset' }, { drop: 'close' }, { body: { ok: 2 } })
    const { wxpay, events } = observed()
    assert.deepEqual((await wxpay.chain(QUERY).get()).data, { ok: 2 })
    assert.deepEqual(
      events.retries.map((retry) => retry.reason),
      ['network', 'network'],
    )
    fake.server.seen.length = 0
    fake.reply = () => error(404, 'RESOURCE_NOT_EXISTS')
    await assert.rejects(wxpay.chain(QUERY).get(), WechatPayApiError)
    assert.equal(fake.server.seen.length, 1)
  })

  it('an attempt that times out is tried again within the budget (each GET attempt gets at least 1 s)', async () => {
    fake.reply = answers({ hang: true }, { body: { ok: 3 } })
    const { wxpay, events } = observed({ timeout: 3000 })
    assert.deepEqual((await wxpay.chain(QUERY).get()).data, { ok: 3 })
    assert.deepEqual(
      events.retries.map((retry) => [retry.reason, retry.error]),
      [['timeout', 'timeout']],
    )
  })

  it('maxRetries per client and per call; 0 sends once', async () => {
    fake.reply = () => error(500, 'SYSTEM_ERROR')
    await assert.rejects(observed({ maxRetries: 0 }).wxpay.chain(QUERY).get(), WechatPayApiError)
    assert.equal(fake.server.seen.length, 1)
    await assert.rejects(observed({ maxRetries: 0 }).wxpay.chain(QUERY).get({ maxRetries: 3 }), WechatPayApiError)
    assert.equal(fake.server.seen.length, 5)
    await assert.rejects(observed().wxpay.chain(QUERY).get({ maxRetries: 1 }), WechatPayApiError)
    assert.equal(fake.server.seen.length, 7)
    for (const wrong of [-1, 1.5, 11, '2']) {
      assert.throws(() => observed({ maxRetries: wrong as never }), ConfigurationError)
      await assert.rejects(
        observed()
          .wxpay.chain(QUERY)
          .get({ maxRetries: wrong as never }),
        ConfigurationError,
      )
    }
    assert.equal(fake.server.seen.length, 7)
  })
})

describe('retries of a POST', () => {
  for (const [status, code] of [
    [500, 'SYSTEM_ERROR'],
    [429, 'FREQUENCY_LIMITED'],
    [429, 'RATELIMIT_EXCEEDED'],
    [429, 'RATE_LIMITED'],
  ] as const) {
    it(`${status} ${code} with the body's out_contract_code: sent again, the same bytes signed anew`, async () => {
      fake.reply = answers(error(status, code), { body: {} })
      const { wxpay, events } = observed()
      await wxpay.chain(S1).post(insuranceBody())
      const [first, second] = fake.server.seen
      assert.equal(fake.server.seen.length, 2)
      assert.deepEqual(second.body, first.body)
      assert.notEqual(second.authorization.nonce_str, first.authorization.nonce_str)
      assert.ok(second.authorized)
      assert.deepEqual(
        events.retries.map((retry) => [retry.status, retry.code]),
        [[status, code]],
      )
    })
  }

  it('any other 5xx or 429, and any 4xx: never sent again', async () => {
    for (const answer of [
      error(500, 'INTERNAL'),
      error(503),
      error(429, 'OTHER'),
      error(400, 'PARAM_ERROR'),
      error(403, 'NO_AUTH'),
    ]) {
      fake.server.seen.length = 0
      fake.reply = () => answer
      await assert.rejects(observed().wxpay.chain(S1).post(insuranceBody()), WechatPayApiError)
      assert.equal(fake.server.seen.length, 1, JSON.stringify(answer))
    }
  })

  it('without its endpoint’s unique key (outside the catalog, or absent with validation off): never sent again', async () => {
    fake.reply = () => error(500, 'SYSTEM_ERROR')
    const { wxpay } = observed()
    await assert.rejects(wxpay.chain('v3/outside').post({ out_trade_no: 'T1' }), WechatPayApiError)
    const { out_contract_code: _, ...withoutKey } = insuranceBody()
    await assert.rejects(wxpay.chain(S1).post(withoutKey as never, { validate: false }), WechatPayApiError)
    assert.equal(fake.server.seen.length, 2)
  })

  it('an answer lost after the request was written: never sent again, a NetworkError naming the call', async () => {
    for (const drop of ['reset', 'close'] as const) {
      fake.server.seen.length = 0
      fake.reply = () => ({ drop })
      const { wxpay, events } = observed()
      await assert.rejects(wxpay.chain(S1).post(insuranceBody()), (caught: NetworkError) => {
        assert.ok(caught instanceof NetworkError, String(caught))
        assert.deepEqual([caught.method, caught.url], ['POST', `${fake.server.url}/${S1}`])
        return true
      })
      assert.deepEqual([fake.server.seen.length, events.retries.length], [1, 0])
    }
  })
})

describe('the caller’s signal between attempts', () => {
  it('aborting during the wait: an AbortError with the reason as cause and the last Request-ID', async () => {
    fake.reply = () => error(500, 'SYSTEM_ERROR')
    const controller = new AbortController()
    const reason = new Error('shutting down')
    const { wxpay } = observed({ onRetry: () => controller.abort(reason) })
    await assert.rejects(wxpay.chain(QUERY).get({ signal: controller.signal }), (caught: AbortError) => {
      assert.ok(caught instanceof AbortError, String(caught))
      assert.equal(caught.cause, reason)
      assert.deepEqual(
        [caught.method, caught.url, caught.requestId],
        ['GET', `${fake.server.url}/${QUERY}`, fake.server.seen[0].requestId],
      )
      assert.match(caught.message, /\[Request-ID 08[0-9A-F]{24}\]$/)
      return true
    })
    assert.equal(fake.server.seen.length, 1)
  })
})

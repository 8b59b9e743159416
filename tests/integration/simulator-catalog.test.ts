// Every catalog endpoint against @wxpay/simulator, through the SDK. With a valid request in a valid
// state (valid-calls.ts) each answers 200 with a body its response schema accepts, or 204 where the
// catalog has no response body; none is "not implemented". With requests generated from the catalog
// in whatever state, each answers that, or a WeChat Pay error below 500. Never a crash.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { type EndpointDefinition, type EndpointKey, endpoints, validate } from '@wxpay/sdk/protocol'
import { createSimulator, ManualClock, type Simulator } from '@wxpay/simulator'
import fc from 'fast-check'
import { arbitraryFor, bodyFor } from '../../packages/sdk/test/helpers/arbitrary.js'
import { startWebhook, type Webhook } from '../../packages/simulator/test/helpers.js'
import { type Context, validCall } from './valid-calls.js'

let simulator: Simulator
let wxpay: WechatPay
let webhook: Webhook
let clock: ManualClock
let codes = 0
before(async () => {
  clock = new ManualClock(Date.parse('2026-12-01T09:00:00+08:00'))
  simulator = await createSimulator({ mode: 'mixed', clock })
  wxpay = new WechatPay({
    ...simulator.merchant,
    certs: simulator.certs,
    baseURL: simulator.url,
    clock: { now: () => simulator.clock.now() },
  })
  webhook = await startWebhook(wxpay)
})
after(async () => {
  await webhook.close()
  await simulator.close()
})

/** What the simulator answered: the body, or the error's status, code and message. */
async function call(endpoint: EndpointDefinition, body: unknown, params: Record<string, unknown>) {
  try {
    const { status, data } = await wxpay.request({
      method: endpoint.method,
      url: endpoint.path,
      data: body,
      params: params as Record<string, string>,
    })
    return { status, data }
  } catch (error) {
    assert.ok(error instanceof WechatPayApiError, `${endpoint.method} ${endpoint.path}: ${String(error)}`)
    return { status: error.status, code: error.code, message: error.message }
  }
}

const catalog = Object.entries(endpoints) as [EndpointKey, EndpointDefinition][]

describe('every catalog endpoint, with a valid request in a valid state, is served as the catalog says', () => {
  for (const [key, endpoint] of catalog) {
    it(key, async () => {
      const prepare = validCall(key, endpoint)
      assert.ok(prepare, `valid-calls.ts has a valid call for ${key}`)
      const context: Context = { simulator, wxpay, webhook, clock }
      const { body, params } = await prepare(context, endpoint)
      const answer = await call(endpoint, body, params ?? {})
      assert.ok(answer.status < 300, `${key} answered ${answer.status} ${answer.code}: ${answer.message}`)
      if (endpoint.response) {
        assert.equal(answer.status, 200)
        assert.deepEqual(validate(endpoint.response, answer.data), [])
      } else assert.equal(answer.status, 204)
    })
  }
})

describe('every catalog endpoint, with generated requests in any state, answers without a server error', () => {
  for (const [key, endpoint] of catalog) {
    it(key, async () => {
      const requests = fc.sample(
        fc.tuple(
          endpoint.request ? bodyFor(endpoint.request) : fc.constant(undefined),
          endpoint.params ? arbitraryFor(endpoint.params) : fc.constant({}),
        ),
        { numRuns: 3, seed: 10 },
      )
      for (const [body, params] of requests) {
        // A code once used stays taken (spec §2.3): each pre-sign its own.
        if ((body as any)?.out_contract_code) (body as any).out_contract_code = `C${++codes}`
        const answer = await call(endpoint, body, params as Record<string, unknown>)
        assert.ok(answer.status < 500, `${key} answered ${answer.status} ${answer.code}: ${answer.message}`)
        assert.notEqual(answer.code, 'NOT_FOUND', `${key}: ${answer.message}`)
        if (endpoint.simulator?.presign) assert.equal(answer.status, 200)
        if (answer.status === 200) assert.deepEqual(validate(endpoint.response!, answer.data), [])
        if (answer.status === 204) assert.equal(endpoint.response, undefined)
      }
    })
  }
})

// Every catalog endpoint against @wxpay/simulator, with valid requests generated from the catalog:
// an answer the catalog's response schema accepts, or a WeChat Pay error below 500 — for what the
// simulator does not implement yet, 404 NOT_FOUND saying so. Never a crash.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { type EndpointDefinition, endpoints, validate } from '@wxpay/sdk/protocol'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import fc from 'fast-check'
import { arbitraryFor, bodyFor } from '../../packages/sdk/test/helpers/arbitrary.js'

let simulator: Simulator
let wxpay: WechatPay
let codes = 0
before(async () => {
  simulator = await createSimulator({ mode: 'mixed' })
  wxpay = new WechatPay({
    ...simulator.merchant,
    certs: simulator.certs,
    baseURL: simulator.url,
    clock: { now: () => simulator.clock.now() },
  })
})
after(() => simulator.close())

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

describe('the simulator answers every catalog endpoint, or says it does not implement it yet', () => {
  for (const [key, endpoint] of Object.entries(endpoints as Record<string, EndpointDefinition>)) {
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
        if (endpoint.simulator?.presign && answer.code !== 'NOT_FOUND') assert.equal(answer.status, 200)
        if (answer.code === 'NOT_FOUND') assert.match(answer.message!, /the simulator does not implement .+ yet/)
        if (answer.status === 200) assert.deepEqual(validate(endpoint.response!, answer.data), [])
        if (answer.status === 204) assert.equal(endpoint.response, undefined)
      }
    })
  }
})

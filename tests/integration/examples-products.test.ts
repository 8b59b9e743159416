// The product examples (examples/products/: insurance, scheduled deduct direct and partner, papay,
// password-exempt), each run against a simulator through its control API over HTTP, as they run
// against `npx wxpay simulator` in another process.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { createSimulator, type Simulator, SimulatorControl } from '@wxpay/simulator'
import { type ExampleContext, withWebhook } from '../../examples/products/context.js'
import { insurance } from '../../examples/products/insurance.js'
import { papay } from '../../examples/products/papay.js'
import { passwordExempt } from '../../examples/products/password-exempt.js'
import { scheduledDeduct, scheduledDeductPartner } from '../../examples/products/scheduled-deduct.js'

let sim: Simulator
let wxpay: WechatPay
before(async () => {
  sim = await createSimulator()
  wxpay = new WechatPay({ ...sim.merchant, certs: sim.certs, apiV3Key: sim.apiV3Key, baseURL: sim.url })
})
after(() => sim.close())

const run = async <T>(example: (ctx: ExampleContext) => Promise<T>) => {
  const lines: string[] = []
  const result = await withWebhook(wxpay, new SimulatorControl(sim.url), (line) => lines.push(line), example)
  return { result, lines }
}

describe('the product examples, against the simulator', () => {
  it('insurance: signs a policy and collects the first premium, the period PAID', async () => {
    const { result, lines } = await run(insurance)
    assert.equal(result.periodState, 'PAID')
    assert.equal(result.tradeType, 'PAP')
    assert.match(lines.join('\n'), /premium 1: TRANSACTION\.SUCCESS, period PAID/)
  })

  it('scheduled deduct (direct): paid on its day, then the contract ends by SYSTEM_TERMINATE', async () => {
    const { result } = await run(scheduledDeduct)
    assert.deepEqual(result, { scheduleState: 'PAID', terminationMode: 'SYSTEM_TERMINATE' })
  })

  it('scheduled deduct (partner): the service provider schedules for its sub-merchant', async () => {
    const { result } = await run(scheduledDeductPartner)
    assert.deepEqual(result, { scheduleState: 'SCHEDULED' })
  })

  it('papay: the pre-deduction notice, then a deduction paid as PAP', async () => {
    const { result } = await run(papay)
    assert.deepEqual(result, { tradeType: 'PAP', total: 1500 })
  })

  it('password-exempt: signed, queried SIGNED, terminated', async () => {
    const { result } = await run(passwordExempt)
    assert.deepEqual(result, { before: 'SIGNED', after: 'TERMINATED' })
  })
})

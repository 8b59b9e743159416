import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { type EndpointDefinition, endpoints, validate } from '@wxpay/sdk/protocol'
import { createSimulator, ManualClock, type SimulatorMode } from '@wxpay/simulator'
import { clientFor, insuranceBody, partnerBody, passwordExemptBody, startWebhook } from './helpers.js'

const S1 = 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const S2 = 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'
const S3 = 'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'
const S4 = 'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'

const responseIssues = (key: keyof typeof endpoints, data: unknown) =>
  validate((endpoints[key] as EndpointDefinition).response!, data)

interface FlowCase {
  key: typeof S1 | typeof S2 | typeof S3 | typeof S4
  signEvent: string
  terminateEvent: string
  presign: (wxpay: WechatPay, code: string, url: string) => Promise<{ data: any }>
  query: (wxpay: WechatPay, code: string) => Promise<{ data: any }>
  terminate: (wxpay: WechatPay, code: string) => Promise<{ data: any }>
  queryKey: keyof typeof endpoints
}

const remark = { contract_termination_remark: '用户要求解约' }
const insuranceQuery = (wxpay: WechatPay, code: string) =>
  wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
    params: { plan_id: 12535, out_contract_code: code },
  })
const insuranceTerminate = (wxpay: WechatPay, code: string) =>
  wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.terminate.post(remark, {
    params: { plan_id: 12535, out_contract_code: code },
  })

const flows: FlowCase[] = [
  {
    key: S1,
    signEvent: 'INSURANCE_ENTRUST.SIGN',
    terminateEvent: 'INSURANCE_ENTRUST.TERMINATE',
    presign: (wxpay, code, url) =>
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
        ...insuranceBody(code, url),
        real_identity: { real_name: '王小明', id_card_number: '110101199003074578' },
      }),
    query: insuranceQuery,
    terminate: insuranceTerminate,
    queryKey: 'GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
  },
  {
    key: S2,
    signEvent: 'INSURANCE_ENTRUST.SIGN',
    terminateEvent: 'INSURANCE_ENTRUST.TERMINATE',
    presign: (wxpay, code, url) =>
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post(insuranceBody(code, url)),
    query: insuranceQuery,
    terminate: insuranceTerminate,
    queryKey: 'GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
  },
  {
    key: S3,
    signEvent: 'ENTRUST.SIGN',
    terminateEvent: 'ENTRUST.TERMINATE',
    presign: (wxpay, code, url) =>
      wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post(partnerBody(code, url)),
    query: (wxpay, code) =>
      wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
        params: { plan_id: 8001, out_contract_code: code, sub_mchid: '1900000109' },
      }),
    terminate: (wxpay, code) =>
      wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.terminate.post(
        { sub_mchid: '1900000109', ...remark },
        { params: { plan_id: 8001, out_contract_code: code } },
      ),
    queryKey: 'GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}',
  },
  {
    key: S4,
    signEvent: 'PASSWORD_EXEMPT_CONTRACT.SIGN',
    terminateEvent: 'PASSWORD_EXEMPT_CONTRACT.TERMINATE',
    presign: (wxpay, code, url) =>
      wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
        passwordExemptBody(code, url),
      ),
    query: (wxpay, code) =>
      wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.get({
        params: { service_id: 500001, out_contract_code: code },
      }),
    terminate: (wxpay, code) =>
      wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.terminate.post(
        remark,
        {
          params: { service_id: 500001, out_contract_code: code },
        },
      ),
    queryKey:
      'GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}',
  },
]

/** The id the simulated user acts on. */
const sessionId = (data: any) => data.pre_entrustweb_id ?? String(data.redirect_url).split('/').pop()

describe('the four flows, end to end, in every key mode', () => {
  for (const mode of ['publicKey', 'certificate', 'mixed'] as SimulatorMode[]) {
    it(`pre-sign → agree → notification → query SIGNED → terminate → query TERMINATED (${mode})`, async () => {
      const simulator = await createSimulator({ mode })
      const wxpay = clientFor(simulator)
      const webhook = await startWebhook(wxpay)
      try {
        for (const [index, flow] of flows.entries()) {
          const code = `C${mode.length}X${index}`
          const presign = await flow.presign(wxpay, code, webhook.url)
          assert.equal(presign.data && typeof presign.data, 'object')
          assert.deepEqual(responseIssues(flow.key, presign.data), [], `${flow.key} answers per the catalog`)
          if (flow.key === S4) {
            assert.equal(presign.data.mchid, simulator.merchant.mchid)
            assert.equal(presign.data.service_id, 500001)
            assert.equal(presign.data.out_contract_code, code)
          }
          const contract = simulator.agree(sessionId(presign.data))
          await simulator.flush()
          const signed = webhook.events.find(
            (event) => event.event_type === flow.signEvent && (event.resource as any).out_contract_code === code,
          )
          assert.ok(signed, `${flow.signEvent} arrived, verified and decrypted`)
          assert.equal((signed.resource as any).contract_id, contract.contract_id)
          assert.equal((signed.resource as any).contract_state, 'SIGNED')

          const query = await flow.query(wxpay, code)
          assert.equal(query.data.contract_state, 'SIGNED')
          assert.equal(query.data.contract_id, contract.contract_id)
          assert.deepEqual(responseIssues(flow.queryKey, query.data), [])

          const terminated = await flow.terminate(wxpay, code)
          if (flow.key === S4)
            assert.deepEqual(terminated.data, {
              mchid: simulator.merchant.mchid,
              service_id: 500001,
              out_contract_code: code,
            })
          else assert.equal(terminated.data.contract_state, 'TERMINATED')
          await simulator.flush()
          assert.ok(
            webhook.events.some(
              (event) => event.event_type === flow.terminateEvent && (event.resource as any).out_contract_code === code,
            ),
          )
          const after = await flow.query(wxpay, code)
          assert.equal(after.data.contract_state, 'TERMINATED')
          assert.equal(after.data.contract_terminate_info.contract_termination_mode, 'MCH_API_TERMINATE')
          assert.equal(
            after.data.contract_terminate_info.contract_termination_remark,
            remark.contract_termination_remark,
          )
        }
        assert.equal(webhook.events.length, 8)
        assert.equal(simulator.deliveries.length, 8)
        assert.ok(simulator.deliveries.every((delivery) => delivery.acknowledged && delivery.attempt === 1))
      } finally {
        await webhook.close()
        await simulator.close()
      }
    })
  }
})

describe('sessions and contract codes', () => {
  async function setup() {
    const clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'))
    const simulator = await createSimulator({ clock })
    const wxpay = clientFor(simulator)
    const webhook = await startWebhook(wxpay)
    const presign = (code: string) =>
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody(code, webhook.url))
    const close = async () => {
      await webhook.close()
      await simulator.close()
    }
    return { clock, simulator, wxpay, webhook, presign, close }
  }
  const rejectsWith = (promise: Promise<unknown>, status: number, code: string, pattern?: RegExp) =>
    assert.rejects(promise, (error: WechatPayApiError) => {
      assert.equal(error.status, status, error.message)
      assert.equal(error.code, code)
      if (pattern) assert.match(error.message, pattern)
      return true
    })

  it('an insurance session lives 10 minutes; a password-exempt session 2 hours', async () => {
    const { clock, simulator, wxpay, webhook, presign, close } = await setup()
    try {
      const first = await presign('LIVE1')
      await clock.advance(599_999)
      const second = await presign('LIVE2')
      await clock.advance(1)
      assert.throws(() => simulator.agree(first.data.pre_entrustweb_id), /is expired/)
      simulator.agree(second.data.pre_entrustweb_id)
      const exempt = await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
        passwordExemptBody('PE1', webhook.url),
      )
      await clock.advance(7_199_000)
      assert.equal(
        simulator.sessions().find((s) => s.pre_entrustweb_id === exempt.data.pre_entrustweb_id)?.state,
        'pending',
      )
      await clock.advance(1000)
      assert.equal(
        simulator.sessions().find((s) => s.pre_entrustweb_id === exempt.data.pre_entrustweb_id)?.state,
        'expired',
      )
    } finally {
      await close()
    }
  })

  it('a code is never reusable after a signed or terminated contract; a live session blocks a second pre-sign', async () => {
    const { simulator, wxpay, presign, close } = await setup()
    try {
      const first = await presign('USED1')
      await rejectsWith(presign('USED1'), 400, 'INVALID_REQUEST', /still live/)
      simulator.agree(first.data.pre_entrustweb_id)
      await rejectsWith(presign('USED1'), 400, 'INVALID_REQUEST', /can never be reused/)
      await insuranceTerminate(wxpay, 'USED1')
      await rejectsWith(presign('USED1'), 400, 'INVALID_REQUEST', /can never be reused/)
      await rejectsWith(insuranceTerminate(wxpay, 'USED1'), 400, 'INVALID_REQUEST', /only a signed contract/)
    } finally {
      await close()
    }
  })

  it('after a decline or an expiry nothing is signed or sent, and the code may be used again', async () => {
    const { clock, simulator, webhook, presign, wxpay, close } = await setup()
    try {
      simulator.decline((await presign('DECL1')).data.pre_entrustweb_id)
      await presign('EXPD1')
      await clock.advance(600_000)
      await simulator.flush()
      assert.equal(simulator.deliveries.length, 0)
      assert.equal(webhook.hits.length, 0)
      assert.equal(simulator.contracts().length, 0)
      await rejectsWith(insuranceQuery(wxpay, 'DECL1'), 404, 'RESOURCE_NOT_EXISTS')
      // No contract was made, so the codes are still free.
      simulator.agree((await presign('DECL1')).data.pre_entrustweb_id)
      await presign('EXPD1')
    } finally {
      await close()
    }
  })

  it('retries a failing webhook at 15 s, 30 s and 60 s, then stops once acknowledged', async () => {
    const { clock, simulator, webhook, presign, close } = await setup()
    try {
      webhook.failNext(3)
      const start = clock.now()
      simulator.agree((await presign('RETRY1')).data.pre_entrustweb_id)
      await simulator.flush()
      await clock.advance(24 * 3_600_000)
      await simulator.flush()
      const deliveries = simulator.deliveries
      assert.equal(deliveries.length, 4)
      assert.equal(new Set(deliveries.map((delivery) => delivery.notificationId)).size, 1)
      assert.deepEqual(
        deliveries.map((delivery) => (delivery.at - start) / 1000),
        [0, 15, 30, 60],
      )
      assert.deepEqual(
        deliveries.map((delivery) => delivery.status),
        [500, 500, 500, 200],
      )
      assert.deepEqual(
        deliveries.map((delivery) => delivery.attempt),
        [1, 2, 3, 4],
      )
      assert.equal(webhook.events.length, 1, 'the handler ran once')
      assert.equal(webhook.hits.length, 4)
    } finally {
      await close()
    }
  })

  it('close() during a failing delivery leaves no retry behind', async () => {
    const { clock, simulator, webhook, presign } = await setup()
    webhook.failNext(1)
    simulator.agree((await presign('CLOSING')).data.pre_entrustweb_id)
    // The delivery is in flight: it fails after close() has begun, and must not schedule the 15 s retry.
    await simulator.close()
    await webhook.close()
    assert.equal(simulator.deliveries.length, 1)
    assert.equal(simulator.deliveries[0].status, 500)
    assert.equal(clock.pending, 0)
  })

  it('gives up after the documented schedule (16 attempts over 24 h 4 min)', async () => {
    const { clock, simulator, webhook, presign, close } = await setup()
    try {
      webhook.failNext(100)
      const start = clock.now()
      simulator.agree((await presign('GIVEUP')).data.pre_entrustweb_id)
      await simulator.flush()
      await clock.advance(48 * 3_600_000)
      const times = simulator.deliveries.map((delivery) => (delivery.at - start) / 1000)
      assert.equal(times.length, 16)
      assert.equal(times.at(-1), 24 * 3600 + 4 * 60)
    } finally {
      await close()
    }
  })

  it('sends WECHATPAY/SIGNTEST/ probes first when asked; the SDK refuses them with a 4xx', async () => {
    const simulator = await createSimulator({ probes: 1 })
    const wxpay = clientFor(simulator)
    const webhook = await startWebhook(wxpay)
    try {
      const presign = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        insuranceBody('PROBE1', webhook.url),
      )
      simulator.agree(presign.data.pre_entrustweb_id)
      await simulator.flush()
      assert.deepEqual(
        simulator.deliveries.map((delivery) => [delivery.probe, delivery.status]),
        [
          [true, 401],
          [false, 200],
        ],
      )
      assert.equal(webhook.events.length, 1)
    } finally {
      await webhook.close()
      await simulator.close()
    }
  })

  it('serves S2 signing page with Agree and Decline; the form creates the contract', async () => {
    const simulator = await createSimulator()
    const wxpay = clientFor(simulator)
    try {
      const { data } = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post(
        insuranceBody('PAGE1', 'https://merchant.example.com/n'),
      )
      const page = await fetch(data.redirect_url)
      assert.equal(page.status, 200)
      const html = await page.text()
      assert.match(html, /Agree and sign/)
      assert.match(html, /Decline/)
      assert.match(html, /PAGE1/)
      const id = data.redirect_url.split('/').pop()
      const agreed = await fetch(`${simulator.url}/simulator/sessions/${id}/agree`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
      })
      assert.equal(agreed.status, 303)
      assert.equal(simulator.contracts()[0].out_contract_code, 'PAGE1')
      const after = await (await fetch(data.redirect_url)).text()
      assert.ok(
        after.includes(`Signed. Contract <span id="contract-id">${simulator.contracts()[0].contract_id}</span>`),
      )
      assert.doesNotMatch(after, /Agree and sign/)
    } finally {
      await simulator.close()
    }
  })

  it('keeps two merchants apart', async () => {
    const simulator = await createSimulator()
    const second = simulator.addMerchant()
    const alice = clientFor(simulator)
    const bob = clientFor(simulator, second)
    try {
      assert.notEqual(second.mchid, simulator.merchant.mchid)
      assert.notEqual(second.apiV3Key, simulator.apiV3Key)
      const { data } = await alice.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        insuranceBody('SHARED', 'https://a.example.com/n'),
      )
      simulator.agree(data.pre_entrustweb_id)
      await rejectsWith(insuranceQuery(bob, 'SHARED'), 404, 'RESOURCE_NOT_EXISTS')
      // The same code is free for the other merchant.
      await bob.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        insuranceBody('SHARED', 'https://b.example.com/n'),
      )
      const forged = clientFor(simulator, { ...second, privateKey: simulator.merchant.privateKey })
      await rejectsWith(insuranceQuery(forged, 'SHARED'), 401, 'SIGN_ERROR', /signature does not verify/)
    } finally {
      await simulator.flush()
      await simulator.close()
    }
  })
})

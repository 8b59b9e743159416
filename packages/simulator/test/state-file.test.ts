// A simulator that remembers (issue 14): with `stateFile` it starts again where it stopped — the same
// keys, merchant and APIv3 key (a configuration printed before the restart still works, a captured
// notification still verifies and decrypts), sessions, contracts, deductions, the wallet, faults, the
// delivery log and the clock — and what it was waiting for (a retry, a settlement) still happens. A
// file that is not its state is refused and left as it is.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { createSimulator, STATE_FORMAT, StateFileError } from '@wxpay/simulator'
import { IDENTITY } from '../../../tests/integration/helpers.js'
import { insuranceBody } from './helpers.js'
import { APPID, signPapay } from './money.js'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-state-'))
after(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const stateFile = () => join(dir, `state-${++files}.json`)

/** A webhook that keeps each notification's raw headers and body, answering `status()`. */
async function capturingWebhook(status: () => number = () => 204) {
  const captured: { headers: Record<string, string>; body: string }[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      captured.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString() })
      response.writeHead(status()).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { url, captured, close }
}

describe('a simulator with a state file', () => {
  it('restarts with the same keys and configuration; a notification captured before still verifies and decrypts', async () => {
    const file = stateFile()
    const webhook = await capturingWebhook()
    const first = await createSimulator({ stateFile: file, mode: 'mixed' })
    const config = { ...first.merchant, certs: first.certs }
    const before = new WechatPay({ ...config, baseURL: first.url })
    const body = {
      ...insuranceBody('KEEP001', webhook.url),
      real_identity: { ...IDENTITY, identity_type: 'ID_CARD' as const },
    }
    const { data } = await before.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body)
    const contractId = first.agree(data.pre_entrustweb_id).contract_id
    await first.flush()
    await first.close()
    const saved = readFileSync(file, 'utf8')
    assert.equal(JSON.parse(saved).format, STATE_FORMAT)
    for (const secret of [IDENTITY.real_name, IDENTITY.id_card_number]) assert.ok(!saved.includes(secret), 'withheld')

    const second = await createSimulator({ stateFile: file })
    try {
      assert.equal(second.mode, 'mixed')
      assert.deepEqual({ ...second.merchant, certs: second.certs }, config)
      // The configuration printed before the restart, pointed at the new address.
      const after = new WechatPay({ ...config, baseURL: second.url })
      const { data: contract } =
        await after.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
          params: { plan_id: 12535, out_contract_code: 'KEEP001' },
        })
      assert.equal(contract.contract_id, contractId)
      assert.equal(contract.contract_state, 'SIGNED')
      assert.equal((await after.v3.certificates.get()).data.data.length, 1)
      const event = await after.notifications.parse(webhook.captured[0])
      assert.equal(event.event_type, 'INSURANCE_ENTRUST.SIGN')
      assert.equal((event.resource as any).contract_id, contractId)
      assert.deepEqual(
        second.sessions().map((session) => [session.pre_entrustweb_id, session.state, session.contract_id]),
        [[data.pre_entrustweb_id, 'agreed', contractId]],
      )
      assert.equal(second.deliveries.length, 1)
      assert.equal(second.deliveries[0].status, 204)
    } finally {
      await second.close()
      await webhook.close()
    }
  })

  it('a retry that was waiting is sent after the restart, on the clock that ran ahead', async () => {
    const file = stateFile()
    let answer = 500
    const webhook = await capturingWebhook(() => answer)
    const first = await createSimulator({ stateFile: file })
    const wxpay = new WechatPay({ ...first.merchant, certs: first.certs, baseURL: first.url })
    await first.advanceClock(86_400_000)
    const ahead = first.clock.now()
    const { data } = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
      insuranceBody('KEEP002', webhook.url),
    )
    first.agree(data.pre_entrustweb_id)
    await first.flush() // the first attempt failed: the next is 15 s away
    await first.close()

    answer = 200
    const second = await createSimulator({ stateFile: file })
    try {
      assert.ok(second.clock.now() >= ahead, 'the clock kept its lead')
      assert.ok(second.clock.now() - ahead < 60_000)
      assert.equal(second.deliveries.length, 1)
      await second.advanceClock(15_000)
      const deliveries = second.deliveries
      assert.deepEqual(
        deliveries.map((delivery) => [delivery.attempt, delivery.status, delivery.acknowledged]),
        [
          [1, 500, false],
          [2, 200, true],
        ],
      )
      assert.equal(deliveries[1].notificationId, deliveries[0].notificationId)
      assert.equal(webhook.captured[1].body, webhook.captured[0].body, 'the same notification, signed anew')
    } finally {
      await second.close()
      await webhook.close()
    }
  })

  it('a deduction accepted before the restart settles after it; the wallet and the faults are kept', async () => {
    const file = stateFile()
    const webhook = await capturingWebhook()
    const first = await createSimulator({ stateFile: file })
    const wxpay = new WechatPay({ ...first.merchant, certs: first.certs, baseURL: first.url })
    const parties = { simulator: first, wxpay, webhook: { url: webhook.url } as any }
    const contractId = await signPapay(parties, 'KEEP003')
    first.failNextDeduction(contractId, 'ACCOUNT_FROZEN')
    first.failNextDeduction(contractId, 'EXCEED_LIMIT')
    first.addFault({ path: '/v3/papay/sign/**', kind: 'system-error', times: 3 })
    await wxpay.request({
      method: 'POST',
      url: '/v3/papay/pay/transactions/apply',
      data: {
        appid: APPID,
        out_trade_no: 'KEEPT1',
        description: '代扣',
        transaction_notify_url: webhook.url,
        contract_id: contractId,
        amount: { total: 100 },
      },
    })
    assert.equal(first.deductions()[0].state, 'ACCEPTED')
    await first.close() // before the 200 ms of the settlement

    const second = await createSimulator({ stateFile: file })
    try {
      await second.advanceClock(1000)
      const [deduction] = second.deductions()
      assert.equal(deduction.state, 'FAIL')
      assert.equal(deduction.reason, 'ACCOUNT_FROZEN')
      assert.deepEqual(
        second.deliveries.map((delivery) => delivery.eventType),
        ['ENTRUST.SIGN', 'TRANSACTION.FAIL'],
      )
      assert.deepEqual(
        second.faults().map(({ path, kind, remaining }) => ({ path, kind, remaining })),
        [{ path: '/v3/papay/sign/**', kind: 'system-error', remaining: 3 }],
      )
      // The second failure queued for the contract is still there.
      const wxpay2 = new WechatPay({ ...second.merchant, certs: second.certs, baseURL: second.url })
      await wxpay2.request({
        method: 'POST',
        url: '/v3/papay/pay/transactions/apply',
        data: {
          appid: APPID,
          out_trade_no: 'KEEPT2',
          description: '代扣',
          transaction_notify_url: webhook.url,
          contract_id: contractId,
          amount: { total: 100 },
        },
      })
      await second.advanceClock(1000)
      assert.equal(second.deductions()[1].reason, 'EXCEED_LIMIT')
    } finally {
      await second.close()
      await webhook.close()
    }
  })
})

describe('a state file the simulator cannot use is refused and left as it is', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"format": "wxpay-simulator-state", ', /is not a wxpay simulator state file: it is not valid JSON/],
    [
      'another program’s JSON',
      '{"name": "my-app", "version": "1.0.0"}\n',
      /its format is null, not "wxpay-simulator-state"/,
    ],
    ['a JSON array', '[]', /its format is array/],
    [
      'a later version',
      JSON.stringify({ format: STATE_FORMAT, version: 2 }),
      /holds version 2 of the state format; this simulator reads version 1/,
    ],
    [
      'a damaged state',
      JSON.stringify({ format: STATE_FORMAT, version: 1, platform: {} }),
      /is damaged: "merchants" is undefined/,
    ],
  ]
  for (const [name, content, message] of cases) {
    it(name, async () => {
      const file = stateFile()
      writeFileSync(file, content)
      await assert.rejects(createSimulator({ stateFile: file }), (error: Error) => {
        assert.ok(error instanceof StateFileError, String(error))
        assert.ok(error.message.startsWith(file), error.message)
        assert.match(error.message, message)
        assert.match(error.message, /It was left as it is: move it away, or start afresh \(wxpay simulator --fresh\)/)
        return true
      })
      assert.equal(readFileSync(file, 'utf8'), content, 'never overwritten')
    })
  }

  it('a state of another mode is refused when a mode is asked for', async () => {
    const file = stateFile()
    await (await createSimulator({ stateFile: file, mode: 'certificate' })).close()
    const content = readFileSync(file, 'utf8')
    await assert.rejects(
      createSimulator({ stateFile: file, mode: 'publicKey' }),
      /holds a simulator in certificate mode, not publicKey/,
    )
    assert.equal(readFileSync(file, 'utf8'), content)
  })
})

// `wxpay simulator` in a child process, driven as a merchant's test suite in any language would
// drive it: the SDK with real time for the APIs, the SDK's Node adapter on the webhook, and the
// control API over HTTP for the user, the wallet and months of simulated time.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createNodeHandler, WechatPay } from '@wxpay/sdk'
import { SimulatorControl } from '@wxpay/simulator'
import { Inbox } from '../src/demo/inbox.js'
import { runInsuranceMonths } from '../src/demo/insurance.js'
import { wxpay as spawnWxpay, waitFor } from './spawn-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-sim-money-'))
let child: ReturnType<typeof spawnWxpay>
let wxpay: WechatPay
let control: SimulatorControl
let inbox: Inbox
let webhook: Server
let notifyUrl: string

before(async () => {
  child = spawnWxpay(['simulator', '--port', '0', '--dir', dir])
  const [, url] = await waitFor(child.output, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
  // Real time, no clock option: as a program that cannot share the simulator's clock.
  wxpay = new WechatPay({
    mchid: config.mchid,
    serial: config.serial,
    privateKey: readFileSync(config.privateKeyFile),
    certs: Object.fromEntries(Object.entries(config.certs).map(([id, file]) => [id, readFileSync(file as string)])),
    apiV3Key: readFileSync(config.apiV3KeyFile, 'utf8'),
    baseURL: url,
  })
  control = new SimulatorControl(url)
  inbox = new Inbox()
  webhook = createServer(createNodeHandler(wxpay, inbox.add))
  webhook.listen(0, '127.0.0.1')
  await once(webhook, 'listening')
  notifyUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/notify`
})

after(async () => {
  webhook.close()
  child.child.kill('SIGINT')
  await once(child.child, 'exit')
  rmSync(dir, { recursive: true, force: true })
})

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const get = async (path: string) => (await (await fetch(`${control.url}${path}`)).json()).data

describe('wxpay simulator in a child process, time driven over HTTP', () => {
  it('three months of insurance premiums: one failure retried, the renewal, the termination', async () => {
    const lines: string[] = []
    assert.ok(
      await runInsuranceMonths({ wxpay, control, inbox, notifyUrl, write: (line) => lines.push(line) }),
      lines.join('\n'),
    )
    const signed = await inbox.where((event) => event.event_type === 'INSURANCE_ENTRUST.SIGN', 'the signing')
    const code = (signed.resource as any).out_contract_code
    const list = await wxpay
      .chain('v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}')
      .get({ params: { plan_id: 12535, out_contract_code: code } })
    assert.deepEqual(
      list.data.data?.map((period) => [period.policy_period_id, period.policy_period_state]),
      [
        [1, 'PAID'],
        [2, 'PAID'],
        [3, 'PAID'],
        [4, 'NO_SCHEDULED'],
        [5, 'NO_SCHEDULED'],
        [6, 'NO_SCHEDULED'],
      ],
    )
    const deductions = await get('/simulator/deductions')
    assert.deepEqual(
      deductions.map((d: any) => d.state),
      ['SUCCESS', 'FAIL', 'SUCCESS', 'SUCCESS'],
    )
    assert.equal(deductions[1].reason, 'NOTENOUGH')
    const deliveries = await get('/simulator/deliveries')
    assert.ok(deliveries.every((delivery: any) => delivery.acknowledged && delivery.attempt === 1))
  })

  it('scheduled deduct: scheduled the day before, paid on the day, or terminated at 08:00 the next day', async () => {
    const day = addDays((await control.clock()).now.slice(0, 10), 3)
    const contracts: Record<string, string> = {}
    for (const code of ['CHILDPAID', 'CHILDUNPAID']) {
      const { data } = await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.jsapi.post({
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        plan_id: 7001,
        out_contract_code: code,
        contract_display_account: '会员',
        contract_notify_url: notifyUrl,
        deduct_schedule: {
          estimated_deduct_date: day,
          estimated_deduct_amount: { total: 1990 },
          description: '年度会员',
        },
      })
      assert.match(data.redirect_url, /\/simulator\/sign\//)
      contracts[code] = (await control.agree(code)).contract_id
    }
    await control.setClock(`${addDays(day, -1)}T19:00:00+08:00`)
    for (const id of Object.values(contracts)) {
      await wxpay
        .chain('v3/papay/pay/schedules/contract-id/{contract_id}/schedule')
        .post({ appid: 'wxd678efh567hg6787', schedule_amount: { total: 1990 } }, { params: { contract_id: id } })
    }
    await control.setClock(`${day}T09:30:00+08:00`)
    await wxpay.chain('v3/papay/pay/transactions/apply').post({
      appid: 'wxd678efh567hg6787',
      out_trade_no: 'CHILDPAID1',
      description: '年度会员',
      transaction_notify_url: notifyUrl,
      contract_id: contracts.CHILDPAID,
      amount: { total: 1990 },
    })
    await control.advance(1000)
    assert.equal((await inbox.transaction('CHILDPAID1')).event_type, 'TRANSACTION.SUCCESS')
    await inbox.next('CHILDPAID', '.TERMINATE')
    await control.setClock(`${addDays(day, 1)}T08:00:00+08:00`)
    await inbox.next('CHILDUNPAID', '.TERMINATE')
    for (const [code, state] of [
      ['CHILDPAID', 'PAID'],
      ['CHILDUNPAID', 'EXPIRED'],
    ]) {
      const { data } = await wxpay
        .chain('v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}')
        .get({ params: { plan_id: 7001, out_contract_code: code } })
      assert.equal(data.contract_state, 'TERMINATED')
      assert.equal(data.contract_terminate_info?.contract_termination_mode, 'SYSTEM_TERMINATE')
      assert.equal(data.deduct_schedule?.schedule_state, state)
    }
  })
})

// `npm run demo` / `wxpay demo`: the four seed pre-sign flows, end to end, against the embedded
// simulator — pre-sign → the simulated user agrees → the notification arrives, verified and
// decrypted → query shows SIGNED → terminate → query shows TERMINATED.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createNodeHandler, type NotificationEvent, WechatPay } from '@wxpay/sdk'
import { createSimulator, type SimulatorMode } from '@wxpay/simulator'

type Write = (line: string) => void

interface Flow {
  name: string
  endpoint: string
  presign: (wxpay: WechatPay, notifyUrl: string) => Promise<{ data: Record<string, any> }>
  /** The id the simulated user acts on: the pre-sign id, or the code when the response has none. */
  sessionOf: (data: Record<string, any>) => string
  query: (wxpay: WechatPay) => Promise<{ data: Record<string, any> }>
  terminate: (wxpay: WechatPay) => Promise<unknown>
}

const today = new Date()
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
const code = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}`

function flows(): Flow[] {
  const insuranceCode = code('INSMP')
  const jsapiCode = code('INSJS')
  const partnerCode = code('SCHMP')
  const exemptCode = code('PEMP')
  const insuranceBody = (out_contract_code: string, contract_notify_url: string) => ({
    appid: 'wxd678efh567hg6787',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    plan_id: 12535,
    out_contract_code,
    insured_display_name: '**明',
    contract_notify_url,
    policy_start_date: day(1),
    policy_end_date: day(365),
    policy_periods: [1, 2, 3].map((period) => ({
      policy_period_id: period,
      estimated_deduct_date: day(1 + (period - 1) * 30),
      estimated_deduct_amount: { total: 2990, currency: 'CNY' as const },
    })),
    // Encrypted by the SDK with the WeChat Pay public key; never printed.
    real_identity: { real_name: '王小明', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const },
  })
  const remark = { contract_termination_remark: '用户申请解约 (demo)' }
  return [
    {
      name: 'S1 insurance pre-sign, mini-program',
      endpoint: 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program',
      presign: (wxpay, url) =>
        wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody(insuranceCode, url)),
      sessionOf: (data) => data.pre_entrustweb_id,
      query: (wxpay) =>
        wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
          params: { plan_id: 12535, out_contract_code: insuranceCode },
        }),
      terminate: (wxpay) =>
        wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.terminate.post(
          remark,
          {
            params: { plan_id: 12535, out_contract_code: insuranceCode },
          },
        ),
    },
    {
      name: 'S2 insurance pre-sign, JSAPI',
      endpoint: 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi',
      presign: (wxpay, url) =>
        wxpay.chain('v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi').post(insuranceBody(jsapiCode, url)),
      sessionOf: (data) => String(data.redirect_url).split('/').pop()!,
      query: (wxpay) =>
        wxpay.chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}').get({
          params: { plan_id: 12535, out_contract_code: jsapiCode },
        }),
      terminate: (wxpay) =>
        wxpay
          .chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate')
          .post(remark, { params: { plan_id: 12535, out_contract_code: jsapiCode } }),
    },
    {
      name: 'S3 partner scheduled-deduct pre-sign, mini-program',
      endpoint: 'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program',
      presign: (wxpay, url) =>
        wxpay['v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'].post({
          sp_appid: 'wx8888888888888888',
          sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
          sub_mchid: '1900000109',
          plan_id: 8001,
          out_contract_code: partnerCode,
          contract_display_account: '会员 8001',
          contract_notify_url: url,
          deduct_schedule: {
            estimated_deduct_date: day(30),
            estimated_deduct_amount: { total: 2500, currency: 'CNY' },
            description: '会员月费',
          },
        }),
      sessionOf: (data) => data.pre_entrustweb_id,
      query: (wxpay) =>
        wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
          params: { plan_id: 8001, out_contract_code: partnerCode, sub_mchid: '1900000109' },
        }),
      terminate: (wxpay) =>
        wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.terminate.post(
          { sub_mchid: '1900000109', ...remark },
          { params: { plan_id: 8001, out_contract_code: partnerCode } },
        ),
    },
    {
      name: 'S4 password-exempt pre-sign, e-commerce mini-program',
      endpoint: 'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program',
      presign: (wxpay, url) =>
        wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post({
          appid: 'wxd678efh567hg6787',
          service_id: 500001,
          out_contract_code: exemptCode,
          notify_url: url,
          contract_display_account: '张**',
          openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        }),
      sessionOf: (data) => data.pre_entrustweb_id,
      query: (wxpay) =>
        wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.get({
          params: { service_id: 500001, out_contract_code: exemptCode },
        }),
      terminate: (wxpay) =>
        wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.terminate.post(
          remark,
          { params: { service_id: 500001, out_contract_code: exemptCode } },
        ),
    },
  ]
}

/** Notifications received by the demo's webhook, awaited by out_contract_code and event type. */
class Inbox {
  #events: NotificationEvent[] = []
  #waiters: (() => void)[] = []

  add = async (event: NotificationEvent) => {
    this.#events.push(event)
    for (const wake of this.#waiters.splice(0)) wake()
  }

  async next(outContractCode: string, suffix: string, timeoutMs = 5000): Promise<NotificationEvent> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.#events.find(
        (event) => event.event_type.endsWith(suffix) && (event.resource as any).out_contract_code === outContractCode,
      )
      if (found) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no ${suffix} notification for ${outContractCode} within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.#waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }
}

const fields = (data: Record<string, unknown>, names: string[]) =>
  names
    .filter((name) => data[name] !== undefined)
    .map((name) => `${name}=${data[name]}`)
    .join(', ')

/** Runs the demo; resolves to true when every flow succeeded. */
export async function runDemo(options: { mode?: SimulatorMode; write?: Write } = {}): Promise<boolean> {
  const write = options.write ?? ((line) => process.stdout.write(`${line}\n`))
  const started = performance.now()
  const simulator = await createSimulator({ mode: options.mode ?? 'publicKey' })
  const wxpay = new WechatPay({
    ...simulator.merchant,
    certs: simulator.certs,
    apiV3Key: simulator.apiV3Key,
    baseURL: simulator.url,
  })
  const inbox = new Inbox()
  const webhook = createServer(createNodeHandler(wxpay, inbox.add))
  webhook.listen(0, '127.0.0.1')
  await once(webhook, 'listening')
  const notifyUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/wxpay/notify`

  write(`wxpay demo — simulator ${simulator.url} (${simulator.mode} mode), merchant ${simulator.merchant.mchid}`)
  write(`merchant webhook ${notifyUrl}, verifying with ${Object.keys(simulator.certs).join(', ')}\n`)
  let failures = 0
  for (const flow of flows()) {
    write(flow.name)
    write(`  ${flow.endpoint}`)
    let step = 'pre-sign'
    try {
      const presign = await flow.presign(wxpay, notifyUrl)
      write(`  1. pre-sign        → ${fields(presign.data, Object.keys(presign.data))}`)
      step = 'user agrees'
      const contract = simulator.agree(flow.sessionOf(presign.data))
      write(`  2. user agrees     → contract ${contract.contract_id}`)
      step = 'sign notification'
      const signed = await inbox.next(contract.out_contract_code, '.SIGN')
      write(
        `  3. notification    → ${signed.event_type} (${signed.summary}), verified and decrypted, contract_state=${(signed.resource as any).contract_state}`,
      )
      step = 'query'
      const query = await flow.query(wxpay)
      expectState(query.data, 'SIGNED')
      write(`  4. query           → ${fields(query.data, ['contract_state', 'contract_signed_time'])}`)
      step = 'terminate'
      await flow.terminate(wxpay)
      const terminated = await inbox.next(contract.out_contract_code, '.TERMINATE')
      write(`  5. terminate       → ${terminated.event_type} notification received`)
      step = 'query after terminate'
      const after = await flow.query(wxpay)
      expectState(after.data, 'TERMINATED')
      write(
        `  6. query           → ${fields(after.data, ['contract_state'])}, mode=${after.data.contract_terminate_info?.contract_termination_mode}\n`,
      )
    } catch (error) {
      failures++
      write(`  ✗ step "${step}" failed: ${(error as Error)?.message ?? error}\n`)
    }
  }
  const deliveries = simulator.deliveries
  write(
    `${deliveries.length} notifications delivered, ${deliveries.filter((d) => d.acknowledged).length} acknowledged; ` +
      `${failures === 0 ? 'all four flows passed' : `${failures} flow(s) failed`} in ${Math.round(performance.now() - started)} ms`,
  )
  webhook.close()
  await simulator.close()
  return failures === 0
}

function expectState(data: Record<string, any>, state: string) {
  if (data.contract_state !== state) throw new Error(`contract_state is ${data.contract_state}, expected ${state}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runDemo().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(`demo failed to start: ${error?.message ?? error}`)
      process.exit(1)
    },
  )
}

// `npm run demo` / `wxpay demo`: the four seed pre-sign flows, end to end, against the embedded
// simulator — pre-sign → the simulated user agrees → the notification arrives, verified and
// decrypted → query shows SIGNED → terminate → query shows TERMINATED — then a fifth, the money:
// three monthly insurance premiums collected in simulated time (insurance.ts).
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createNodeHandler, WechatPay } from '@wxpay/sdk'
import { createSimulator, type Simulator, SimulatorControl, type SimulatorMode } from '@wxpay/simulator'
import { type Flow, flows } from './flows.js'
import { Inbox } from './inbox.js'
import { runInsuranceMonths } from './insurance.js'

type Write = (line: string) => void

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
    if (!(await runFlow(flow, { wxpay, simulator, inbox, notifyUrl, write }))) failures++
  }
  const control = new SimulatorControl(simulator.url)
  if (!(await runInsuranceMonths({ wxpay, control, inbox, notifyUrl, write }))) failures++
  const deliveries = simulator.deliveries
  write(
    `${deliveries.length} notifications delivered, ${deliveries.filter((d) => d.acknowledged).length} acknowledged; ` +
      `${failures === 0 ? 'all five flows passed' : `${failures} flow(s) failed`} in ${Math.round(performance.now() - started)} ms`,
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

interface FlowContext {
  wxpay: WechatPay
  simulator: Simulator
  inbox: Inbox
  notifyUrl: string
  write: Write
}

/** Pre-sign → agree → notification → query SIGNED → terminate → query TERMINATED; false on a failed step. */
async function runFlow(flow: Flow, { wxpay, simulator, inbox, notifyUrl, write }: FlowContext): Promise<boolean> {
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
    return true
  } catch (error) {
    write(`  ✗ step "${step}" failed: ${(error as Error)?.message ?? error}\n`)
    return false
  }
}

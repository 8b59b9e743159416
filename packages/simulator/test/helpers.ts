// Test fixtures: a client for a simulator's merchant, a merchant webhook on 127.0.0.1, seed bodies.
import { type ChildProcess, fork } from 'node:child_process'
import { createPrivateKey } from 'node:crypto'
import { once } from 'node:events'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createNodeHandler, type NotificationEvent, WechatPay } from '@wxpay/sdk'
import { authorizationHeader, createNonce, requestMessage, signSync } from '@wxpay/sdk/protocol'
import type { MerchantCredentials, Simulator, SimulatorOptions } from '@wxpay/simulator'

export function clientFor(simulator: Simulator, merchant: MerchantCredentials = simulator.merchant) {
  return new WechatPay({
    ...merchant,
    certs: simulator.certs,
    baseURL: simulator.url,
    clock: { now: () => simulator.clock.now() },
  })
}

export interface SignedRequest {
  method?: string
  path: string
  /** Sent byte for byte and signed as sent. */
  body?: string | Buffer
  /** Added to (or, with null, removed from) the JSON headers and the Authorization header. */
  headers?: Record<string, string | null>
}

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: any
}

/** What sendSigned needs of a simulator, in this process or another. */
export type SimulatorAddress = Pick<Simulator, 'url' | 'merchant'> & { clock?: Simulator['clock'] }

/** A request signed by the simulator's merchant over the exact bytes, sent with node:http (no body rewriting). */
export function sendSigned(simulator: SimulatorAddress, options: SignedRequest): Promise<RawAnswer> {
  const method = options.method ?? 'POST'
  const body = Buffer.from(options.body ?? '')
  const { mchid, serial, privateKey } = simulator.merchant
  const nonce = createNonce()
  const timestamp = String(Math.floor((simulator.clock?.now() ?? Date.now()) / 1000))
  const signature = signSync(requestMessage(method, options.path, timestamp, nonce, body), createPrivateKey(privateKey))
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(body.length > 0 ? { 'Content-Type': 'application/json' } : {}),
    Authorization: authorizationHeader({ mchid, serial, nonce, timestamp, signature }),
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name]
    else headers[name] = value
  }
  return new Promise((resolve, reject) => {
    const outgoing = request(
      simulator.url + options.path,
      { method, headers, agent: false, timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            text,
            json: text ? JSON.parse(text) : undefined,
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 10 s')))
    outgoing.end(body)
  })
}

export interface ChildSimulator extends SimulatorAddress {
  certs: Record<string, string>
  process: ChildProcess
  /** The child's memory (after a full collection unless `collect` is false), user CPU time and request counts. */
  stats(collect?: boolean): Promise<{ rss: number; heapUsed: number; cpuMs: number; counts: Record<string, number> }>
  close(): Promise<void>
}

/** A simulator in a child process (test/child-simulator.ts), killed if it does not close in 5 s. */
export async function startChildSimulator(options: SimulatorOptions = {}): Promise<ChildSimulator> {
  const script = fileURLToPath(new URL('./child-simulator.ts', import.meta.url))
  const child = fork(script, [JSON.stringify(options)], {
    execArgv: ['--conditions=source', '--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const next = (type: string) =>
    new Promise<any>((resolve, reject) => {
      const onMessage = (message: any) => {
        if (message.type !== type) return
        child.off('exit', onExit)
        child.off('message', onMessage)
        resolve(message)
      }
      const onExit = (code: number | null) => reject(new Error(`the simulator process exited (${code})`))
      child.on('message', onMessage)
      child.once('exit', onExit)
    })
  const ready = await next('ready')
  return {
    url: ready.url,
    merchant: ready.merchant,
    certs: ready.certs,
    process: child,
    stats: (collect = true) => {
      const answer = next('stats')
      child.send({ type: 'stats', collect })
      return answer
    },
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.send({ type: 'close' })
      await once(child, 'exit')
      clearTimeout(killer)
    },
  }
}

export interface Webhook {
  url: string
  events: NotificationEvent[]
  /** Raw hits, including refused ones. */
  hits: { status: number }[]
  /** Makes the next N deliveries fail with 500 before reaching the SDK. */
  failNext(count: number): void
  close(): Promise<void>
}

/** A merchant webhook that verifies with the SDK's Node adapter. */
export async function startWebhook(wxpay: WechatPay): Promise<Webhook> {
  const events: NotificationEvent[] = []
  const hits: { status: number }[] = []
  let failures = 0
  const handle = createNodeHandler(wxpay, async (event) => {
    events.push(event)
  })
  const server: Server = createServer((request, response) => {
    response.on('finish', () => hits.push({ status: response.statusCode }))
    if (failures > 0) {
      failures--
      request.resume()
      response.writeHead(500).end('{"code":"FAIL","message":"down"}')
      return
    }
    handle(request, response)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
    events,
    hits,
    failNext: (count) => {
      failures = count
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export const insuranceBody = (code: string, notifyUrl: string) => ({
  appid: 'wxd678efh567hg6787',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  plan_id: 12535,
  out_contract_code: code,
  insured_display_name: '**明',
  contract_notify_url: notifyUrl,
  policy_start_date: '2026-12-01',
  policy_end_date: '2027-11-30',
  policy_periods: [
    { policy_period_id: 1, estimated_deduct_date: '2026-12-01', estimated_deduct_amount: { total: 1000 } },
    { policy_period_id: 2, estimated_deduct_date: '2027-01-01', estimated_deduct_amount: { total: 1000 } },
  ],
})

export const partnerBody = (code: string, notifyUrl: string) => ({
  sp_appid: 'wx8888888888888888',
  sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  sub_mchid: '1900000109',
  plan_id: 8001,
  out_contract_code: code,
  contract_display_account: '会员',
  contract_notify_url: notifyUrl,
})

export const passwordExemptBody = (code: string, notifyUrl: string) => ({
  appid: 'wxd678efh567hg6787',
  service_id: 500001,
  out_contract_code: code,
  notify_url: notifyUrl,
  contract_display_account: '张**',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
})

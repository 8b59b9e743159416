// Test fixtures: a client for a simulator's merchant, a merchant webhook on 127.0.0.1, seed bodies.
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeHandler, type NotificationEvent, WechatPay } from '@wxpay/sdk'
import type { MerchantCredentials, Simulator } from '@wxpay/simulator'

export function clientFor(simulator: Simulator, merchant: MerchantCredentials = simulator.merchant) {
  return new WechatPay({
    ...merchant,
    certs: simulator.certs,
    baseURL: simulator.url,
    clock: { now: () => simulator.clock.now() },
  })
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

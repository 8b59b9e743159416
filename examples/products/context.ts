// What every product example takes: the SDK client, the simulator's control API (the simulated user,
// the wallet, the clock — over HTTP, as for `npx wxpay simulator` in another process), a webhook of
// the merchant's that verifies each notification with the SDK, and a way to say what happened.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeHandler, type NotificationEvent, type WechatPay } from '@wxpay/sdk'
import type { SimulatorControl } from '@wxpay/simulator'

export interface ExampleContext {
  wxpay: WechatPay
  control: SimulatorControl
  /** The webhook's URL: give it as the notify URL of pre-signs and deductions. */
  notifyUrl: string
  /** The next notification about `key` (an out_contract_code or out_trade_no) of `eventType`. */
  notification(key: string, eventType: string): Promise<NotificationEvent>
  log(line: string): void
}

const DAY_MS = 86_400_000
export const APPID = 'wxd678efh567hg6787'
export const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
/** The simulator's business day, YYYY-MM-DD in Beijing time. */
export const today = async (control: SimulatorControl) => (await control.clock()).now.slice(0, 10)
/** A contract code or order number that no earlier run used. */
export const fresh = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}`

const keyOf = (event: NotificationEvent) => {
  const resource = event.resource as Record<string, unknown>
  return String(resource.out_trade_no ?? resource.out_contract_code ?? '')
}

/** Starts the merchant's webhook on 127.0.0.1 and runs `example` with it; the webhook is closed after. */
export async function withWebhook<T>(
  wxpay: WechatPay,
  control: SimulatorControl,
  log: (line: string) => void,
  example: (ctx: ExampleContext) => Promise<T>,
): Promise<T> {
  const received: NotificationEvent[] = []
  const waiters = new Set<() => void>()
  const server = createServer(
    createNodeHandler(wxpay, (event) => {
      received.push(event)
      for (const wake of waiters) wake()
    }),
  )
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const notification = (key: string, eventType: string) =>
    new Promise<NotificationEvent>((resolve, reject) => {
      const check = () => {
        const found = received.find((event) => event.event_type === eventType && keyOf(event) === key)
        if (!found) return
        waiters.delete(check)
        clearTimeout(timer)
        resolve(found)
      }
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`no ${eventType} for ${key} within 10 s`))
      }, 10_000)
      waiters.add(check)
      check()
    })
  try {
    const notifyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wxpay/notify`
    return await example({ wxpay, control, notifyUrl, notification, log })
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

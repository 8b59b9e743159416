// The notifications the demo's webhook received, awaited by what they are about.
import type { NotificationEvent } from '@wxpay/sdk'

export class Inbox {
  #events: NotificationEvent[] = []
  #waiters: (() => void)[] = []

  add = async (event: NotificationEvent) => {
    this.#events.push(event)
    for (const wake of this.#waiters.splice(0)) wake()
  }

  /** The first event of a type ending in `suffix` about a contract code. */
  next(outContractCode: string, suffix: string, timeoutMs = 5000): Promise<NotificationEvent> {
    return this.where(
      (event) => event.event_type.endsWith(suffix) && (event.resource as any).out_contract_code === outContractCode,
      `${suffix} notification for ${outContractCode}`,
      timeoutMs,
    )
  }

  /** The TRANSACTION.* event of an order. */
  transaction(outTradeNo: string, timeoutMs = 5000): Promise<NotificationEvent> {
    return this.where(
      (event) => event.event_type.startsWith('TRANSACTION.') && (event.resource as any).out_trade_no === outTradeNo,
      `TRANSACTION.* notification for ${outTradeNo}`,
      timeoutMs,
    )
  }

  async where(
    match: (event: NotificationEvent) => boolean,
    what: string,
    timeoutMs = 5000,
  ): Promise<NotificationEvent> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.#events.find(match)
      if (found) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms`)
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

// The notifications the demo's webhook received, awaited by out_contract_code and event type.
import type { NotificationEvent } from '@wxpay/sdk'

export class Inbox {
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

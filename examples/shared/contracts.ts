// What the examples do with a notification: keep each contract's state by its contract code. The
// write is an upsert keyed by out_contract_code, so a delivery handled twice changes nothing.
import { isKnownEvent, type NotificationEvent } from '@wxpay/sdk'

export interface ContractRecord {
  out_contract_code: string
  contract_id?: string
  state: 'SIGNED' | 'TERMINATED'
  /** The event that last changed it. */
  event_type: string
}

const SIGN = new Set(['INSURANCE_ENTRUST.SIGN', 'ENTRUST.SIGN', 'PASSWORD_EXEMPT_CONTRACT.SIGN'])
const TERMINATE = new Set(['INSURANCE_ENTRUST.TERMINATE', 'ENTRUST.TERMINATE', 'PASSWORD_EXEMPT_CONTRACT.TERMINATE'])

export class Contracts {
  readonly #byCode = new Map<string, ContractRecord>()

  get(code: string): ContractRecord | undefined {
    return this.#byCode.get(code)
  }

  /** The notification handler: records sign and terminate events, ignores the others. */
  readonly record = (event: NotificationEvent): void => {
    if (!isKnownEvent(event) || !(SIGN.has(event.event_type) || TERMINATE.has(event.event_type))) return
    const resource = event.resource as { out_contract_code: string; contract_id?: string }
    this.#byCode.set(resource.out_contract_code, {
      out_contract_code: resource.out_contract_code,
      contract_id: resource.contract_id,
      state: SIGN.has(event.event_type) ? 'SIGNED' : 'TERMINATED',
      event_type: event.event_type,
    })
  }
}

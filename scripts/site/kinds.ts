// What kind of call each endpoint is — a pre-sign, a contract query, a deduction… — read from the
// catalog's simulator facts and, for the money flow, from the path. The pages' errors, the
// simulator's behaviour, the notifications and the runnable snippet all follow from the kind.
import { contractEvents, type EndpointDefinition, type EventType } from '@wxpay/sdk/protocol'

export type Kind =
  | 'presign'
  | 'contract-query'
  | 'contract-terminate'
  | 'insurance-renew'
  | 'insurance-periods'
  | 'insurance-modify'
  | 'insurance-schedule'
  | 'insurance-schedule-query'
  | 'insurance-apply'
  | 'scheduled-schedule'
  | 'scheduled-query'
  | 'papay-apply'
  | 'notice'
  | 'fail-notice'
  | 'certificates'

/** Kinds the catalog's simulator facts do not give, by the shape of the path. */
const BY_PATH: [RegExp, Kind][] = [
  [/\/renew$/, 'insurance-renew'],
  [/\/insurance-sign\/policy_periods\//, 'insurance-periods'],
  [/\/modify$/, 'insurance-modify'],
  [/\/insurance-pay\/policy-periods\/.+\/schedule$/, 'insurance-schedule'],
  [/\/insurance-pay\/policy-periods\//, 'insurance-schedule-query'],
  [/\/insurance-pay\/transactions\/apply$/, 'insurance-apply'],
  [/\/schedules\/contract-id\/\{contract_id\}\/schedule$/, 'scheduled-schedule'],
  [/\/schedules\/contract-id\/\{contract_id\}$/, 'scheduled-query'],
  [/\/transactions\/apply$/, 'papay-apply'],
  [/\/fail-notify$/, 'fail-notice'],
  [/\/notify$/, 'notice'],
  [/^\/v3\/certificates$/, 'certificates'],
]

export function kindOf(endpoint: EndpointDefinition): Kind {
  if (endpoint.simulator?.presign) return 'presign'
  if (endpoint.simulator?.contract) {
    return endpoint.simulator.contract.action === 'query' ? 'contract-query' : 'contract-terminate'
  }
  const found = BY_PATH.find(([pattern]) => pattern.test(endpoint.path))
  if (!found) throw new Error(`no kind for ${endpoint.method} ${endpoint.path}: add it to scripts/site/kinds.ts`)
  return found[1]
}

/** The contract family an endpoint works on: from its facts, else from its kind and role. */
export function familyOf(endpoint: EndpointDefinition): keyof typeof contractEvents | undefined {
  const facts = endpoint.simulator?.presign ?? endpoint.simulator?.contract
  if (facts) return facts.family
  const kind = kindOf(endpoint)
  if (kind.startsWith('insurance-')) return 'insurance'
  if (kind === 'certificates') return undefined
  return endpoint.role === 'partner' ? 'papay-partner' : 'papay'
}

/** The notifications a successful call leads to, and when. */
export function eventsOf(endpoint: EndpointDefinition): { type: EventType; when: string }[] {
  const kind = kindOf(endpoint)
  const family = familyOf(endpoint)
  const notifyField = endpoint.simulator?.presign?.notifyUrlField
  if (kind === 'presign' && family) {
    const sign = { type: contractEvents[family].sign, when: `once the user agrees, to \`${notifyField}\`` }
    if (family !== 'insurance') return [sign]
    const paid = 'when the pre-sign carries the trade fields (签约中支付), to `transaction_notify_url`'
    return [sign, { type: 'TRANSACTION.SUCCESS', when: paid }]
  }
  if (kind === 'contract-terminate' && family) {
    return [{ type: contractEvents[family].terminate, when: 'once the contract is terminated' }]
  }
  if (kind === 'insurance-apply' || kind === 'papay-apply') {
    const where = 'to `transaction_notify_url`, once the deduction settles'
    return [
      { type: 'TRANSACTION.SUCCESS', when: `paid, ${where}` },
      { type: 'TRANSACTION.FAIL', when: `failed, ${where}` },
    ]
  }
  if (kind === 'insurance-renew') return [{ type: 'INSURANCE_ENTRUST.RENEW', when: 'once the renewal is accepted' }]
  return []
}

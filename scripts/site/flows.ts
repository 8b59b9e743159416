// What each kind of call needs before it can run against the simulator, as steps of a snippet: the
// contract to sign first (and with which pre-sign), what to schedule or deduct, how far to move the
// simulated clock, and the value the snippet prints. Windows are in Beijing time (spec §5.7–§5.10).
import { Code, type ExampleOptions } from './examples.js'
import type { Kind } from './kinds.js'

/** The pre-sign that signs a contract of each family in a snippet. */
export const SIGNERS = {
  insurance: 'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program',
  papay: 'POST /v3/papay/sign/contracts/pre-entrust-sign',
  scheduled: 'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program',
  'papay-partner': 'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program',
  'password-exempt': 'POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program',
} as const
export type Signer = keyof typeof SIGNERS

/** A step of a snippet: a comment, a call of a catalog endpoint, or a line of code. */
export type Step = { say: string } | { call: string; options?: ExampleOptions } | { code: string }

export interface Flow {
  /** Runs on a ManualClock at 2026-12-01 10:00 Beijing time. */
  clock?: boolean
  mode?: 'certificate'
  /** The contract signed first, and how its pre-sign differs from the example. */
  signer?: Signer
  signerOptions?: ExampleOptions
  steps?: Step[]
  /** How the call itself differs from the page's example. */
  options?: ExampleOptions
  /** What the snippet prints, and what that is. */
  print: string
  prints: string
}

export const CONTRACT_ID = new Code('contract_id')
const contract = { values: { contract_id: CONTRACT_ID } }
const merchant = new Code('sim.merchant.mchid')
const NO_SCHEDULE: ExampleOptions = { omit: ['deduct_schedule'] }

const INSURANCE_SCHEDULE =
  'POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule'
const scheduleInsurance: Step[] = [
  { say: 'schedule the period due tomorrow' },
  { call: INSURANCE_SCHEDULE, options: contract },
]
const nextDay: Step = { code: 'await clock.advance(24 * 3_600_000) // the next day, 10:00 Beijing time' }
const deductInsurance: Step[] = [
  ...scheduleInsurance,
  nextDay,
  { say: 'deduct it; once paid, the plan has run out and can be renewed' },
  { call: 'POST /v3/papay/insurance-pay/transactions/apply', options: contract },
  { code: 'await clock.advance(1_000) // the deduction settles' },
]
const scheduleDeduction = (partner: boolean): Step[] => [
  { say: 'schedule the deduction due tomorrow' },
  {
    call: `POST /v3/papay/pay${partner ? '/partner' : ''}/schedules/contract-id/{contract_id}/schedule`,
    options: contract,
  },
]

function insurance(kind: Kind): Flow | undefined {
  const flows: Partial<Record<Kind, Flow>> = {
    'insurance-periods': { print: 'data.data?.[0]?.policy_period_state', prints: 'NO_SCHEDULED' },
    'insurance-modify': { print: 'data.policy_periods?.[0]?.estimated_deduct_amount.total', prints: '800' },
    'insurance-schedule': { print: 'data.policy_period_state', prints: 'SCHEDULED' },
    'insurance-schedule-query': { steps: scheduleInsurance, print: 'data.policy_period_state', prints: 'SCHEDULED' },
    'insurance-apply': { steps: [...scheduleInsurance, nextDay], print: 'data.amount.total', prints: '1000' },
    'insurance-renew': {
      signerOptions: { include: ['can_auto_insure'] },
      steps: deductInsurance,
      print: 'status',
      prints: '204',
    },
  }
  const flow = flows[kind]
  return flow && { signer: 'insurance', options: contract, ...flow }
}

function papay(kind: Kind, partner: boolean): Flow | undefined {
  const scheduled: Signer = partner ? 'papay-partner' : 'scheduled'
  const plain: Pick<Flow, 'signer' | 'signerOptions'> = partner
    ? { signer: 'papay-partner', signerOptions: NO_SCHEDULE }
    : { signer: 'papay' }
  const notice = { ...plain, options: { values: { ...contract.values, mchid: merchant, sp_mchid: merchant } } }
  const flows: Partial<Record<Kind, Flow>> = {
    'scheduled-schedule': { signer: scheduled, options: contract, print: 'data.schedule_state', prints: 'SCHEDULED' },
    'scheduled-query': {
      signer: scheduled,
      steps: scheduleDeduction(partner),
      options: contract,
      print: 'data.schedule_state',
      prints: 'SCHEDULED',
    },
    'papay-apply': { ...plain, options: contract, print: 'data.out_trade_no', prints: 'T20261201001' },
    notice: { ...notice, print: 'status', prints: '204' },
    'fail-notice': { ...notice, print: 'status', prints: '204' },
  }
  return flows[kind]
}

/** The flow of an endpoint's snippet, by its kind, contract family and role. */
export function flowOf(kind: Kind, family: string | undefined, partner: boolean): Flow {
  if (kind === 'presign') return { print: 'contract.contract_state', prints: 'SIGNED' }
  if (kind === 'certificates') return { mode: 'certificate', print: 'data.data.length', prints: '1' }
  const signer = family as Signer
  if (kind === 'contract-query') return { signer, print: 'data.contract_state', prints: 'SIGNED' }
  if (kind === 'contract-terminate') {
    return { signer, print: 'sim.contracts()[0].contract_state', prints: 'TERMINATED' }
  }
  const flow = insurance(kind) ?? papay(kind, partner)
  if (!flow) throw new Error(`no snippet flow for ${kind}`)
  return { ...flow, clock: true }
}

// Insurance periods (spec §5.7 #28, §5.8): list them; schedule one on a schedulable day (estimated
// date −1 … +28) in [08:00, 19:30) Beijing time for exactly its estimated amount, once, which voids
// the schedule of any earlier period; query it; deduct it in its window (the day after scheduling
// … estimated date +29) in [08:00, 20:00), for exactly the scheduled amount.
import { addDays, beijingDate, type DailyWindow } from '../beijing.js'
import { refuse } from '../refusals.js'
import type { Contract } from '../state/contracts.js'
import { type PolicyPeriod, periodState, schedulableDays } from '../state/policy-periods.js'
import { money, outcomeView, windowView } from '../state/schedules.js'
import { type Call, type Handler, nowOf, ownContract, requireAmount, requireWindow, signedContract } from './call.js'
import { contractByCode } from './contracts.js'
import { SCHEDULE_WINDOW } from './scheduled.js'
import { acceptDeduction } from './settle.js'

export const DEDUCT_WINDOW: DailyWindow = ['08:00', '20:00']
const PAGE_SIZE = 20

function periodOf(contract: Contract, id: number): PolicyPeriod {
  const period = contract.insurance!.periods.find((p) => p.policy_period_id === id)
  if (!period) refuse('periodNotFound', `contract ${contract.contract_id} has no policy period ${id}`)
  return period!
}

/** A period as the schedule and query calls answer it: the window once SCHEDULED or PAID. */
function periodView(period: PolicyPeriod, now: number): object {
  const state = periodState(period, now)
  return {
    policy_period_id: period.policy_period_id,
    policy_period_state: state,
    ...(state === 'SCHEDULED' || state === 'PAID' ? windowView(period) : {}),
    ...outcomeView(period),
  }
}

/** `GET …/policy_periods/plan-id/{plan_id}/out-contract-code/{code}?limit=&offset=` (spec §5.7 #28). */
export const listPeriods: Handler = (call) => {
  const contract = contractByCode(call, 'insurance')
  if (contract.contract_state === 'SIGN_FAILED') refuse('contractNotFound', 'the user did not complete the signing')
  const limit = call.params.limit === undefined ? PAGE_SIZE : Number(call.params.limit)
  const offset = call.params.offset === undefined ? 0 : Number(call.params.offset)
  const now = nowOf(call)
  const periods = contract.insurance!.periods
  return {
    data: periods.slice(offset, offset + limit).map((period) => ({
      policy_period_id: period.policy_period_id,
      estimated_deduct_date: period.estimated_deduct_date,
      estimated_deduct_amount: money(period.estimatedAmount),
      policy_period_state: periodState(period, now),
      ...outcomeView(period),
    })),
    limit,
    offset,
    total_count: periods.length,
  }
}

/** `POST …/policy-periods/contract-id/{contract_id}/policy-period-id/{id}/schedule` (spec §5.8 #30). */
export const schedulePeriod: Handler = (call) => {
  const contract = signedContract(call, ['insurance'])
  const period = periodOf(contract, Number(call.params.policy_period_id))
  const now = nowOf(call)
  const state = periodState(period, now)
  if (state !== 'NO_SCHEDULED') refuse('scheduleOnce', `period ${period.policy_period_id} is ${state}`)
  const today = beijingDate(now)
  const [first, last] = schedulableDays(period)
  if (today < first || today > last) {
    refuse(
      'scheduleDay',
      `today is ${today}; period ${period.policy_period_id} is schedulable from ${first} to ${last}`,
    )
  }
  requireWindow(now, SCHEDULE_WINDOW, 'scheduleTime')
  const amount: number = call.body.scheduled_amount.total
  requireAmount('scheduleAmount', period.estimatedAmount, amount, '/scheduled_amount/total')
  // Scheduling a later period voids the schedule of an earlier one (no deduction, no notice to the user).
  for (const earlier of contract.insurance!.periods) {
    if (earlier.policy_period_id < period.policy_period_id && periodState(earlier, now) === 'SCHEDULED') {
      earlier.voided = true
    }
  }
  Object.assign(period, {
    scheduledAt: now,
    scheduledAmount: amount,
    deductStart: addDays(today, 1),
    deductEnd: addDays(period.estimated_deduct_date, 29),
  })
  return periodView(period, now)
}

/** `GET …/policy-periods/contract-id/{contract_id}/policy-period-id/{id}` (spec §5.8 #31). */
export const queryPeriod: Handler = (call) => {
  const contract = ownContract(call, ['insurance'])
  return periodView(periodOf(contract, Number(call.params.policy_period_id)), nowOf(call))
}

/** `POST /v3/papay/insurance-pay/transactions/apply` (spec §5.8 #32). */
export const applyInsurance: Handler = (call: Call) => {
  const contract = signedContract(call, ['insurance'])
  const period = periodOf(contract, call.body.policy_period_id)
  const now = nowOf(call)
  requireWindow(now, DEDUCT_WINDOW, 'applyTime')
  const state = periodState(period, now)
  if (state !== 'SCHEDULED') refuse('applyNotScheduled', `period ${period.policy_period_id} is ${state}`)
  const today = beijingDate(now)
  if (today < period.deductStart!) {
    refuse(
      'applyWindow',
      `today is ${today}; period ${period.policy_period_id} is deductible from ${period.deductStart}`,
    )
  }
  const amount: number = call.body.amount.total
  requireAmount('applyAmount', period.scheduledAmount!, amount, '/amount/total')
  if (call.world.deductions.inFlight(contract.contract_id, period.policy_period_id)) {
    refuse('applyInProgress', `a deduction of period ${period.policy_period_id} is being processed`)
  }
  return acceptDeduction({ call, contract, amount, policy_period_id: period.policy_period_id })
}

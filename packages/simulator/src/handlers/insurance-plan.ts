// Changing an insurance plan. Modify (spec §5.7 #29): lower the amount of periods not yet paid, one
// new amount per request, in [08:00, 19:00) Beijing time until 19:00 of the last schedulable day,
// once a day and three times in all. Renew (spec §5.7 #27): a TO_BE_RENEWED contract whose pre-sign
// allowed it gets 1–12 new periods at the plan's frequency, amounts within 50 % of the last one,
// once per expiry, within the frequency's window; INSURANCE_ENTRUST.RENEW tells the merchant.
import { addDays, beijingDate, beijingInstant, type DailyWindow, daysBetween } from '../beijing.js'
import { refuse } from '../refusals.js'
import type { Contract } from '../state/contracts.js'
import {
  frequencyOf,
  type InsurancePlan,
  lastPeriod,
  type PolicyPeriod,
  periodState,
  schedulableDays,
  toPeriod,
} from '../state/policy-periods.js'
import { money } from '../state/schedules.js'
import { contractView, displayedState } from '../state/views.js'
import { type Handler, nowOf, requireWindow, signedContract } from './call.js'

export const MODIFY_WINDOW: DailyWindow = ['08:00', '19:00']
export const RENEW_WINDOW: DailyWindow = MODIFY_WINDOW
const MODIFICATIONS_IN_ALL = 3

interface Planned {
  policy_period_id: number
  estimated_deduct_date: string
  estimated_deduct_amount: { total: number }
}

const listView = (plan: InsurancePlan) =>
  plan.periods.map((period) => ({
    policy_period_id: period.policy_period_id,
    estimated_deduct_date: period.estimated_deduct_date,
    estimated_deduct_amount: money(period.estimatedAmount),
  }))

function requireModifiable(plan: InsurancePlan, now: number): void {
  requireWindow(now, MODIFY_WINDOW, 'modifyTime')
  const deadline = beijingInstant(schedulableDays(lastPeriod(plan))[1], '19:00')
  if (now >= deadline) refuse('modifyDeadline', `the last period's last schedulable day was ${beijingDate(deadline)}`)
  const today = beijingDate(now)
  if (plan.modifications.some((at) => beijingDate(at) === today)) refuse('modifyDaily', `already modified on ${today}`)
  if (plan.modifications.length >= MODIFICATIONS_IN_ALL) {
    refuse('modifyTotal', `modified ${plan.modifications.length} times already`)
  }
}

/** The periods whose amount the request lowers, checked against the rules; everything else must stay. */
function loweredPeriods(plan: InsurancePlan, wanted: Planned[], now: number): PolicyPeriod[] {
  const change = (detail: string): never => refuse('modifyChange', detail)
  if (wanted.length !== plan.periods.length)
    change(`the list has ${wanted.length} periods; the plan has ${plan.periods.length}`)
  const lowered = plan.periods.filter((period) => {
    const asked = wanted.find((p) => p.policy_period_id === period.policy_period_id)
    if (!asked || asked.estimated_deduct_date !== period.estimated_deduct_date) {
      change(`period ${period.policy_period_id} must keep its id and date ${period.estimated_deduct_date}`)
    }
    const total = asked!.estimated_deduct_amount.total
    if (total > period.estimatedAmount) change(`period ${period.policy_period_id} may not be raised to ${total}`)
    if (total === period.estimatedAmount) return false
    const state = periodState(period, now)
    if (state !== 'NO_SCHEDULED' && state !== 'SCHEDULED') change(`period ${period.policy_period_id} is ${state}`)
    return true
  })
  const amounts = new Set(
    lowered.map((p) => wanted.find((w) => w.policy_period_id === p.policy_period_id)!.estimated_deduct_amount.total),
  )
  if (amounts.size > 1) change(`one new amount per request; this one has ${[...amounts].join(', ')}`)
  return lowered
}

/** First-period discount: only once the first period is done, the later amounts above the first. */
function requireDiscountKept(plan: InsurancePlan, newAmount: number, now: number): void {
  if (!plan.firstDiscount) return
  const [first] = plan.periods
  const state = periodState(first, now)
  if (state !== 'PAID' && state !== 'EXPIRED') refuse('modifyDiscount', `the first period is ${state}`)
  if (newAmount <= first.estimatedAmount) {
    refuse('modifyDiscount', `${newAmount} fen is not above the first period's ${first.estimatedAmount}`)
  }
}

/** `POST …/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify` (spec §5.7 #29). */
export const modifyPlan: Handler = (call) => {
  const contract = signedContract(call, ['insurance'])
  const plan = contract.insurance!
  const now = nowOf(call)
  requireModifiable(plan, now)
  const wanted: Planned[] | undefined = call.body.policy_periods
  if (!wanted) return { policy_periods: listView(plan) }
  const lowered = loweredPeriods(plan, wanted, now)
  if (lowered.length === 0) refuse('modifyChange', 'no amount was lowered')
  const amount = wanted.find((w) => w.policy_period_id === lowered[0].policy_period_id)!.estimated_deduct_amount.total
  requireDiscountKept(plan, amount, now)
  const scheduled = lowered.find((period) => periodState(period, now) === 'SCHEDULED')
  if (scheduled && call.body.allow_cancel_scheduled !== true) {
    refuse('modifyScheduled', `period ${scheduled.policy_period_id} is SCHEDULED; pass allow_cancel_scheduled: true`)
  }
  for (const period of lowered) period.estimatedAmount = amount
  // A lowered SCHEDULED period loses its schedule: it must be scheduled again.
  if (scheduled) {
    for (const field of ['scheduledAt', 'scheduledAmount', 'deductStart', 'deductEnd'] as const) delete scheduled[field]
  }
  plan.modifications.push(now)
  return {
    policy_periods: listView(plan),
    ...(scheduled ? { cancel_scheduled_policy_period_id: scheduled.policy_period_id } : {}),
  }
}

function requireRenewable(contract: Contract, now: number): void {
  const plan = contract.insurance!
  if (!plan.renewable) refuse('renewNotAllowed', 'the pre-sign set neither can_auto_insure nor can_auto_reinsure')
  const last = lastPeriod(plan)
  const state = displayedState(contract, now)
  if (state !== 'TO_BE_RENEWED') {
    const renewed = plan.renewedAfter !== undefined ? `; renewed once already after period ${plan.renewedAfter}` : ''
    refuse(
      'renewState',
      `the contract is ${state} until period ${last.policy_period_id} (${last.estimated_deduct_date}) is done${renewed}`,
    )
  }
  const frequency = frequencyOf(plan)
  const days = daysBetween(last.estimated_deduct_date, beijingDate(now))
  const [from, to] = frequency.renewal
  if (days < from || days > to) {
    refuse(
      'renewWindow',
      `it is day ${days} after the last estimated date; a ${frequency.name}ly plan renews on days ${from}–${to}`,
    )
  }
  requireWindow(now, RENEW_WINDOW, 'renewWindow')
  if (!plan.periods.some((period) => period.paid)) refuse('renewUnpaid', 'no period of the plan was paid')
}

/** New periods: ids after the last, dates at the plan's frequency, amounts within 50 % of the last one. */
function requireRenewalPeriods(plan: InsurancePlan, wanted: Planned[]): void {
  const bad = (detail: string): never => refuse('renewPeriods', detail)
  const frequency = frequencyOf(plan)
  const last = lastPeriod(plan)
  const sorted = [...wanted].sort((a, b) => a.policy_period_id - b.policy_period_id)
  let previous: { policy_period_id: number; estimated_deduct_date: string } = last
  for (const period of sorted) {
    if (period.policy_period_id <= previous.policy_period_id)
      bad(`policy_period_id ${period.policy_period_id} is not after ${previous.policy_period_id}`)
    const gap = daysBetween(previous.estimated_deduct_date, period.estimated_deduct_date)
    if (gap < frequency.gap[0] || gap > frequency.gap[1]) {
      bad(
        `period ${period.policy_period_id} is ${gap} days after the one before; a ${frequency.name}ly plan needs ${frequency.gap.join('–')}`,
      )
    }
    const total = period.estimated_deduct_amount.total
    if (Math.abs(total - last.estimatedAmount) * 2 > last.estimatedAmount) {
      bad(
        `period ${period.policy_period_id}'s ${total} fen deviates more than 50 % from the last period's ${last.estimatedAmount}`,
      )
    }
    previous = period
  }
}

/** `POST …/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew` (spec §5.7 #27): 204. */
export const renewPlan: Handler = (call) => {
  const contract = signedContract(call, ['insurance'])
  const plan = contract.insurance!
  const now = nowOf(call)
  requireRenewable(contract, now)
  const wanted: Planned[] = call.body.policy_periods
  requireRenewalPeriods(plan, wanted)
  plan.renewedAfter = lastPeriod(plan).policy_period_id
  plan.periods.push(...wanted.map(toPeriod).sort((a, b) => a.policy_period_id - b.policy_period_id))
  const newLast = lastPeriod(plan)
  contract.expiresAt = beijingInstant(addDays(newLast.estimated_deduct_date, frequencyOf(plan).gap[0])) - 1000
  const merchant = call.world.merchants.get(contract.mchid)!
  call.world.notify(merchant, contract.notifyUrl, 'INSURANCE_ENTRUST.RENEW', contractView(contract, now))
  return undefined
}

// An insurance contract's plan: its periods, their windows (spec §5.8: schedulable from the day
// before the estimated date to 28 days after, deductible until 29 days after, 20:00), the
// modifications made (spec §5.7 #29) and the renewals (spec §5.7 #27: a frequency, its window).
import { addDays, beijingInstant, daysBetween } from '../beijing.js'
import { type Schedulable, type ScheduleState, scheduleState } from './schedules.js'

export interface PolicyPeriod extends Schedulable {
  policy_period_id: number
}

export interface InsurancePlan {
  periods: PolicyPeriod[]
  /** The pre-sign allowed renewal (can_auto_insure or can_auto_reinsure). */
  renewable: boolean
  /** The first period was cheaper than the second at signing (首期优惠 or 首期免费). */
  firstDiscount: boolean
  /** Instants of accepted modifications: one a day, three in all. */
  modifications: number[]
  /** The last period id when the plan was last renewed: one renewal per expiry. */
  renewedAfter?: number
}

interface PlannedPeriod {
  policy_period_id: number
  estimated_deduct_date: string
  estimated_deduct_amount: { total: number }
}

export const toPeriod = (planned: PlannedPeriod): PolicyPeriod => ({
  policy_period_id: planned.policy_period_id,
  estimated_deduct_date: planned.estimated_deduct_date,
  estimatedAmount: planned.estimated_deduct_amount.total,
})

/** The plan a pre-sign body describes, periods in id order. */
export function planOf(request: Record<string, any>): InsurancePlan {
  const periods = (request.policy_periods as PlannedPeriod[])
    .map(toPeriod)
    .sort((a, b) => a.policy_period_id - b.policy_period_id)
  return {
    periods,
    renewable: request.can_auto_insure === true || request.can_auto_reinsure === true,
    firstDiscount: periods.length >= 2 && periods[0].estimatedAmount < periods[1].estimatedAmount,
    modifications: [],
  }
}

/** The first and last schedulable days of a period (30 days). */
export const schedulableDays = (period: PolicyPeriod): [string, string] => [
  addDays(period.estimated_deduct_date, -1),
  addDays(period.estimated_deduct_date, 28),
]

/** A scheduled period's deduction window closes at 20:00 on the 29th day after its estimated date. */
export const windowClosesAt = (period: PolicyPeriod): number =>
  beijingInstant(addDays(period.estimated_deduct_date, 29), '20:00')

export const periodState = (period: PolicyPeriod, now: number): ScheduleState =>
  scheduleState(period, now, windowClosesAt(period))

export const lastPeriod = (plan: InsurancePlan): PolicyPeriod => plan.periods[plan.periods.length - 1]

/** How often the plan deducts, read from its dates, with the renewal rules of that frequency. */
export interface Frequency {
  name: 'month' | 'quarter' | 'year'
  /** Days between adjacent periods. */
  gap: readonly [number, number]
  /** Days after the last estimated date in which a renewal is accepted. */
  renewal: readonly [number, number]
}

const FREQUENCIES: readonly Frequency[] = [
  { name: 'month', gap: [28, 31], renewal: [0, 29] },
  { name: 'quarter', gap: [89, 92], renewal: [60, 89] },
  { name: 'year', gap: [365, 366], renewal: [335, 364] },
]

/** The plan's frequency, from the gap between its first two periods (a month when there is one period). */
export function frequencyOf(plan: InsurancePlan): Frequency {
  const [first, second] = plan.periods
  const gap = second ? daysBetween(first.estimated_deduct_date, second.estimated_deduct_date) : 30
  return FREQUENCIES.find((frequency) => gap <= frequency.gap[1] + 15) ?? FREQUENCIES[2]
}

/**
 * The plan has run its course: its last estimated date has come and the last period is not
 * waiting on a deduction. A renewable contract then shows TO_BE_RENEWED.
 */
export function planFinished(plan: InsurancePlan, now: number): boolean {
  const last = lastPeriod(plan)
  return now >= beijingInstant(last.estimated_deduct_date) && periodState(last, now) !== 'SCHEDULED'
}

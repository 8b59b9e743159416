// What insurance periods and scheduled deductions share: a planned date and amount, then a
// schedule, then a payment or an expiry. Their state is derived from these facts and the time,
// never stored, so that nothing has to run when a window closes (spec §2.2, §5.8, §5.9).
import { addDays, beijingDate, beijingInstant } from '../beijing.js'

export type ScheduleState = 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED'

export interface Schedulable {
  estimated_deduct_date: string
  /** The planned amount in fen; an insurance modification lowers it. */
  estimatedAmount: number
  scheduledAt?: number
  scheduledAmount?: number
  /** Deduction may start on this date and end on `deductEnd` (inclusive), both `YYYY-MM-DD`. */
  deductStart?: string
  deductEnd?: string
  /** Scheduling the next insurance period voided this one's schedule. */
  voided?: boolean
  paid?: { at: number; amount: number }
}

/** The state at `now`, given the instant the deduction window closes. */
export function scheduleState(item: Schedulable, now: number, windowClosesAt: number): ScheduleState {
  if (item.paid) return 'PAID'
  if (item.scheduledAt === undefined) return 'NO_SCHEDULED'
  if (item.voided || now >= windowClosesAt) return 'EXPIRED'
  return 'SCHEDULED'
}

export const money = (total: number) => ({ total, currency: 'CNY' })

/** The deduction window of a query answer, once scheduled. */
export const windowView = (item: Schedulable): Record<string, unknown> =>
  item.deductStart ? { deduct_start_date: item.deductStart, deduct_end_date: item.deductEnd } : {}

/** The outcome fields of a query answer: the amounts and the date as they happen. */
export function outcomeView(item: Schedulable): Record<string, unknown> {
  return {
    ...(item.scheduledAmount !== undefined ? { scheduled_amount: money(item.scheduledAmount) } : {}),
    ...(item.paid ? { deduct_amount: money(item.paid.amount), deduct_date: beijingDate(item.paid.at) } : {}),
  }
}

/** The one deduction of a scheduled-deduct (预约扣费) contract, planned at signing (spec §5.9). */
export interface DeductSchedule extends Schedulable {
  description: string
}

export function deductScheduleOf(request: Record<string, any>): DeductSchedule | undefined {
  const planned = request.deduct_schedule
  if (!planned) return undefined
  return {
    estimated_deduct_date: planned.estimated_deduct_date,
    estimatedAmount: planned.estimated_deduct_amount.total,
    description: planned.description,
  }
}

/** A scheduled deduction may run on its estimated date only: the window closes at midnight. */
export const deductScheduleState = (schedule: DeductSchedule, now: number): ScheduleState =>
  scheduleState(schedule, now, beijingInstant(addDays(schedule.estimated_deduct_date, 1)))

/** `deduct_schedule` as the contract query shows it. */
export const deductScheduleView = (schedule: DeductSchedule, now: number) => ({
  estimated_deduct_date: schedule.estimated_deduct_date,
  estimated_deduct_amount: money(schedule.estimatedAmount),
  schedule_state: deductScheduleState(schedule, now),
  ...outcomeView(schedule),
})

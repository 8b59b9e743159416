// Scheduled deduct (预约扣费, spec §5.9), direct and partner: the one deduction planned at signing is
// scheduled on the natural day before its date, in [08:00, 19:30) Beijing time, for exactly the
// planned amount, once; it is deducted on its date; a successful deduction ends the contract
// (SYSTEM_TERMINATE), and so does 08:00 of the next day when it was not paid.
import { addDays, beijingDate, type DailyWindow } from '../beijing.js'
import { refuse } from '../refusals.js'
import type { Contract } from '../state/contracts.js'
import { type DeductSchedule, deductScheduleState, outcomeView, windowView } from '../state/schedules.js'
import { type Call, type Handler, nowOf, ownContract, requireAmount, requireWindow, signedContract } from './call.js'
import { acceptDeduction, armScheduleEnd } from './settle.js'

export const SCHEDULE_WINDOW: DailyWindow = ['08:00', '19:30']

type PapayFamily = 'papay' | 'papay-partner'

const scheduleOf = (contract: Contract): DeductSchedule =>
  contract.schedule ??
  refuse('notScheduledDeduct', `contract ${contract.contract_id} has no deduct_schedule to schedule or deduct`)

const scheduleView = (schedule: DeductSchedule, now: number) => ({
  schedule_state: deductScheduleState(schedule, now),
  ...windowView(schedule),
  ...outcomeView(schedule),
})

/** `POST …/schedules/contract-id/{contract_id}/schedule` (spec §5.9 #33, #35). */
export const scheduleDeduction =
  (family: PapayFamily): Handler =>
  (call) => {
    const contract = signedContract(call, [family])
    const schedule = scheduleOf(contract)
    const now = nowOf(call)
    if (schedule.scheduledAt !== undefined) {
      refuse('scheduleOnce', `contract ${contract.contract_id} was scheduled on ${beijingDate(schedule.scheduledAt)}`)
    }
    const dayBefore = addDays(schedule.estimated_deduct_date, -1)
    if (beijingDate(now) !== dayBefore) {
      refuse('scheduleDayBefore', `today is ${beijingDate(now)}; this contract is scheduled on ${dayBefore}`)
    }
    requireWindow(now, SCHEDULE_WINDOW, 'scheduleTime')
    const amount: number = call.body.schedule_amount.total
    requireAmount('scheduleAmount', schedule.estimatedAmount, amount, '/schedule_amount/total')
    Object.assign(schedule, {
      scheduledAt: now,
      scheduledAmount: amount,
      deductStart: schedule.estimated_deduct_date,
      deductEnd: schedule.estimated_deduct_date,
    })
    armScheduleEnd(call.world, contract)
    return scheduleView(schedule, now)
  }

/** `GET …/schedules/contract-id/{contract_id}` (spec §5.9 #34, #36): readable after the contract ended too. */
export const querySchedule =
  (family: PapayFamily): Handler =>
  (call) =>
    scheduleView(scheduleOf(ownContract(call, [family])), nowOf(call))

/** A deduction of a scheduled-deduct contract: on its day, the scheduled amount; paid, the contract ends. */
export function deductScheduled(call: Call, contract: Contract, amount: number): object {
  const schedule = scheduleOf(contract)
  const now = nowOf(call)
  const state = deductScheduleState(schedule, now)
  if (state !== 'SCHEDULED') refuse('applyNotScheduled', `the schedule of contract ${contract.contract_id} is ${state}`)
  if (beijingDate(now) !== schedule.deductStart) {
    refuse('applyWindow', `today is ${beijingDate(now)}; this contract is deducted on ${schedule.deductStart} only`)
  }
  requireAmount('applyAmount', schedule.scheduledAmount!, amount, '/amount/total')
  if (call.world.deductions.inFlight(contract.contract_id)) {
    refuse('applyInProgress', `a deduction of contract ${contract.contract_id} is being processed`)
  }
  // Paid, the contract ends (settle.ts).
  return acceptDeduction({ call, contract, amount })
}

// Papay deductions (spec §5.9 #37–#39) and the notices to the user (spec §5.10): a deduction of a
// scheduled-deduct contract follows its schedule (scheduled.ts); any other is accepted while the
// contract is signed, for at most the amount of the latest pre-deduction notice. The notices are
// sent in [07:00, 22:00) Beijing time and answer 204.
import type { DailyWindow } from '../beijing.js'
import { refuse } from '../refusals.js'
import { type Handler, nowOf, requireWindow, signedContract } from './call.js'
import { deductScheduled } from './scheduled.js'
import { acceptDeduction } from './settle.js'

export const NOTICE_WINDOW: DailyWindow = ['07:00', '22:00']

type PapayFamily = 'papay' | 'papay-partner'

/** `POST /v3/papay/pay[/partner|/harmony]/transactions/apply`. */
export const applyDeduction =
  (family: PapayFamily): Handler =>
  (call) => {
    const contract = signedContract(call, [family])
    const amount: number = call.body.amount.total
    if (contract.schedule) return deductScheduled(call, contract, amount)
    const notice = contract.notice
    if (notice && amount > notice.amount) {
      refuse('overEstimate', `/amount/total is ${amount} fen; the pre-deduction notice said at most ${notice.amount}`, {
        pointer: '/amount/total',
        value: amount,
      })
    }
    // A success uses the notice up (settle.ts): the next deduction needs a new one.
    return acceptDeduction({ call, contract, amount })
  }

/** `POST /v3/papay|partner-papay/contracts/{contract_id}/notify`: the user is told of a deduction to come. */
export const preDeductionNotice =
  (family: PapayFamily): Handler =>
  (call) => {
    const contract = signedContract(call, [family])
    const now = nowOf(call)
    requireWindow(now, NOTICE_WINDOW, 'noticeTime')
    contract.notice = { at: now, amount: call.body.estimated_amount.amount }
    return undefined
  }

/** `POST /v3/papay|partner-papay/contracts/{contract_id}/fail-notify`: the user is asked to top up. */
export const failureNotice =
  (family: PapayFamily): Handler =>
  (call) => {
    signedContract(call, [family])
    requireWindow(nowOf(call), NOTICE_WINDOW, 'noticeTime')
    return undefined
  }

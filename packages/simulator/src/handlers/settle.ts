// What runs later, derived from the state alone so that a restored simulator can arm it again: a
// deduction settles SETTLE_MS after it was accepted (the wallet decides, the merchant is told, a
// success changes the product's state), and an unpaid scheduled deduction ends its contract at 08:00
// of the day after its date. `armPending` re-arms both for a state read back from a file.
import { addDays, beijingInstant } from '../beijing.js'
import type { Contract } from '../state/contracts.js'
import type { Deduction } from '../state/deductions.js'
import { money } from '../state/schedules.js'
import type { World } from '../state/world.js'
import type { Call } from './call.js'
import { endContract } from './contracts.js'
import { charge, newDeduction, requireNewTradeNo, transactionResource } from './deduct.js'

/** How long an accepted deduction takes to settle: within a second of real time when nobody moves the clock. */
export const SETTLE_MS = 200

interface Acceptance {
  call: Call
  contract: Contract
  amount: number
  policy_period_id?: number
}

/** Accepts a deduction and settles it SETTLE_MS later (settle.ts); answers `{ out_trade_no, amount }`. */
export function acceptDeduction({ call, contract, amount, policy_period_id }: Acceptance): object {
  const { world, merchant, body } = call
  requireNewTradeNo(world, merchant.mchid, body.out_trade_no)
  const deduction = newDeduction(world, contract, body, amount, policy_period_id)
  world.deductions.add(deduction)
  armSettlement(world, deduction)
  return { out_trade_no: deduction.out_trade_no, amount: money(amount) }
}

/** What a paid deduction does to its product: a period paid, a scheduled contract ended, a notice used up. */
function onPaid(world: World, contract: Contract, deduction: Deduction): void {
  const paid = { at: deduction.settledAt!, amount: deduction.amount }
  if (deduction.policy_period_id !== undefined) {
    const period = contract.insurance?.periods.find((p) => p.policy_period_id === deduction.policy_period_id)
    if (period) period.paid = paid
  } else if (contract.schedule) {
    contract.schedule.paid = paid
    endContract(world, contract, 'SYSTEM_TERMINATE', '预约扣费已完成 (the scheduled deduction was paid)')
  } else if (contract.notice?.at === deduction.noticeAt) {
    // The notice covers one deduction cycle: the next deduction needs a new one.
    contract.notice = undefined
  }
}

/** The wallet decides; the merchant is told; a success then changes the product's state. */
export function settle(world: World, deduction: Deduction): void {
  const contract = world.contracts.byId(deduction.contract_id)!
  const paid = charge(world, contract, deduction)
  const merchant = world.merchants.get(contract.mchid)!
  const event = paid ? 'TRANSACTION.SUCCESS' : 'TRANSACTION.FAIL'
  world.notify(merchant, deduction.request.transaction_notify_url, event, transactionResource(contract, deduction))
  if (paid) onPaid(world, contract, deduction)
}

/** Settles the accepted deduction SETTLE_MS after it was accepted. */
export const armSettlement = (world: World, deduction: Deduction): void =>
  world.at(deduction.acceptedAt + SETTLE_MS, () => settle(world, deduction))

/** 08:00 the day after the deduction day: an unpaid scheduled deduction ends its contract. */
export function armScheduleEnd(world: World, contract: Contract): void {
  const terminateAt = beijingInstant(addDays(contract.schedule!.estimated_deduct_date, 1), '08:00')
  world.at(terminateAt, () => {
    if (contract.contract_state !== 'SIGNED' || contract.schedule?.paid) return
    endContract(world, contract, 'SYSTEM_TERMINATE', '预约扣费未在扣费日完成 (the scheduled deduction was not paid)')
  })
}

/** Arms what a state read back from a file still waits for: settlements and the ends of scheduled deductions. */
export function armPending(world: World): void {
  for (const deduction of world.deductions.all()) if (deduction.state === 'ACCEPTED') armSettlement(world, deduction)
  for (const contract of world.contracts.all()) {
    const schedule = contract.schedule
    if (contract.contract_state === 'SIGNED' && schedule?.scheduledAt !== undefined && !schedule.paid) {
      armScheduleEnd(world, contract)
    }
  }
}

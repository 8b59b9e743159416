// The insurance rules that can be checked from the request alone: the pre-sign (spec §4.1 rules 1,
// 5, 6) and the renewal (spec §5.7).
import { sameJson } from '../json.js'
import { type Issue, type ObjectRule, s } from '../schema.js'

interface Period {
  policy_period_id: number
  estimated_deduct_date: string
  estimated_deduct_amount: { total: number }
  policy_coverage_detail?: unknown
}

const DAY_MS = 86_400_000
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS

export const TRADE_FIELDS = ['amount', 'out_trade_no', 'description', 'transaction_notify_url'] as const

/** 签约中支付 (sign and pay) when trade information is given; 纯签约 (sign only) otherwise. */
export const isSignAndPay = (body: Record<string, unknown>) => TRADE_FIELDS.some((key) => body[key] !== undefined)

export const autoFlagsExclusive: ObjectRule = s.rule(
  'can_auto_insure and can_auto_reinsure are not both true',
  (body, pointer, issues) => {
    if (body.can_auto_insure === true && body.can_auto_reinsure === true) {
      issues.push({
        field: `${pointer}/can_auto_reinsure`,
        value: true,
        issue: 'can_auto_insure and can_auto_reinsure cannot both be true',
        fix: 'set at most one of can_auto_insure (自动续保) and can_auto_reinsure (自动重新投保)',
      })
    }
  },
  '§4.1 [PAY insurance product introduction]',
)

// Inferred: no page states it, but a policy cannot end before it starts.
export const policyDatesOrdered: ObjectRule = s.rule(
  'policy_end_date is not before policy_start_date',
  (body, pointer, issues) => {
    if (body.policy_start_date > body.policy_end_date) {
      issues.push({
        field: `${pointer}/policy_end_date`,
        value: body.policy_end_date,
        issue: `is before policy_start_date (${body.policy_start_date})`,
        fix: 'make policy_end_date the same day as policy_start_date or later',
      })
    }
  },
)

const at = (pointer: string, index: number, rest = '') => `${pointer}/policy_periods/${index}${rest}`
const amountsOf = (body: Record<string, any>) =>
  (body.policy_periods as Period[]).map((p) => p.estimated_deduct_amount.total)

/** Inferred: ids are the periods' numbers, so a repeated one cannot be meant. */
export const uniquePeriodIds: ObjectRule = s.rule('each policy_period_id appears once', (body, pointer, issues) => {
  const ids = new Set<number>()
  ;(body.policy_periods as Period[]).forEach((period, index) => {
    if (ids.has(period.policy_period_id)) {
      issues.push({
        field: at(pointer, index, '/policy_period_id'),
        value: period.policy_period_id,
        issue: 'repeats an earlier policy_period_id',
        fix: 'number the periods once each, in order',
      })
    }
    ids.add(period.policy_period_id)
  })
})

/**
 * The deduction-plan modes: fixed (all equal), first-period discount (first < second), first-period
 * free (first = 0, sign-only), first multi-period (first = 2× or 3× second, sign-and-pay, dates
 * ≥ 25 days × periods apart). In every mode the periods from the second on are equal.
 */
export const policyPeriodModes: ObjectRule = s.rule(
  'the amounts follow one mode: fixed, first-period discount, first-period free (sign only) or first multi-period (sign and pay)',
  (body, pointer, issues) => {
    const periods = body.policy_periods as Period[]
    if (periods.length < 2) return
    const amounts = amountsOf(body)
    const second = amounts[1]
    amounts.forEach((total, index) => {
      if (index >= 2 && total !== second) {
        issues.push({
          field: at(pointer, index, '/estimated_deduct_amount/total'),
          value: total,
          issue: `differs from the second period's amount (${second}); periods from the second on must be equal`,
          fix: `set it to ${second}`,
        })
      }
    })
    firstPeriod(body, pointer, issues, amounts[0], second)
  },
  '§4.1 rule 5 [PAY app-sign-and-create-transaction]',
)

function firstPeriod(body: Record<string, any>, pointer: string, issues: Issue[], first: number, second: number) {
  const periods = body.policy_periods as Period[]
  const signAndPay = isSignAndPay(body)
  const firstAmount = at(pointer, 0, '/estimated_deduct_amount/total')
  if (first === 0 && signAndPay) {
    issues.push({
      field: firstAmount,
      value: 0,
      issue: 'a free first period is allowed only for sign-only (纯签约) pre-signs',
      fix: 'remove the trade fields (amount, out_trade_no, …) or charge the first period',
    })
  } else if (first > second) {
    const multiple = first / second
    if (multiple !== 2 && multiple !== 3) {
      issues.push({
        field: firstAmount,
        value: first,
        issue: `is more than the second period (${second}) but not 2× or 3× of it`,
        fix: `use ${second} (fixed), less than ${second} (discount), or ${2 * second} / ${3 * second} (first multi-period)`,
      })
    } else if (!signAndPay) {
      issues.push({
        field: firstAmount,
        value: first,
        issue: 'a first multi-period deduction is allowed only for sign-and-pay (签约中支付) pre-signs',
        fix: 'add the trade fields (amount, out_trade_no, description, transaction_notify_url) or charge one period',
      })
    } else {
      const gap = days(periods[0].estimated_deduct_date, periods[1].estimated_deduct_date)
      if (gap < 25 * multiple) {
        issues.push({
          field: at(pointer, 1, '/estimated_deduct_date'),
          value: periods[1].estimated_deduct_date,
          issue: `is ${gap} days after the first period; a ${multiple}-period first deduction needs at least ${25 * multiple}`,
          fix: `move the second period's date at least ${25 * multiple} days after the first`,
        })
      }
    }
  }
}

/** Inferred from the rule text: the merged count is the first amount's multiple of the second. */
export const combinedCountMatches: ObjectRule = s.rule(
  'combined_deduct_period_count matches the first amount (2× or 3× the second)',
  (body, pointer, issues) => {
    if (body.combined_deduct_period_count === undefined || body.policy_periods.length < 2) return
    const [first, second] = amountsOf(body)
    const multiple = first / second
    if ((multiple === 2 || multiple === 3) && body.combined_deduct_period_count !== multiple) {
      issues.push({
        field: `${pointer}/combined_deduct_period_count`,
        value: body.combined_deduct_period_count,
        issue: `does not match the first amount, which is ${multiple}× the second`,
        fix: `set it to ${multiple}`,
      })
    }
  },
)

/** Coverage detail: every period or none; identical where the mode says so (spec §4.1 rule 6). */
export const coverageDetailConsistent: ObjectRule = s.rule(
  'policy_coverage_detail on every period or none, equal where the mode requires',
  (body, pointer, issues) => {
    const periods = body.policy_periods as Period[]
    const withCoverage = periods.filter((period) => period.policy_coverage_detail !== undefined).length
    if (withCoverage === 0) return
    if (withCoverage < periods.length) {
      const index = periods.findIndex((period) => period.policy_coverage_detail === undefined)
      issues.push({
        field: at(pointer, index, '/policy_coverage_detail'),
        issue: 'is missing while other periods have it',
        fix: 'give every period a policy_coverage_detail, or none',
      })
      return
    }
    const amounts = amountsOf(body)
    const firstMayDiffer = periods.length >= 2 && amounts[0] < amounts[1]
    // Compared as values (keys in any order), never stringified: validation bounded their depth.
    const reference = periods[firstMayDiffer ? 1 : 0].policy_coverage_detail
    periods.forEach((period, index) => {
      if (index > 0 && !sameJson(period.policy_coverage_detail, reference)) {
        issues.push({
          field: at(pointer, index, '/policy_coverage_detail'),
          issue: 'differs from the other periods',
          fix: firstMayDiffer
            ? 'use the same coverage for every period from the second on'
            : 'use the same coverage for every period (only discount and free first periods may differ)',
        })
      }
    })
  },
  '§4.1 rule 6 [PAY app-sign-and-create-transaction]',
)

/** Renewal: the later the period, the later (or the same) its date (spec §5.7 #27). */
export const datesFollowIds: ObjectRule = s.rule(
  'estimated_deduct_date does not decrease as policy_period_id grows',
  (body, pointer, issues) => {
    const order = (body.policy_periods as Period[])
      .map((period, index) => ({ period, index }))
      .sort((a, b) => a.period.policy_period_id - b.period.policy_period_id)
    order.forEach(({ period, index }, position) => {
      const before = order[position - 1]?.period
      if (before && period.estimated_deduct_date < before.estimated_deduct_date) {
        issues.push({
          field: at(pointer, index, '/estimated_deduct_date'),
          value: period.estimated_deduct_date,
          issue: `is before the date of period ${before.policy_period_id} (${before.estimated_deduct_date})`,
          fix: 'give each period a date no earlier than that of the period before it',
        })
      }
    })
  },
  '§5.7 #27 [PAY apply-renew-contract]',
)

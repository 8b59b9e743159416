// Bodies generated from the catalog's own schemas, for property tests: required fields always,
// optional ones sometimes, values within every bound (documented or inferred), patterns, formats and
// enums; then each documented cross-field rule made to hold by its repair (`repairs`, by rule doc).
import type { Schema } from '@wxpay/sdk/protocol'
import fc from 'fast-check'

const ALNUM = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']
const alnum = fc.constantFrom(...ALNUM)
// One- to three-byte UTF-8 only: WeChat Pay refuses astral characters (spec §1.1).
const character = fc.oneof(alnum, fc.constantFrom(' ', '-', '_', '.', '*', '中', '文', '张', '三', '保', '险'))
const DAY_MS = 86_400_000
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10)
const date = fc
  .integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2099, 11, 31) / DAY_MS })
  .map((day) => isoDate(day * DAY_MS))

function stringFor(schema: Extract<Schema, { kind: 'string' }>): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...schema.enum)
  if (schema.format === 'date') return date
  if (schema.format === 'datetime') return date.map((day) => `${day}T10:00:00+08:00`)
  if (schema.format === 'notify-url') {
    return fc.string({ unit: alnum, minLength: 1, maxLength: 40 }).map((p) => `https://merchant.example.com/${p}`)
  }
  const minLength = schema.minLength ?? 0
  const maxLength = Math.min(schema.maxLength ?? 40, 40)
  const text = fc.string({ unit: schema.pattern ? alnum : character, minLength, maxLength })
  return schema.pattern ? text.filter((value) => schema.pattern!.test(value)) : text
}

/** Any value the schema accepts, within all its bounds. */
export function arbitraryFor(schema: Schema): fc.Arbitrary<unknown> {
  switch (schema.kind) {
    case 'string':
      return stringFor(schema)
    case 'int':
      return fc.integer({ min: schema.min ?? -1_000_000, max: schema.max ?? 1_000_000_000 })
    case 'boolean':
      return fc.boolean()
    case 'json':
      return fc.jsonValue().filter((value) => value !== null)
    case 'array': {
      const minLength = schema.minItems ?? 0
      return fc.array(arbitraryFor(schema.items), { minLength, maxLength: Math.max(minLength, schema.maxItems ?? 4) })
    }
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      const required: string[] = []
      for (const [key, declared] of Object.entries(schema.fields as Record<string, any>)) {
        model[key] = arbitraryFor(declared.kind === 'optional' ? declared.inner : declared)
        if (declared.kind !== 'optional') required.push(key)
      }
      return fc.record(model, { requiredKeys: required })
    }
  }
}

type Body = Record<string, any>
interface Period {
  policy_period_id: number
  estimated_deduct_date: string
  estimated_deduct_amount: { total: number }
  policy_coverage_detail?: unknown
}
const TRADE = ['amount', 'out_trade_no', 'description', 'transaction_notify_url']
const addDays = (day: string, count: number) => isoDate(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS)

/** The amounts of one of the four modes of spec §4.1 rule 5, chosen by `seed`. */
function applyMode(body: Body, seed: number): void {
  const periods = body.policy_periods as Period[]
  const signAndPay = TRADE.every((key) => body[key] !== undefined)
  const base = Math.max(2, periods[1]?.estimated_deduct_amount.total ?? 2)
  for (const period of periods) period.estimated_deduct_amount.total = base
  if (periods.length < 2) return
  const first = periods[0].estimated_deduct_amount
  const mode = seed % 4
  if (mode === 1) first.total = base - 1
  else if (mode === 2 && !signAndPay) first.total = 0
  else if (mode === 3 && signAndPay) {
    const multiple = 2 + (seed % 2)
    first.total = multiple * base
    periods[1].estimated_deduct_date = addDays(periods[0].estimated_deduct_date, 25 * multiple + (seed % 10))
  }
}

/** How to make each documented cross-field rule hold, by the rule's doc line. */
export const repairs: Record<string, (body: Body, seed: number) => void> = {
  'can_auto_insure and can_auto_reinsure are not both true': (body) => {
    if (body.can_auto_insure === true) delete body.can_auto_reinsure
  },
  'amount, out_trade_no, description, transaction_notify_url: all or none (签约中支付 needs all trade fields)': (
    body,
  ) => {
    if (!TRADE.every((key) => body[key] !== undefined)) for (const key of TRADE) delete body[key]
  },
  'the amounts follow one mode: fixed, first-period discount, first-period free (sign only) or first multi-period (sign and pay)':
    applyMode,
  'policy_coverage_detail on every period or none, equal where the mode requires': (body) => {
    const periods = body.policy_periods as Period[]
    const detail = periods.find((period) => period.policy_coverage_detail !== undefined)?.policy_coverage_detail
    for (const period of periods) {
      if (detail === undefined) delete period.policy_coverage_detail
      else period.policy_coverage_detail = detail
    }
  },
  'one of sp_openid, sub_openid (JSAPI and mini-program signing need the user)': (body) => {
    body.sp_openid ??= 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'
  },
  'one of openid, sub_openid (the user who signs)': (body) => {
    body.openid ??= 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'
  },
  'estimated_deduct_date does not decrease as policy_period_id grows': (body) => {
    const periods = body.policy_periods as Period[]
    const dates = periods.map((period) => period.estimated_deduct_date).sort()
    const byId = [...periods].sort((a, b) => a.policy_period_id - b.policy_period_id)
    byId.forEach((period, index) => {
      period.estimated_deduct_date = dates[index]
    })
  },
}

type Rule = NonNullable<Extract<Schema, { kind: 'object' }>['rules']>[number]

/** The documented (sourced) rules of an object schema, in the order the schema runs them. */
export const documentedRules = (schema: Schema | undefined): Rule[] =>
  schema?.kind === 'object' ? (schema.rules ?? []).filter((rule) => rule.source !== undefined) : []

/** A request body for the schema: generated, then each documented rule repaired in turn. */
export function bodyFor(request: Schema): fc.Arbitrary<unknown> {
  return fc.tuple(arbitraryFor(request), fc.nat()).map(([body, seed]) => {
    for (const rule of documentedRules(request)) repairs[rule.doc](body as Body, seed)
    return body
  })
}

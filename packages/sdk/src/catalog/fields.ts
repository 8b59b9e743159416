// Field shapes shared by several endpoints and callbacks (spec §2).
import { type Issue, type ObjectRule, type Schema, s } from './schema.js'

const CODE = /^[0-9A-Za-z]+$/
const codeHint = 'digits and letters only ([0-9A-Za-z])'

export const id32 = () => s.string({ minLength: 1, maxLength: 32 })
export const outContractCode = () => s.string({ minLength: 1, maxLength: 32, pattern: CODE, patternHint: codeHint })
export const outTradeNo = () => s.string({ minLength: 1, maxLength: 32, pattern: CODE, patternHint: codeHint })
export const notifyUrl = () => s.string({ minLength: 1, maxLength: 256, format: 'notify-url' })
export const date = () => s.string({ format: 'date' })
export const datetime = () => s.string({ format: 'datetime' })
export const planId = () => s.int({ min: 1 })
/** A field that names a person: an openid, a display name, a merchant-side user id. */
export const personal = (options: Parameters<typeof s.string>[0] = {}) => s.string({ ...options, personal: true })
export const serviceId = () => s.int({ min: 1 })

/** `{ total, currency }` in integer fen (spec §2.1). */
export const amount = (min = 1) =>
  s.object({ total: s.int({ min, fen: true }), currency: s.optional(s.enum(['CNY'] as const)) })

export const terminationMode = () =>
  s.enum([
    'USER_TERMINATE',
    'MCH_API_TERMINATE',
    'WEPAY_WEB_TERMINATE',
    'CUSTOMER_SERVICE_TERMINATE',
    'SYSTEM_TERMINATE',
    'API',
  ] as const)

/** The merchant's reason in a terminate request (string(256), spec §5.6). */
export const terminationRemark = () => s.string({ minLength: 1, maxLength: 256 })

export const terminateInfo = () =>
  s.object({
    contract_termination_mode: terminationMode(),
    contract_terminated_time: s.optional(datetime()),
    contract_termination_remark: s.optional(s.string({ maxLength: 256 })),
  })

export const scheduleState = () => s.enum(['NO_SCHEDULED', 'SCHEDULED', 'PAID', 'EXPIRED'] as const)

/**
 * A contract's `deduct_schedule` as queries and notifications show it (spec §5.6, §6.1); `money` is
 * the amount shape, which differs between query responses and callbacks.
 */
export const deductScheduleState = <M extends Schema>(money: () => M) =>
  s.object({
    estimated_deduct_date: date(),
    estimated_deduct_amount: money(),
    schedule_state: scheduleState(),
    scheduled_amount: s.optional(money()),
    deduct_amount: s.optional(money()),
    deduct_date: s.optional(date()),
  })

/** Every contract_state of this family's contracts (spec §2.2). */
export const contractState = () =>
  s.enum(['SIGNED', 'TERMINATED', 'SIGN_FAILED', 'TO_BE_RENEWED', 'TERMINATE_PENDING'] as const)

/** A rule: when any of `fields` is present, all of them must be. */
export const allOrNone =
  (fields: readonly string[], what: string): ObjectRule =>
  (value, pointer, issues) => {
    const present = fields.filter((key) => value[key] !== undefined)
    if (present.length === 0 || present.length === fields.length) return
    for (const key of fields.filter((field) => value[field] === undefined)) {
      issues.push({
        field: `${pointer}/${key}`,
        issue: `is required when ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} given (${what})`,
        fix: `add ${key}, or remove ${present.join(', ')}`,
      })
    }
  }

/** A rule: at least one of `fields` must be present. */
export const oneOf =
  (fields: readonly string[], why: string): ObjectRule =>
  (value, pointer, issues: Issue[]) => {
    if (fields.some((key) => value[key] !== undefined)) return
    issues.push({
      field: `${pointer}/${fields[0]}`,
      issue: `one of ${fields.join(' or ')} is required (${why})`,
      fix: `add ${fields.join(' or ')}`,
    })
  }

// Field shapes shared by several endpoints and callbacks (spec §2), each with its doc line and the
// source of its bounds. A shape reused with another meaning takes its own doc at the place of use.
import { type Documented, type ObjectRule, type Schema, s } from './schema.js'

const CODE = /^[0-9A-Za-z]+$/
const codeHint = 'digits and letters only ([0-9A-Za-z])'
type StringOptions = Parameters<typeof s.string>[0]

/** An id of WeChat Pay's, string(32): appid, mchid, sub_mchid, contract_id (spec §2.3). */
export const id32 = (doc?: string) => s.string({ minLength: 1, maxLength: 32, source: '§2.3', doc })
export const appid = (doc = 'AppID the merchant is bound to (公众号, 小程序 or App)') => id32(doc)
export const mchid = (doc = 'merchant id (商户号)') => id32(doc)
export const contractId = (doc = 'contract id assigned by WeChat Pay (委托代扣协议ID)') => id32(doc)

export const outContractCode = (
  doc = "the merchant's contract code (商户签约协议号): unique per merchant, never reusable",
) =>
  s.string({
    minLength: 1,
    maxLength: 32,
    pattern: CODE,
    patternHint: codeHint,
    source: '§2.3 [PAY app-sign-and-create-transaction]',
    doc,
  })
export const outTradeNo = (doc = "the merchant's order number (商户订单号): unique per merchant") =>
  s.string({
    minLength: 1,
    maxLength: 32,
    pattern: CODE,
    patternHint: codeHint,
    source: '§2.3 [PAY create-transaction]',
    doc,
  })
export const notifyUrl = (doc = 'HTTPS URL WeChat Pay calls back, without query parameters') =>
  s.string({ minLength: 1, maxLength: 256, format: 'notify-url', source: '§2.3', doc })
export const date = (doc?: string) => s.string({ format: 'date', doc })
export const datetime = (doc?: string) => s.string({ format: 'datetime', doc })
// No documented range: 0 or a negative id is refused by WeChat Pay as unknown, not by a rule we can cite.
export const planId = (doc = 'papay template id (委托代扣模板ID)') => s.int({ min: 1, doc })
export const serviceId = (doc = 'password-exempt service id (免密支付服务ID)') => s.int({ min: 1, doc })
/** A field that names a person: an openid, a display name, a merchant-side user id. */
export const personal = (options: StringOptions = {}) => s.string({ ...options, personal: true })
export const openid = (doc = "the user's openid under the appid", options: StringOptions = {}) =>
  personal({ ...options, doc })

/** A currency code: `CNY`, the only one this family takes (spec §2.1). */
export const currency = () => s.enum(['CNY'] as const, { doc: 'currency, CNY' })

/** `{ total, currency }` in integer fen (spec §2.1); `min` 1 where 0 fen is refused (spec §1.1). */
export const amount = (min = 1, doc = 'amount in fen (分), integer') =>
  s.object(
    {
      total: s.int({ min, fen: true, source: min === 1 ? '§1.1 [SK 排障手册]' : undefined, doc: 'amount in fen (分)' }),
      currency: s.optional(currency()),
    },
    { doc },
  )

export const terminationMode = () =>
  s.enum(
    [
      'USER_TERMINATE',
      'MCH_API_TERMINATE',
      'WEPAY_WEB_TERMINATE',
      'CUSTOMER_SERVICE_TERMINATE',
      'SYSTEM_TERMINATE',
      'API',
    ] as const,
    {
      doc: 'how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system',
    },
  )

/** The merchant's reason in a terminate request (string(256), spec §5.6). */
export const terminationRemark = () =>
  s.string({ minLength: 1, maxLength: 256, source: '§5.6', doc: 'why the merchant terminates the contract' })

export const terminateInfo = () =>
  s.object(
    {
      contract_termination_mode: terminationMode(),
      contract_terminated_time: s.optional(datetime('when the contract ended, RFC 3339')),
      contract_termination_remark: s.optional(s.string({ maxLength: 256, source: '§5.6', doc: 'the reason given' })),
    },
    { doc: 'how and when the contract was terminated; present once it is TERMINATED' },
  )

export const scheduleState = () =>
  s.enum(['NO_SCHEDULED', 'SCHEDULED', 'PAID', 'EXPIRED'] as const, {
    doc: 'NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid)',
  })

/**
 * A contract's `deduct_schedule` as queries and notifications show it (spec §5.6, §6.1); `money` is
 * the amount shape, which differs between query responses and callbacks.
 */
export const deductScheduleState = <M extends Schema>(money: () => M) =>
  s.object(
    {
      estimated_deduct_date: date('the planned deduction date, YYYY-MM-DD'),
      estimated_deduct_amount: money(),
      schedule_state: scheduleState(),
      scheduled_amount: s.optional(money()),
      deduct_amount: s.optional(money()),
      deduct_date: s.optional(date('the date the deduction succeeded, YYYY-MM-DD')),
    },
    { doc: 'the scheduled deduction of a 预约扣费 contract and its state' },
  )

/** Every contract_state of this family's contracts (spec §2.2). */
export const contractState = () =>
  s.enum(['SIGNED', 'TERMINATED', 'SIGN_FAILED', 'TO_BE_RENEWED', 'TERMINATE_PENDING'] as const, {
    doc: 'SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING',
  })

/** A rule: when any of `fields` is present, all of them must be. */
export const allOrNone = (fields: readonly string[], what: string, source?: string): ObjectRule =>
  s.rule(
    `${fields.join(', ')}: all or none (${what})`,
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
    },
    source,
  )

/** A rule: at least one of `fields` must be present. */
export const oneOf = (fields: readonly string[], why: string, source?: string): ObjectRule =>
  s.rule(
    `one of ${fields.join(', ')} (${why})`,
    (value, pointer, issues) => {
      if (fields.some((key) => value[key] !== undefined)) return
      issues.push({
        field: `${pointer}/${fields[0]}`,
        issue: `one of ${fields.join(' or ')} is required (${why})`,
        fix: `add ${fields.join(' or ')}`,
      })
    },
    source,
  )

/** A rule: `field` is given only together with `with` (inferred when no source is cited). */
export const requiresWith = (field: string, required: string, why: string, source?: string): ObjectRule =>
  s.rule(
    `${required} is required when ${field} is given (${why})`,
    (value, pointer, issues) => {
      if (value[field] === undefined || value[required] !== undefined) return
      issues.push({
        field: `${pointer}/${required}`,
        issue: `is required when ${field} is given`,
        fix: `add ${required}, ${why}`,
      })
    },
    source,
  )

export type { Documented }

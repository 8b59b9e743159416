// Field shapes shared by several endpoints and callbacks (spec §2), each with its doc line and, where
// WeChat Pay documents its bounds, their `source`: a bound without one only warns (validate.ts). A
// shape reused with another meaning takes its own doc at the place of use.
import { described, type Fields, type ObjectRule, type OptionalSchema, type Schema, s } from './schema.js'

const CODE = /^[0-9A-Za-z]+$/
const codeHint = 'digits and letters only ([0-9A-Za-z])'
type StringOptions = Parameters<typeof s.string>[0]

/** The family's identifier sizes, stated on every page of spec §4–§5 (spec §2.3). */
const ID_SOURCE = '§2.3 [PAY, every page of §4–§5]'

/** An id of WeChat Pay's, string(32): appid, mchid, sub_mchid (spec §2.3). */
export const id32 = (doc?: string) => s.string({ minLength: 1, maxLength: 32, source: ID_SOURCE, doc })
export const appid = (doc = 'AppID the merchant is bound to (应用ID): an official account, mini-program or App') =>
  id32(doc)
export const mchid = (doc = 'merchant id (商户号)') => id32(doc)
export const spMchid = () => id32("the service provider's merchant id (服务商商户号)")
export const spAppid = () => id32("the service provider's AppID (服务商应用ID)")
export const subMchid = () => id32("the sub-merchant's merchant id (子商户号), for whom the service provider calls")
export const subAppid = () => id32("the sub-merchant's AppID (子商户应用ID)")
export const contractId = (doc = 'contract id assigned by WeChat Pay (委托代扣协议ID)') =>
  s.string({ minLength: 1, maxLength: 32, source: '§2.3 [PAY query-policy-period, 4016724540]', doc })

export const outContractCode = (
  doc = "the merchant's contract code (商户签约协议号): unique per merchant, never reusable",
) =>
  s.string({
    minLength: 1,
    maxLength: 32,
    pattern: CODE,
    patternHint: codeHint,
    source: '§2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign]',
    doc,
  })
export const outTradeNo = (doc = "the merchant's order number (商户订单号): unique per merchant, never reusable") =>
  s.string({
    minLength: 1,
    maxLength: 32,
    pattern: CODE,
    patternHint: codeHint,
    source: '§2.3 [PAY create-transaction]',
    doc,
  })
/** A callback URL: HTTPS, no query (spec §1.8), string(256) (spec §2.3). */
export const notifyUrl = (doc = 'HTTPS URL WeChat Pay calls back, without query parameters') =>
  s.string({
    minLength: 1,
    maxLength: 256,
    format: 'notify-url',
    source: '§2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction]',
    doc,
  })
export const date = (doc?: string) => s.string({ format: 'date', source: '§1.1 [PAY query-policy-period]', doc })
export const datetime = (doc?: string) => s.string({ format: 'datetime', source: '§1.1 [PAY basic-rules]', doc })
// No documented range: 0 or a negative id is refused by WeChat Pay as unknown, not by a rule we can cite.
export const planId = (doc = 'papay template id (委托代扣模板ID)') => s.int({ min: 1, doc })
export const serviceId = (doc = 'password-exempt service id (免密支付服务ID)') => s.int({ min: 1, doc })
/** A field that names a person: an openid, a display name, a merchant-side user id. */
export const personal = (options: StringOptions = {}) => s.string({ ...options, personal: true })
export const openid = (doc = "the user's openid under appid", options: StringOptions = {}) =>
  personal({ ...options, doc })
export const contractDisplayAccount = (source?: string) =>
  personal({
    minLength: 1,
    maxLength: 32,
    source,
    doc: "the user's account name shown on the signing page and in the contract (用户账户展示名称)",
  })
export const outUserCode = (maxLength?: number, source?: string) =>
  personal({
    maxLength,
    source,
    doc: "the merchant's own id of the user (商户侧用户标识); one active contract per user and template",
  })

/** A currency code: the pages show only `CNY` (spec §2.1), so another code warns. */
export const currency = () => s.enum(['CNY'] as const, { open: true, doc: 'currency code (货币类型), CNY' })

/** `{ total, currency }` in integer fen (spec §2.1). */
export const amount = (options: { min?: number; source?: string; doc?: string } = {}) =>
  s.object(
    {
      total: s.int({ min: options.min, fen: true, source: options.source, doc: 'the amount in fen (分), an integer' }),
      currency: s.optional(currency()),
    },
    { doc: options.doc ?? 'an amount in fen (分) and its currency' },
  )
/** What a payment collects: 1 fen at least (spec §1.1). */
export const payAmount = (doc = 'the amount to deduct, in fen (分)') =>
  amount({ min: 1, source: '§1.1 [SK 排障手册]', doc })
/** A planned amount: an insurance period may be free (0); a negative one is inferred wrong and warns. */
export const plannedAmount = (doc = 'the planned deduction amount, in fen (分)') => amount({ min: 0, doc })

const TERMINATION_MODES = [
  'USER_TERMINATE',
  'MCH_API_TERMINATE',
  'WEPAY_WEB_TERMINATE',
  'CUSTOMER_SERVICE_TERMINATE',
  'SYSTEM_TERMINATE',
] as const
const terminationModeDoc =
  'how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system'
/** The five modes, closed where the YAML enumerates them (insurance and HarmonyOS contracts). */
export const terminationMode = () => s.enum(TERMINATION_MODES, { doc: terminationModeDoc })
/** The same where the YAML gives no enum, and in callbacks, where IM adds `API` (spec §9 item 9). */
export const terminationModeOpen = () =>
  s.enum([...TERMINATION_MODES, 'API'] as const, { open: true, doc: terminationModeDoc })

/** The merchant's reason in a terminate request: string(256) (spec §5.6). */
export const terminationRemark = (source?: string) =>
  s.string({ minLength: 1, maxLength: 256, source, doc: 'why the merchant terminates the contract (解约备注)' })

const terminated = <M extends Schema>(mode: M) => ({
  contract_termination_mode: mode,
  contract_termination_remark: s.optional(s.string({ doc: 'the reason given when it was terminated' })),
})
const terminatedTime = () => datetime('when the contract ended, RFC 3339')
const terminateInfoDoc = 'how and when the contract was terminated; present once it is TERMINATED'
/** `contract_terminate_info` with an optional time (password-exempt, callbacks). */
export const terminateInfo = <M extends Schema = ReturnType<typeof terminationModeOpen>>(
  mode: M = terminationModeOpen() as Schema as M,
) =>
  s.object({ ...terminated(mode), contract_terminated_time: s.optional(terminatedTime()) }, { doc: terminateInfoDoc })
/** `contract_terminate_info` as the papay and insurance YAMLs give it: the time required. */
export const terminateInfoTimed = <M extends Schema>(mode: M) =>
  s.object({ ...terminated(mode), contract_terminated_time: terminatedTime() }, { doc: terminateInfoDoc })

const SCHEDULE_STATES = ['NO_SCHEDULED', 'SCHEDULED', 'PAID', 'EXPIRED'] as const
/** The state of a scheduled deduction or an insurance period (spec §2.2; the YAML gives no enum). */
export const scheduleState = (
  doc = 'NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid)',
) => s.enum(SCHEDULE_STATES, { open: true, doc })

/** The amounts and date of a scheduled deduction or insurance period (spec §5.8, §5.9). */
export const deductOutcome = <M extends Schema>(money: () => M) => ({
  scheduled_amount: s.optional(described(money(), 'the amount scheduled, in fen (分)')),
  deduct_amount: s.optional(described(money(), 'the amount actually deducted, in fen (分)')),
  deduct_date: s.optional(date('the date the deduction succeeded, YYYY-MM-DD')),
})
/** The window a scheduled deduction may run in, and its outcome (spec §5.8, §5.9). */
export const deductWindow = () => ({
  deduct_start_date: s.optional(date('first day the deduction may run, YYYY-MM-DD')),
  deduct_end_date: s.optional(date('last day the deduction may run, YYYY-MM-DD')),
  ...deductOutcome(amount),
})

/**
 * A contract's `deduct_schedule` as queries and notifications show it (spec §5.6, §6.1); `money` is
 * the amount shape, which differs between query responses and callbacks.
 */
export const deductScheduleState = <M extends Schema>(money: () => M) =>
  s.object(
    {
      estimated_deduct_date: date('the planned deduction date, YYYY-MM-DD'),
      estimated_deduct_amount: described(money(), 'the planned amount, in fen (分)'),
      schedule_state: scheduleState(),
      ...deductOutcome(money),
    },
    { doc: 'the scheduled deduction of a 预约扣费 contract and its state' },
  )

/** The `deduct_schedule` a 预约扣费 pre-sign plans; scheduling must later use this amount (spec §5.9). */
export const deductSchedule = () =>
  s.object(
    {
      estimated_deduct_date: date('the planned deduction date, YYYY-MM-DD'),
      estimated_deduct_amount: plannedAmount(),
      description: s.string({ minLength: 1, doc: 'what is deducted, shown to the user (商品描述)' }),
    },
    { doc: 'the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type' },
  )

/** `jump_control` of the H5 pre-signs (spec §5.1, §5.2). */
export const jumpControl = () =>
  s.object(
    { jump_appid: s.optional(s.string({ doc: 'AppID of the App the user returns to after signing' })) },
    { doc: 'where the user goes after signing in WeChat (跳转控制); needs the return-to-App permission' },
  )

/** The order of a deduction (spec §5.8); `source` where the endpoint's page documents the sizes. */
export const tradeFields = (source?: string) => ({
  out_trade_no: outTradeNo(),
  description: s.string({
    minLength: 1,
    maxLength: 127,
    source,
    doc: 'what is paid for, shown to the user (商品描述)',
  }),
  transaction_notify_url: notifyUrl(
    'HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters',
  ),
  goods_tag: s.optional(s.string({ maxLength: 32, source, doc: 'discount tag (订单优惠标记) that coupons match' })),
  attach: s.optional(
    s.string({ maxLength: 128, source, doc: 'merchant data echoed in the payment notification (附加数据)' }),
  ),
})

/** What a deduction request answers: accepted, not yet paid (spec §5.8 #32, §5.9). */
export const deductionAccepted = () =>
  s.object({ out_trade_no: outTradeNo(), amount: amount({ doc: 'the amount accepted for deduction' }) })

/** Path parameters that name a contract by template and code (spec §5.6). */
export const contractCodeParams = () => s.object({ plan_id: planId(), out_contract_code: outContractCode() })

/** The pre-sign session id that hands the user to WeChat Pay (spec §4.1). */
export const preEntrustwebId = (doc = 'the pre-sign session id (预签约ID), valid while the session lives') =>
  s.string({ doc })
/** A pre-sign's answer for a jump to the WeChat Pay signing mini-program (spec §4.1, §4.3). */
export const miniProgramHandoff = () =>
  s.object({
    pre_entrustweb_id: preEntrustwebId(),
    redirect_appid: s.string({ doc: 'AppID of the WeChat Pay signing mini-program to navigate to' }),
    redirect_path: s.string({ doc: 'page path in that mini-program' }),
  })
/** A pre-sign's answer as a URL to open (spec §4.2, §5.1). */
export const redirectHandoff = (doc: string) => s.object({ redirect_url: s.string({ doc }) })

/** Every contract_state of an insurance contract (spec §2.2). */
export const contractState = () =>
  s.enum(['SIGNED', 'TERMINATED', 'SIGN_FAILED', 'TO_BE_RENEWED', 'TERMINATE_PENDING'] as const, {
    doc: 'SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING',
  })
/** An entrusted (papay) contract's state: closed in the HarmonyOS YAML, only an example elsewhere (spec §2.2). */
export const entrustState = (open: boolean) =>
  s.enum(['SIGNED', 'TERMINATED', 'SIGN_FAILED', 'TO_BE_RENEWED'] as const, {
    open,
    doc: 'SIGNED, TERMINATED, SIGN_FAILED (signing failed a business rule) or TO_BE_RENEWED',
  })

type AllOptional<F extends Fields> = {
  [K in keyof F]: F[K] extends OptionalSchema<any> ? F[K] : OptionalSchema<Extract<F[K], Schema>>
}
/** The same fields, each optional. */
export function optionalFields<F extends Fields>(fields: F): AllOptional<F> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, schema.kind === 'optional' ? schema : s.optional(schema)]),
  ) as AllOptional<F>
}

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

// Every business refusal of the simulator, as data: the HTTP status and code it answers, the rule it
// enforces in words, and the dossier section it comes from. No source gives a code for any of these
// (spec §7.2, §10), so each is marked inferred; the README's "Where the simulator guesses" lists
// them from this table (npm run docs).
import { ApiError } from './http.js'

export interface Refusal {
  status: number
  code: string
  /** The rule, as the message states it (Chinese as WeChat Pay writes, then English). */
  rule: string
  /** The dossier section the rule comes from. */
  spec: string
  /** No source gives the code: the simulator's guess. */
  inferred: true
}

const INVALID = { status: 400, code: 'INVALID_REQUEST', inferred: true } as const
const PARAM = { status: 400, code: 'PARAM_ERROR', inferred: true } as const
const RULE = { status: 403, code: 'RULE_LIMIT', inferred: true } as const
const MISSING = { status: 404, code: 'RESOURCE_NOT_EXISTS', inferred: true } as const

export const refusals = {
  codeReused: { ...INVALID, rule: '商户协议号已被使用: an out_contract_code is never reusable', spec: '§2.3, §7.2' },
  sessionLive: {
    ...INVALID,
    rule: '预签约会话进行中: one live pre-sign session per out_contract_code',
    spec: '§8 (inferred)',
  },
  tradeNoReused: { ...INVALID, rule: '商户订单号重复: out_trade_no is unique per merchant', spec: '§2.3, §5.8 #32' },
  contractNotFound: { ...MISSING, rule: '签约协议不存在: no such contract of this caller', spec: '§7.2 query' },
  contractNotSigned: {
    ...INVALID,
    rule: '协议状态不正确: only a signed contract can be terminated or deducted',
    spec: '§5.6, §7.2 apply',
  },
  periodNotFound: { ...MISSING, rule: '保险扣费周期不存在: no such policy period', spec: '§5.8 #30' },
  scheduleTime: {
    ...RULE,
    rule: '不在可预约时间段内: scheduling only in [08:00, 19:30) Beijing time',
    spec: '§5.8 #30, §5.9 #33',
  },
  scheduleDay: {
    ...RULE,
    rule: '不在可预约日内: a period is schedulable from the day before its estimated date to 28 days after',
    spec: '§5.8 #30',
  },
  scheduleAmount: {
    ...PARAM,
    rule: '预约金额与预计扣费金额不一致: the scheduled amount equals the estimated amount',
    spec: '§5.8 #30, §5.9 #33',
  },
  scheduleOnce: {
    ...INVALID,
    rule: '该扣费周期已预约: a period or contract is scheduled once',
    spec: '§5.8 #30, §5.9',
  },
  applyTime: {
    ...RULE,
    rule: '不在可扣费时间段内: insurance deductions only in [08:00, 20:00) Beijing time',
    spec: '§5.8 #32',
  },
  applyWindow: {
    ...RULE,
    rule: '不在可扣费期内: a deduction runs from deduct_start_date to deduct_end_date',
    spec: '§5.8 #30, §5.9 #33',
  },
  applyNotScheduled: {
    ...INVALID,
    rule: '扣费周期未预约或已结束: only a SCHEDULED period or schedule can be deducted',
    spec: '§5.8 #32, §5.9',
  },
  applyAmount: {
    ...PARAM,
    rule: '扣费金额与预约金额不一致: the deducted amount equals the scheduled amount',
    spec: '§5.8 #32, §5.9 #33',
  },
  applyInProgress: {
    ...INVALID,
    rule: '扣费处理中: one deduction of a period or schedule at a time',
    spec: '§5.8 #32 (inferred)',
  },
  notScheduledDeduct: {
    ...INVALID,
    rule: '非预约扣费协议: the contract was signed without deduct_schedule',
    spec: '§5.9',
  },
  scheduleDayBefore: {
    ...RULE,
    rule: '不在可预约日: a scheduled deduction is scheduled on the natural day before its estimated date',
    spec: '§5.9 #33',
  },
  noticeTime: {
    ...RULE,
    rule: '不在通知时间段内: notices only in [07:00, 22:00) Beijing time',
    spec: '§5.10',
  },
  overEstimate: {
    ...PARAM,
    rule: '扣费金额超过预扣费通知金额: the deducted amount is at most the notified estimate',
    spec: '§5.10 #40',
  },
  modifyTime: { ...RULE, rule: '不在可修改时间段内: modify only in [08:00, 19:00) Beijing time', spec: '§5.7 #29' },
  modifyDeadline: {
    ...RULE,
    rule: '已过修改期限: modify before 19:00 of the last period’s last schedulable day',
    spec: '§5.7 #29',
  },
  modifyDaily: {
    status: 429,
    code: 'FREQUENCY_LIMITED',
    inferred: true,
    rule: '修改次数超限: one modification per contract per day',
    spec: '§5.7 #29',
  },
  modifyTotal: { ...RULE, rule: '修改次数超限: three modifications per contract in all', spec: '§5.7 #29' },
  modifyChange: {
    ...PARAM,
    rule: '扣费周期列表不符合修改规则: only lower the amount of NO_SCHEDULED or SCHEDULED periods, one new amount',
    spec: '§5.7 #29',
  },
  modifyScheduled: {
    ...INVALID,
    rule: '存在已预约的扣费周期: lowering a SCHEDULED period needs allow_cancel_scheduled',
    spec: '§5.7 #29',
  },
  modifyDiscount: {
    ...RULE,
    rule: '首期优惠模式: modify after the first period, keeping the later amounts above the first',
    spec: '§5.7 #29',
  },
  renewNotAllowed: {
    ...RULE,
    rule: '协议不支持续期: renewal needs can_auto_insure or can_auto_reinsure at signing',
    spec: '§5.7 #27',
  },
  renewState: {
    ...INVALID,
    rule: '协议不是待续期状态: only a TO_BE_RENEWED contract is renewed, once per expiry',
    spec: '§5.7 #27',
  },
  renewWindow: {
    ...RULE,
    rule: '不在续期时间内: renew in the window after the last estimated date, [08:00, 19:00) Beijing time',
    spec: '§5.7 #27',
  },
  renewPeriods: {
    ...PARAM,
    rule: '续期扣费周期不符合规范: ids after the last one, dates at the template frequency, ≤ 50 % amount change',
    spec: '§5.7 #27',
  },
  renewUnpaid: {
    ...RULE,
    rule: '当前保单没有扣费成功的周期: renewal needs at least one paid period',
    spec: '§5.7 #27',
  },
} as const satisfies Record<string, Refusal>

export type RefusalName = keyof typeof refusals

/** Refuses with the rule's status and code; the message names the rule, then what broke it. */
export function refuse(name: RefusalName, detail?: string, field?: { pointer: string; value?: unknown }): never {
  const refusal: Refusal = refusals[name]
  const message = detail ? `${refusal.rule}; ${detail}` : refusal.rule
  throw new ApiError(
    refusal.status,
    refusal.code,
    message,
    field && {
      field: field.pointer,
      ...(field.value !== undefined ? { value: field.value } : {}),
      issue: detail ?? refusal.rule,
      location: 'body',
    },
  )
}

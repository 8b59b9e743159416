// Notification event types of this family (spec §6): the envelope's summary and original_type, and
// the shape of the decrypted resource, from which the typed events come (`EventResource`).
// The password-exempt names are not documented upstream (spec §6.6): these are the simulator's.
// The resource schemas type the events; they are not used to refuse a notification, because WeChat
// Pay adds fields and the sources disagree on some (spec §6.1, §6.7).
import { insuranceContract } from './endpoints/insurance.js'
import { passwordExemptContract } from './endpoints/password-exempt.js'
import {
  contractState,
  datetime,
  deductScheduleState,
  id32,
  outContractCode,
  outTradeNo,
  personal,
  planId,
  terminateInfo,
} from './fields.js'
import { type Infer, type StringSchema, s } from './schema.js'

/** Amounts in callbacks: `{ total }` in the examples, `{ amount }` in one field table (spec §6.1); both in fen. */
const callbackAmount = () =>
  s.object({
    total: s.optional(s.int({ fen: true })),
    amount: s.optional(s.int({ fen: true })),
    currency: s.optional(s.enum(['CNY'] as const)),
  })

/** ENTRUST.*: a direct merchant's fields or a service provider's (spec §6.1). */
const entrustContract = s.object({
  mchid: s.optional(id32()),
  appid: s.optional(id32()),
  openid: s.optional(personal()),
  sp_mchid: s.optional(id32()),
  sp_appid: s.optional(id32()),
  sub_mchid: s.optional(id32()),
  sub_appid: s.optional(id32()),
  sp_openid: s.optional(personal()),
  sub_openid: s.optional(personal()),
  contract_id: id32(),
  plan_id: planId(),
  out_contract_code: outContractCode(),
  contract_display_account: personal(),
  contract_state: contractState(),
  contract_signed_time: datetime(),
  contract_expired_time: datetime(),
  contract_terminate_info: s.optional(terminateInfo()),
  out_user_code: s.optional(personal()),
  deduct_schedule: s.optional(deductScheduleState(callbackAmount)),
})

/** TRANSACTION.*: the deduction's transaction, trade_type PAP (spec §6.3). */
const transaction = <T extends string>(tradeState: StringSchema<T>) =>
  s.object({
    appid: s.optional(id32()),
    mchid: s.optional(id32()),
    sp_appid: s.optional(id32()),
    sp_mchid: s.optional(id32()),
    sub_appid: s.optional(id32()),
    sub_mchid: s.optional(id32()),
    out_trade_no: outTradeNo(),
    transaction_id: s.string(),
    trade_type: s.enum(['PAP'] as const),
    trade_state: tradeState,
    trade_state_desc: s.optional(s.string()),
    bank_type: s.optional(s.string()),
    attach: s.optional(s.string()),
    success_time: s.optional(datetime()),
    payer: s.optional(
      s.object({
        openid: s.optional(personal()),
        sp_openid: s.optional(personal()),
        sub_openid: s.optional(personal()),
      }),
    ),
    amount: s.object({
      total: s.int({ fen: true }),
      payer_total: s.optional(s.int({ fen: true })),
      currency: s.optional(s.string()),
      payer_currency: s.optional(s.string()),
    }),
    promotion_detail: s.optional(s.array(s.json())),
  })

export const events = {
  // INSURANCE_ENTRUST.*: the contract as the contract query returns it (spec §6.2).
  'INSURANCE_ENTRUST.SIGN': {
    summary: '保险委托代扣签约通知',
    originalType: 'insurance_entrust',
    resource: insuranceContract,
  },
  'INSURANCE_ENTRUST.TERMINATE': {
    summary: '保险委托代扣解约通知',
    originalType: 'insurance_entrust',
    resource: insuranceContract,
  },
  'INSURANCE_ENTRUST.RENEW': {
    summary: '保险委托代扣续期完成通知',
    originalType: 'insurance_entrust',
    resource: insuranceContract,
  },
  'ENTRUST.SIGN': { summary: '委托代扣签约通知', originalType: 'entrust', resource: entrustContract },
  'ENTRUST.TERMINATE': { summary: '委托代扣解约通知', originalType: 'entrust', resource: entrustContract },
  'TRANSACTION.SUCCESS': {
    summary: '支付成功',
    originalType: 'transaction',
    resource: transaction(s.enum(['SUCCESS'] as const)),
  },
  'TRANSACTION.FAIL': { summary: '支付失败', originalType: 'transaction', resource: transaction(s.string()) },
  // PASSWORD_EXEMPT_CONTRACT.*: modelled on the contract query, as spec §6.6 recommends.
  'PASSWORD_EXEMPT_CONTRACT.SIGN': {
    summary: '免密支付签约通知',
    originalType: 'password_exempt_contract',
    resource: passwordExemptContract,
  },
  'PASSWORD_EXEMPT_CONTRACT.TERMINATE': {
    summary: '免密支付解约通知',
    originalType: 'password_exempt_contract',
    resource: passwordExemptContract,
  },
} as const

export type EventType = keyof typeof events

/** The decrypted resource of an event type. */
export type EventResource<E extends EventType> = Infer<(typeof events)[E]['resource']>

/** The sign and terminate events of each contract family. */
export const contractEvents = {
  insurance: { sign: 'INSURANCE_ENTRUST.SIGN', terminate: 'INSURANCE_ENTRUST.TERMINATE' },
  'papay-partner': { sign: 'ENTRUST.SIGN', terminate: 'ENTRUST.TERMINATE' },
  'password-exempt': { sign: 'PASSWORD_EXEMPT_CONTRACT.SIGN', terminate: 'PASSWORD_EXEMPT_CONTRACT.TERMINATE' },
} as const satisfies Record<string, { sign: EventType; terminate: EventType }>

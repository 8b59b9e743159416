// Notification event types of this family (spec §6): what each is for, the envelope's summary and
// original_type, and the shape of the decrypted resource, from which the typed events come
// (`EventResource`). Field facts are from the dossier and the pages it cites ([JSW] and [IM]
// webhook/v3/<EVENT>.md, the official pages); the doc lines are ours.
// The resource schemas type the events; they are never used to refuse a notification, because
// WeChat Pay adds fields and the sources disagree on some (spec §6.1, §6.7, §9).

import type { EventResources } from '../generated/catalog-types.js'
import { passwordExemptContract } from './endpoints/password-exempt.js'
import {
  appid,
  contractId,
  contractState,
  currency,
  datetime,
  deductScheduleState,
  mchid,
  openid,
  outContractCode,
  outTradeNo,
  personal,
  planId,
  terminateInfo,
  terminationMode,
} from './fields.js'
import { described, type Fields, type ObjectSchema, type StringSchema, s } from './schema.js'

/** `schema` with other doc lines for the fields named in `docs`: a shared shape, read in a callback. */
function redoc<F extends Fields>(
  schema: ObjectSchema<F>,
  doc: string,
  docs: { readonly [K in keyof F]?: string },
): ObjectSchema<F> {
  const fields = Object.fromEntries(
    Object.entries(schema.fields).map(([key, field]) => {
      const line = docs[key]
      if (line === undefined) return [key, field]
      return [key, field.kind === 'optional' ? s.optional(described(field.inner, line)) : described(field, line)]
    }),
  ) as F
  return { ...schema, fields, doc }
}

/** Amounts in callbacks: `{ total }` in the examples, `{ amount }` in one field table (spec §6.1, §9 item 10). */
const callbackAmount = () =>
  s.object(
    {
      total: s.optional(s.int({ fen: true, doc: 'amount in fen (分), as the examples and the APIs name it' })),
      amount: s.optional(s.int({ fen: true, doc: 'amount in fen (分), as one field table names it instead of total' })),
      currency: s.optional(currency()),
    },
    { doc: 'an amount in fen: `{ total }` or `{ amount }`, the sources disagree (spec §9 item 10)' },
  )

const deductSchedule = redoc(
  deductScheduleState(callbackAmount),
  'the scheduled deduction (预约扣费); present only for contracts of a scheduled-deduct template',
  {
    estimated_deduct_amount: 'the amount planned at signing (预计扣费金额)',
    scheduled_amount: 'the amount scheduled (已预约金额), once SCHEDULED or PAID',
    deduct_amount: 'the amount deducted (实际扣费金额), once PAID',
  },
)

// Who the contract or payment belongs to: a direct merchant (普通商户) or a service provider (服务商)
// acting for a sub-merchant (spec §6.1, §6.3).
const directMerchant = {
  mchid: mchid('merchant id (商户号) the contract belongs to'),
  appid: appid('AppID the contract was signed under'),
}
const partnerMerchant = {
  sp_mchid: s.optional(mchid('service provider merchant id (服务商商户号); partners only')),
  sp_appid: s.optional(appid("the service provider's AppID; partners only")),
  sub_mchid: s.optional(mchid('sub-merchant id (子商户号); partners only')),
  sub_appid: s.optional(appid("the sub-merchant's AppID, when the user signed under it")),
}
const partnerUser = {
  sp_openid: s.optional(openid("the user's openid under sp_appid")),
  sub_openid: s.optional(openid("the user's openid under sub_appid")),
}
const userOpenid = () => openid("the user's openid under appid")
const displayAccount = () =>
  personal({ doc: 'the account name shown to the user, given by the merchant at signing (签约用户名称)' })
const outUserCode = () => personal({ doc: "the merchant's own id of the user, given at signing (商户侧用户标识)" })

const contractKey = {
  contract_id: contractId(),
  plan_id: planId(),
  out_contract_code: outContractCode(),
}
const contractTerm = {
  contract_state: contractState(),
  contract_signed_time: datetime('when the contract was signed, RFC 3339'),
  contract_expired_time: datetime('when the contract expires, RFC 3339'),
  contract_terminate_info: s.optional(terminateInfo()),
}

/** ENTRUST.SIGN / .TERMINATE: a direct merchant's fields or a service provider's (spec §6.1). */
const entrustContract = s.object(
  {
    mchid: s.optional(directMerchant.mchid),
    appid: s.optional(directMerchant.appid),
    openid: s.optional(userOpenid()),
    ...partnerMerchant,
    ...partnerUser,
    ...contractKey,
    ...contractTerm,
    contract_display_account: displayAccount(),
    out_user_code: s.optional(outUserCode()),
    deduct_schedule: s.optional(deductSchedule),
  },
  { doc: 'an entrusted-deduction contract (委托代扣协议), direct (mchid, appid, openid) or partner (sp_*, sub_*)' },
)

/** INSURANCE_ENTRUST.*: the insurance contract (spec §6.2). */
const insuranceEntrust = s.object(
  {
    ...directMerchant,
    openid: userOpenid(),
    ...contractKey,
    ...contractTerm,
    insured_display_name: personal({ doc: "the insured person's name as shown to the user (被保人展示名称)" }),
    out_user_code: s.optional(outUserCode()),
  },
  { doc: 'an insurance papay contract (保险委托代扣协议)' },
)

/** TRANSACTION.*: the deduction's transaction (spec §6.3). */
const transaction = <T extends string>(tradeState: StringSchema<T>) => ({
  appid: s.optional(appid("the direct merchant's AppID")),
  mchid: s.optional(mchid('merchant id (商户号) of a direct merchant')),
  ...partnerMerchant,
  out_trade_no: outTradeNo(),
  transaction_id: s.string({ doc: 'the WeChat Pay order number (微信支付订单号)' }),
  trade_type: s.enum(['PAP'] as const, { doc: 'PAP: an entrusted deduction (委托代扣)' }),
  trade_state: tradeState,
  trade_state_desc: s.optional(
    s.string({ doc: 'the order state in words (交易状态描述), e.g. why a deduction failed' }),
  ),
  bank_type: s.optional(s.string({ doc: 'what paid (付款银行): a bank code such as CMC, or the balance' })),
  attach: s.optional(s.string({ doc: "the merchant's attach data from the deduction request, as given (附加数据)" })),
  success_time: s.optional(datetime('when the payment succeeded, RFC 3339')),
  payer: s.optional(s.object({ openid: s.optional(userOpenid()), ...partnerUser }, { doc: 'the user who paid' })),
  amount: s.object(
    {
      total: s.int({ fen: true, doc: 'the order amount in fen (订单金额)' }),
      payer_total: s.optional(s.int({ fen: true, doc: 'what the user paid, in fen, after discounts (用户支付金额)' })),
      currency: s.optional(s.string({ doc: 'the order currency, CNY' })),
      payer_currency: s.optional(s.string({ doc: "the user's payment currency, CNY" })),
    },
    { doc: 'the amounts of the order' },
  ),
  promotion_detail: s.optional(
    s.array(s.json({ doc: 'one discount, as WeChat Pay reports it' }), { doc: 'the discounts applied (优惠功能)' }),
  ),
})

/** ECOMMERCE_ENTRUST.*: a combine-papay contract of the e-commerce platform (spec §6.4). */
const ecommerceEntrust = {
  ...directMerchant,
  openid: userOpenid(),
  plan_id: planId(),
  out_contract_code: outContractCode(),
  operate_time: datetime('when the signing or the termination happened, RFC 3339 (操作时间)'),
  attach: s.optional(s.string({ doc: "the merchant's attach data from the pre-sign, as given (附加数据)" })),
}
const ecommerceTerminationMode = s.enum([...(terminationMode().enum ?? []), 'CUSTOM_SERVICE_TERMINATE'] as const, {
  doc: 'how the contract ended; one example spells customer service CUSTOM_SERVICE_TERMINATE (spec §9 item 9)',
})

/** ENTRUST.TERMINATE_INQUIRY: what WeChat Pay asks about (spec §6.5; only [IM] lists the fields). */
const terminateInquiry = s.object(
  {
    ...directMerchant,
    openid: s.optional(userOpenid()),
    plan_id: contractKey.plan_id,
    out_contract_code: contractKey.out_contract_code,
    out_user_code: outUserCode(),
    contract_id: s.optional(contractKey.contract_id),
    contract_display_account: s.optional(displayAccount()),
    contract_state: s.optional(contractTerm.contract_state),
    contract_signed_time: s.optional(contractTerm.contract_signed_time),
    code: s.optional(
      s.string({ doc: 'a status code (返回状态码) that one source lists here; its meaning is not documented' }),
    ),
    messsage: s.optional(
      s.string({ doc: 'a message (返回信息) beside code, spelt so in that source; not documented' }),
    ),
  },
  { doc: 'the contract the user is terminating, about which WeChat Pay asks (HarmonyOS papay, 鸿蒙)' },
)

/** PASSWORD_EXEMPT_CONTRACT.*: the contract query's answer (spec §5.6), read as a callback's resource (spec §6.6). */
const passwordExemptResource = redoc(
  passwordExemptContract,
  'a password-exempt contract (免密支付协议), as the contract query returns it',
  {
    mchid: 'merchant id (商户号) of the contract',
    contract_id: 'contract id assigned by WeChat Pay (免密支付协议ID)',
    appid: 'AppID the contract was signed under',
    openid: "the user's openid under appid",
    sub_appid: "the sub-merchant's AppID, when the user signed under it",
    sub_openid: "the user's openid under sub_appid",
    service_id: 'password-exempt service id (免密支付服务ID)',
    out_contract_code: "the merchant's contract code (商户签约协议号)",
    contract_display_account: 'the account name shown to the user, given at signing (签约用户名称)',
    contract_state: 'the contract state; the sources show SIGNED only for these contracts',
    contract_signed_time: 'when the contract was signed, RFC 3339',
    contract_terminate_info: 'how and when the contract was terminated; present once it is TERMINATED',
  },
)

export const events = {
  'INSURANCE_ENTRUST.SIGN': {
    doc: 'an insurance contract was signed; sent to the contract_notify_url of the pre-sign',
    summary: '保险委托代扣签约通知',
    originalType: 'insurance_entrust',
    resource: insuranceEntrust,
  },
  'INSURANCE_ENTRUST.TERMINATE': {
    doc: 'an insurance contract was terminated, by the user too; sent to the template termination URL',
    summary: '保险委托代扣解约通知',
    originalType: 'insurance_entrust',
    resource: insuranceEntrust,
  },
  'INSURANCE_ENTRUST.RENEW': {
    doc: 'an insurance contract was renewed (续期)',
    summary: '保险委托代扣续期完成通知',
    originalType: 'insurance_entrust',
    resource: insuranceEntrust,
  },
  'ENTRUST.SIGN': {
    doc: 'a papay or scheduled-deduct contract was signed, direct or partner; sent to contract_notify_url',
    summary: '委托代扣签约通知',
    originalType: 'entrust',
    resource: entrustContract,
  },
  'ENTRUST.TERMINATE': {
    // The summary of the sign event with 解约 (by analogy: no source shows this one).
    doc: 'a papay or scheduled-deduct contract was terminated; sent to the template termination URL',
    summary: '委托代扣解约通知',
    originalType: 'entrust',
    resource: entrustContract,
  },
  'TRANSACTION.SUCCESS': {
    doc: 'a deduction (trade_type PAP) succeeded; sent to the transaction_notify_url of the deduction',
    summary: '支付成功',
    originalType: 'transaction',
    resource: s.object(transaction(s.enum(['SUCCESS'] as const, { doc: 'SUCCESS (交易状态)' })), {
      doc: 'the paid deduction order',
    }),
  },
  'TRANSACTION.FAIL': {
    // The summary of the success event with 失败 (by analogy: no source shows this one).
    doc: 'a deduction (trade_type PAP) failed; sent to the transaction_notify_url of the deduction',
    summary: '支付失败',
    originalType: 'transaction',
    resource: s.object(
      {
        ...transaction(s.string({ doc: 'the order state (交易状态): FAIL in the examples' })),
        trade_state_description: s.optional(
          s.string({ doc: 'why it failed, as the FAIL example names it; its typedef says trade_state_desc' }),
        ),
      },
      { doc: 'the deduction order that failed' },
    ),
  },
  'ECOMMERCE_ENTRUST.SIGN': {
    // Summary from the [JSW] example; original_type is not shown by any source (inferred).
    doc: 'an e-commerce combine-papay contract (收付通合单代扣) was signed; sent to the notify_url of the pre-sign',
    summary: '签约结果通知',
    originalType: 'entrust',
    resource: s.object(
      { ...ecommerceEntrust, contract_expired_time: datetime('when the contract expires, RFC 3339') },
      { doc: 'the combine-papay contract signed' },
    ),
  },
  'ECOMMERCE_ENTRUST.TERMINATE': {
    // The [JSW] example repeats the sign summary; this one is by analogy. original_type inferred.
    doc: 'an e-commerce combine-papay contract was terminated; sent to the template termination URL',
    summary: '解约结果通知',
    originalType: 'entrust',
    resource: s.object(
      { ...ecommerceEntrust, contract_termination_mode: ecommerceTerminationMode },
      { doc: 'the combine-papay contract terminated' },
    ),
  },
  'ENTRUST.TERMINATE_RETENTION': {
    doc: 'a user is closing a contract of a template enrolled in retention (解约挽留); WeChat Pay waits 1 s for the answer',
    summary: '获取解约挽留信息',
    originalType: 'entrust',
    resource: s.object(
      { ...directMerchant, openid: userOpenid(), ...contractKey },
      { doc: 'the contract the user is closing' },
    ),
  },
  'ENTRUST.TERMINATE_INQUIRY': {
    // The official example's summary is 支付成功 (copied from another page); the page is titled 解约问询.
    // original_type is required by [IM] but its value is not shown: the family's, inferred.
    doc: 'HarmonyOS papay asks whether a contract may be terminated; answer within 5 s with terminateInquiryReply',
    summary: '解约问询',
    originalType: 'entrust',
    resource: terminateInquiry,
  },
  // PASSWORD_EXEMPT_CONTRACT.*: no source documents these callbacks (spec §6.6). The names are the
  // simulator's (`passwordExemptEvents` renames them); the resource is the contract query's, as
  // §6.6 recommends. Any other name comes back untyped.
  'PASSWORD_EXEMPT_CONTRACT.SIGN': {
    doc: "a password-exempt contract was signed; undocumented upstream: the simulator's name, configurable",
    summary: '免密支付签约通知',
    originalType: 'password_exempt_contract',
    resource: passwordExemptResource,
  },
  'PASSWORD_EXEMPT_CONTRACT.TERMINATE': {
    doc: "a password-exempt contract was terminated; undocumented upstream: the simulator's name, configurable",
    summary: '免密支付解约通知',
    originalType: 'password_exempt_contract',
    resource: passwordExemptResource,
  },
} as const

export type EventType = keyof typeof events

/** The decrypted resource of an event type (generated from the schemas above, with their docs). */
export type EventResource<E extends EventType> = EventResources[E]

/**
 * The sign and terminate events of each contract family the simulator keeps: direct (`papay`) and
 * partner (`papay-partner`) papay contracts share ENTRUST.*; the password-exempt names are the
 * simulator's defaults.
 */
export const contractEvents = {
  insurance: { sign: 'INSURANCE_ENTRUST.SIGN', terminate: 'INSURANCE_ENTRUST.TERMINATE' },
  papay: { sign: 'ENTRUST.SIGN', terminate: 'ENTRUST.TERMINATE' },
  'papay-partner': { sign: 'ENTRUST.SIGN', terminate: 'ENTRUST.TERMINATE' },
  'password-exempt': { sign: 'PASSWORD_EXEMPT_CONTRACT.SIGN', terminate: 'PASSWORD_EXEMPT_CONTRACT.TERMINATE' },
} as const satisfies Record<string, { sign: EventType; terminate: EventType }>

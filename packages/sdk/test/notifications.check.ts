// Compile-time tests of the typed notification events, checked by `npm run typecheck`; never executed.
import {
  isKnownEvent,
  type NotificationEvent,
  type NotificationOf,
  terminateInquiryReply,
  type WechatPay,
} from '@wxpay/sdk'

declare const wxpay: WechatPay
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const expectType = <T extends true>(_: T) => {}
// currency is an open enum: the sources show only CNY, and a callback may carry another.
type CallbackAmount = { total?: number; amount?: number; currency?: 'CNY' | (string & {}) }

export async function eventsAreTypedByEventType() {
  const event = await wxpay.notifications.parse({ headers: {}, body: '' })
  if (!isKnownEvent(event)) {
    expectType<Equal<typeof event.event_type, string>>(true)
    expectType<Equal<typeof event.resource, Record<string, unknown>>>(true)
    return
  }
  switch (event.event_type) {
    case 'INSURANCE_ENTRUST.SIGN':
      expectType<Equal<typeof event.resource.plan_id, number>>(true)
      expectType<Equal<typeof event.resource.contract_id, string>>(true)
      // @ts-expect-error: an insurance contract has no deduct_schedule
      event.resource.deduct_schedule
      break
    case 'ENTRUST.SIGN':
      expectType<Equal<typeof event.resource.sp_mchid, string | undefined>>(true)
      expectType<
        Equal<
          NonNullable<typeof event.resource.deduct_schedule>['estimated_deduct_amount']['total'],
          number | undefined
        >
      >(true)
      expectType<
        Equal<
          typeof event.resource.contract_state,
          'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
        >
      >(true)
      break
    case 'TRANSACTION.SUCCESS':
      expectType<Equal<typeof event.resource.trade_type, 'PAP'>>(true)
      expectType<Equal<typeof event.resource.trade_state, 'SUCCESS'>>(true)
      expectType<Equal<typeof event.resource.amount.total, number>>(true)
      break
    case 'PASSWORD_EXEMPT_CONTRACT.SIGN':
      expectType<Equal<typeof event.resource.service_id, number>>(true)
      break
  }
}

export async function everyCallbackIsTypedAndNarrows() {
  const event = await wxpay.notifications.parse({ headers: {}, body: '' })
  if (!isKnownEvent(event)) return
  switch (event.event_type) {
    case 'ENTRUST.TERMINATE':
      expectType<
        Equal<NonNullable<typeof event.resource.deduct_schedule>['deduct_amount'], CallbackAmount | undefined>
      >(true)
      expectType<Equal<typeof event.resource.openid, string | undefined>>(true)
      break
    case 'INSURANCE_ENTRUST.RENEW':
      expectType<Equal<typeof event.resource.insured_display_name, string>>(true)
      // @ts-expect-error: insurance contracts are a direct merchant's: no sp_mchid
      event.resource.sp_mchid
      break
    case 'TRANSACTION.SUCCESS':
      // @ts-expect-error: a TRANSACTION.SUCCESS is never in state FAIL
      if (event.resource.trade_state === 'FAIL') break
      break
    case 'TRANSACTION.FAIL':
      expectType<Equal<typeof event.resource.trade_state_desc, string | undefined>>(true)
      expectType<Equal<typeof event.resource.trade_type, 'PAP'>>(true)
      // @ts-expect-error: the sources show no contract_id in a deduction's transaction (spec §10)
      event.resource.contract_id
      break
    case 'ECOMMERCE_ENTRUST.SIGN':
      expectType<Equal<typeof event.resource.operate_time, string>>(true)
      // @ts-expect-error: the termination mode is the terminate event's
      event.resource.contract_termination_mode
      break
    case 'ECOMMERCE_ENTRUST.TERMINATE':
      expectType<
        Equal<
          Extract<typeof event.resource.contract_termination_mode, 'CUSTOM_SERVICE_TERMINATE'>,
          'CUSTOM_SERVICE_TERMINATE'
        >
      >(true)
      // @ts-expect-error: a terminated combine-papay contract carries no expiry
      event.resource.contract_expired_time
      break
    case 'ENTRUST.TERMINATE_RETENTION':
      expectType<Equal<typeof event.resource.contract_id, string>>(true)
      // @ts-expect-error: the retention question carries the contract's ids only
      event.resource.deduct_schedule
      break
    case 'ENTRUST.TERMINATE_INQUIRY':
      expectType<Equal<typeof event.resource.out_user_code, string>>(true)
      expectType<Equal<typeof event.resource.contract_id, string | undefined>>(true)
      // @ts-expect-error: the source spells it messsage
      event.resource.message
      break
    case 'PASSWORD_EXEMPT_CONTRACT.TERMINATE':
      // @ts-expect-error: password-exempt contracts have a service_id, not a plan_id
      event.resource.plan_id
      break
  }
}

export function inquiryAnswersAreTyped() {
  terminateInquiryReply({ code: 'FAIL', message: 'contract has an unpaid deduction' })
  // @ts-expect-error: the documented codes are SUCCESS and FAIL
  terminateInquiryReply({ code: 'ALLOW' })
}

export function handlersTakeOneEventType(handle: (event: NotificationOf<'TRANSACTION.FAIL'>) => void) {
  const handler = (event: NotificationEvent) => {
    if (isKnownEvent(event) && event.event_type === 'TRANSACTION.FAIL') handle(event)
  }
  return handler
}

export function rawBytesOnly() {
  // @ts-expect-error: a parsed object is not a raw body
  wxpay.notifications.parse({ headers: {}, body: { id: 'EV-1' } })
}

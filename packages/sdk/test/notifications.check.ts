// Compile-time tests of the typed notification events, checked by `npm run typecheck`; never executed.
import { isKnownEvent, type NotificationEvent, type NotificationOf, type WechatPay } from '@wxpay/sdk'

declare const wxpay: WechatPay
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const expectType = <T extends true>(_: T) => {}

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

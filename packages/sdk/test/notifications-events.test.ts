// Every callback of the family (spec §6), sent as WeChat Pay sends it (createTestNotification) and
// parsed to a typed event: the exact event_type, the summary a test notification carries by default,
// the decrypted resource, and typed field access after narrowing by isKnownEvent and event_type.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isKnownEvent, type TerminateInquiryAnswer, terminateInquiryReply } from '@wxpay/sdk'
import { contractEvents, events, type Schema } from '@wxpay/sdk/protocol'
import { createTestNotification } from '@wxpay/sdk/testing'
import { eventResources } from './helpers/event-resources.js'
import { createSetup } from './helpers/notifications.js'

const { keys, client, nowSeconds } = createSetup()
const wxpay = client()

/**
 * Sends `resource` as `eventType`, signed and encrypted, and parses it back; checks what every event
 * shares, and the summary and original_type a test notification of the type carries by default.
 */
async function received(eventType: string, resource: object, expected: { summary: string; originalType: string }) {
  const sent = createTestNotification(
    { event_type: eventType, resource },
    {
      privateKey: keys.platformPublicKey.privateKey,
      serial: keys.publicKeyId,
      apiV3Key: keys.apiV3Key,
      timestamp: nowSeconds(),
    },
  )
  assert.equal(JSON.parse(sent.body).resource.original_type, expected.originalType)
  const event = await wxpay.notifications.parse(sent)
  assert.equal(event.event_type, eventType)
  assert.equal(event.summary, expected.summary)
  assert.equal(event.resource_type, 'encrypt-resource')
  assert.deepEqual(event.resource, resource)
  return event
}

describe('papay contract callbacks parse to typed events', () => {
  const entrustSign = { summary: '委托代扣签约通知', originalType: 'entrust' }

  it('ENTRUST.SIGN: a direct contract with { total } amounts, a partner one with { amount }', async () => {
    const direct = await received('ENTRUST.SIGN', eventResources['ENTRUST.SIGN'], entrustSign)
    assert.ok(isKnownEvent(direct) && direct.event_type === 'ENTRUST.SIGN')
    assert.equal(direct.resource.mchid, '1900000109')
    assert.equal(direct.resource.openid, 'o-MYE42l80oelYMDE34nYD456Xoy')
    assert.equal(direct.resource.plan_id, 12535)
    assert.equal(direct.resource.contract_state, 'SIGNED')
    assert.equal(direct.resource.out_user_code, '用户A')
    assert.equal(direct.resource.deduct_schedule?.schedule_state, 'PAID')
    assert.equal(direct.resource.deduct_schedule?.deduct_amount?.total, 1)
    assert.equal(direct.resource.deduct_schedule?.deduct_date, '2019-11-22')
    assert.equal(direct.resource.sp_mchid, undefined)

    const partner = await received('ENTRUST.SIGN', eventResources['ENTRUST.SIGN partner'], entrustSign)
    assert.ok(isKnownEvent(partner) && partner.event_type === 'ENTRUST.SIGN')
    assert.equal(partner.resource.sp_mchid, '1900000100')
    assert.equal(partner.resource.sub_mchid, '1900000109')
    assert.equal(partner.resource.sub_openid, 'o-MYE42l80oelYMDE34nYD456Xoz')
    assert.equal(partner.resource.contract_display_account, '微信代扣用户B')
    assert.equal(partner.resource.deduct_schedule?.estimated_deduct_amount.amount, 1000)
    assert.equal(partner.resource.deduct_schedule?.scheduled_amount?.currency, 'CNY')
    assert.equal(partner.resource.mchid, undefined)
  })

  it('ENTRUST.TERMINATE: the terminated contract with how it ended', async () => {
    const event = await received('ENTRUST.TERMINATE', eventResources['ENTRUST.TERMINATE'], {
      summary: '委托代扣解约通知',
      originalType: 'entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'ENTRUST.TERMINATE')
    assert.equal(event.resource.contract_state, 'TERMINATED')
    assert.equal(event.resource.contract_terminate_info?.contract_termination_mode, 'USER_TERMINATE')
    assert.equal(event.resource.contract_terminate_info?.contract_terminated_time, '2020-10-10T13:29:35+08:00')
    assert.equal(event.resource.deduct_schedule, undefined)
  })
})

describe('the termination questions (retention, HarmonyOS inquiry) parse to typed events', () => {
  it('ENTRUST.TERMINATE_RETENTION: the contract a user is closing', async () => {
    const resource = eventResources['ENTRUST.TERMINATE_RETENTION']
    const event = await received('ENTRUST.TERMINATE_RETENTION', resource, {
      summary: '获取解约挽留信息',
      originalType: 'entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'ENTRUST.TERMINATE_RETENTION')
    assert.equal(event.resource.contract_id, '123124412412423431')
    assert.equal(event.resource.openid, 'o-MYE42l80oelYMDE34nYD456Xoy')
  })

  it('ENTRUST.TERMINATE_INQUIRY: the contract WeChat Pay asks about', async () => {
    const resource = eventResources['ENTRUST.TERMINATE_INQUIRY']
    const event = await received('ENTRUST.TERMINATE_INQUIRY', resource, {
      summary: '解约问询',
      originalType: 'entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'ENTRUST.TERMINATE_INQUIRY')
    assert.equal(event.resource.out_user_code, '鸿蒙用户A')
    assert.equal(event.resource.contract_state, 'SIGNED')
    assert.equal(event.resource.contract_signed_time, '2024-12-16T10:00:00+08:00')
    assert.equal(event.resource.code, undefined)
  })
})

describe('insurance contract callbacks parse to typed events', () => {
  it('INSURANCE_ENTRUST.SIGN: the insurance contract and the insured name', async () => {
    const resource = eventResources['INSURANCE_ENTRUST.SIGN']
    const event = await received('INSURANCE_ENTRUST.SIGN', resource, {
      summary: '保险委托代扣签约通知',
      originalType: 'insurance_entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'INSURANCE_ENTRUST.SIGN')
    assert.equal(event.resource.insured_display_name, '*明')
    assert.equal(event.resource.contract_id, '123124412412423431')
    assert.equal(event.resource.contract_expired_time, '2021-09-10T13:29:35+08:00')
    assert.equal(event.resource.appid, 'wxd678efh567hg6787')
  })

  it('INSURANCE_ENTRUST.TERMINATE: the terminated insurance contract', async () => {
    const resource = eventResources['INSURANCE_ENTRUST.TERMINATE']
    const event = await received('INSURANCE_ENTRUST.TERMINATE', resource, {
      summary: '保险委托代扣解约通知',
      originalType: 'insurance_entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'INSURANCE_ENTRUST.TERMINATE')
    assert.equal(event.resource.contract_state, 'TERMINATED')
    assert.equal(event.resource.contract_terminate_info?.contract_termination_remark, '签约信息有误，须重新签约。')
    assert.equal(event.resource.out_user_code, '用户A')
  })

  it('INSURANCE_ENTRUST.RENEW: the renewed insurance contract', async () => {
    const resource = eventResources['INSURANCE_ENTRUST.RENEW']
    const event = await received('INSURANCE_ENTRUST.RENEW', resource, {
      summary: '保险委托代扣续期完成通知',
      originalType: 'insurance_entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'INSURANCE_ENTRUST.RENEW')
    assert.equal(event.resource.contract_state, 'SIGNED')
    assert.equal(event.resource.plan_id, 12535)
    assert.equal(event.resource.contract_terminate_info, undefined)
  })
})

describe('deduction callbacks parse to typed events', () => {
  it('TRANSACTION.SUCCESS: a PAP deduction that succeeded', async () => {
    const event = await received('TRANSACTION.SUCCESS', eventResources['TRANSACTION.SUCCESS'], {
      summary: '支付成功',
      originalType: 'transaction',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'TRANSACTION.SUCCESS')
    assert.equal(event.resource.trade_type, 'PAP')
    assert.equal(event.resource.trade_state, 'SUCCESS')
    assert.equal(event.resource.amount.total, 100)
    assert.equal(event.resource.amount.payer_total, 100)
    assert.equal(event.resource.payer?.openid, 'o-MYE42l80oelYMDE34nYD456Xoy')
    assert.equal(event.resource.success_time, '2020-09-10T13:29:35+08:00')
    assert.equal(event.resource.promotion_detail?.length, 1)
  })

  it('TRANSACTION.FAIL: a PAP deduction that failed, with trade_state_desc', async () => {
    const event = await received('TRANSACTION.FAIL', eventResources['TRANSACTION.FAIL'], {
      summary: '支付失败',
      originalType: 'transaction',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'TRANSACTION.FAIL')
    assert.equal(event.resource.trade_type, 'PAP')
    assert.equal(event.resource.trade_state, 'FAIL')
    assert.equal(event.resource.trade_state_desc, '扣款失败')
    assert.equal(event.resource.out_trade_no, '1217752501201407033233368018')
    assert.equal(event.resource.success_time, undefined)
  })
})

describe('e-commerce and password-exempt contract callbacks parse to typed events', () => {
  it('ECOMMERCE_ENTRUST.SIGN: a combine-papay contract signed', async () => {
    const resource = eventResources['ECOMMERCE_ENTRUST.SIGN']
    const event = await received('ECOMMERCE_ENTRUST.SIGN', resource, {
      summary: '签约结果通知',
      originalType: 'entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'ECOMMERCE_ENTRUST.SIGN')
    assert.equal(event.resource.contract_expired_time, '2021-05-20T13:29:35.120+08:00')
    assert.equal(event.resource.operate_time, '2020-05-20T13:29:35.120+08:00')
    assert.equal(event.resource.out_contract_code, 'wxwtdk20200910100000')
  })

  it('ECOMMERCE_ENTRUST.TERMINATE: a combine-papay contract terminated, in the spelling of its example', async () => {
    const resource = eventResources['ECOMMERCE_ENTRUST.TERMINATE']
    const event = await received('ECOMMERCE_ENTRUST.TERMINATE', resource, {
      summary: '解约结果通知',
      originalType: 'entrust',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'ECOMMERCE_ENTRUST.TERMINATE')
    assert.equal(event.resource.contract_termination_mode, 'CUSTOM_SERVICE_TERMINATE')
    assert.equal(event.resource.plan_id, 12535)
  })

  it('PASSWORD_EXEMPT_CONTRACT.SIGN: the simulator’s name for an undocumented callback', async () => {
    const resource = eventResources['PASSWORD_EXEMPT_CONTRACT.SIGN']
    const event = await received('PASSWORD_EXEMPT_CONTRACT.SIGN', resource, {
      summary: '免密支付签约通知',
      originalType: 'password_exempt_contract',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'PASSWORD_EXEMPT_CONTRACT.SIGN')
    assert.equal(event.resource.service_id, 500001)
    assert.equal(event.resource.contract_display_account, '微信免密用户A')
  })

  it('PASSWORD_EXEMPT_CONTRACT.TERMINATE: the same, terminated', async () => {
    const resource = eventResources['PASSWORD_EXEMPT_CONTRACT.TERMINATE']
    const event = await received('PASSWORD_EXEMPT_CONTRACT.TERMINATE', resource, {
      summary: '免密支付解约通知',
      originalType: 'password_exempt_contract',
    })
    assert.ok(isKnownEvent(event) && event.event_type === 'PASSWORD_EXEMPT_CONTRACT.TERMINATE')
    assert.equal(event.resource.contract_terminate_info?.contract_termination_mode, 'MCH_API_TERMINATE')
  })

  it('a field WeChat Pay adds, or a value outside the typed ones, never refuses a notification', async () => {
    const resource = { ...eventResources['ENTRUST.TERMINATE'], contract_state: 'SOMETHING_NEW', added_later: [1] }
    const event = await received('ENTRUST.TERMINATE', resource, {
      summary: '委托代扣解约通知',
      originalType: 'entrust',
    })
    assert.ok(isKnownEvent(event))
  })
})

describe('the catalog of events', () => {
  it('covers every callback of spec §6 and nothing else', () => {
    assert.deepEqual(Object.keys(events).sort(), [
      'ECOMMERCE_ENTRUST.SIGN',
      'ECOMMERCE_ENTRUST.TERMINATE',
      'ENTRUST.SIGN',
      'ENTRUST.TERMINATE',
      'ENTRUST.TERMINATE_INQUIRY',
      'ENTRUST.TERMINATE_RETENTION',
      'INSURANCE_ENTRUST.RENEW',
      'INSURANCE_ENTRUST.SIGN',
      'INSURANCE_ENTRUST.TERMINATE',
      'PASSWORD_EXEMPT_CONTRACT.SIGN',
      'PASSWORD_EXEMPT_CONTRACT.TERMINATE',
      'TRANSACTION.FAIL',
      'TRANSACTION.SUCCESS',
    ])
  })

  it('gives every event a doc line and every resource field one, nested fields and array items included', () => {
    const undocumented = (schema: Schema, pointer: string): string[] => {
      const here = schema.doc ? [] : [pointer]
      if (schema.kind === 'array') return [...here, ...undocumented(schema.items, `${pointer}/*`)]
      if (schema.kind !== 'object') return here
      const fields = Object.entries(schema.fields as Record<string, any>)
      return [
        ...here,
        ...fields.flatMap(([key, field]) =>
          undocumented(field.kind === 'optional' ? field.inner : field, `${pointer}/${key}`),
        ),
      ]
    }
    const missing = Object.entries(events).flatMap(([type, event]) => [
      ...(event.doc ? [] : [`${type} (the event)`]),
      ...undocumented(event.resource, type),
    ])
    assert.deepEqual(missing, [])
  })

  it('maps each contract family the simulator keeps to its sign and terminate events', () => {
    assert.deepEqual(contractEvents, {
      insurance: { sign: 'INSURANCE_ENTRUST.SIGN', terminate: 'INSURANCE_ENTRUST.TERMINATE' },
      papay: { sign: 'ENTRUST.SIGN', terminate: 'ENTRUST.TERMINATE' },
      'papay-partner': { sign: 'ENTRUST.SIGN', terminate: 'ENTRUST.TERMINATE' },
      'password-exempt': { sign: 'PASSWORD_EXEMPT_CONTRACT.SIGN', terminate: 'PASSWORD_EXEMPT_CONTRACT.TERMINATE' },
    })
  })
})

describe('terminateInquiryReply', () => {
  const headers = { 'Content-Type': 'application/json; charset=utf-8' }

  it('answers 200 with the code, and the message when given', () => {
    assert.deepEqual(terminateInquiryReply({ code: 'SUCCESS' }), { status: 200, headers, body: '{"code":"SUCCESS"}' })
    assert.deepEqual(terminateInquiryReply({ code: 'FAIL', message: '存在未完成的扣费' }), {
      status: 200,
      headers,
      body: '{"code":"FAIL","message":"存在未完成的扣费"}',
    })
  })

  it('cuts the message to 64 characters and gives each reply its own headers', () => {
    const reply = terminateInquiryReply({ code: 'FAIL', message: 'x'.repeat(100) })
    assert.equal(reply.body, JSON.stringify({ code: 'FAIL', message: 'x'.repeat(64) }))
    reply.headers['Content-Type'] = 'text/plain'
    assert.deepEqual(terminateInquiryReply({ code: 'SUCCESS' }).headers, headers)
  })

  it('refuses a code the sources do not document', () => {
    const answer = { code: 'ALLOW' } as unknown as TerminateInquiryAnswer
    assert.throws(() => terminateInquiryReply(answer), { name: 'RangeError', message: /SUCCESS and FAIL/ })
  })
})

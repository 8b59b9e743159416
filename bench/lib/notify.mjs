// `wxpay.notifications.parse` per second on one core, in its own process: notifications built with
// createTestNotification from @wxpay/simulator (signed by the WeChat Pay key, resource encrypted with
// the APIv3 key), parsed one after another from their raw bytes (verify, decrypt, JSON).
// { type: 'init', ctx, count, warmup } → { type: 'result', available, ... }.
import { wxpayClient } from './fixtures.mjs'

process.on('disconnect', () => process.exit(0))
process.on('message', (message) => {
  if (message.type !== 'init') return
  run(message)
    .then((result) => process.send({ type: 'result', ...result }))
    .catch((error) => process.send({ type: 'result', available: false, reason: String(error?.stack ?? error) }))
})

async function run({ ctx, count, warmup }) {
  const { WechatPay } = await import('@wxpay/sdk')
  let createTestNotification
  try {
    ;({ createTestNotification } = await import('@wxpay/simulator'))
  } catch (error) {
    return { available: false, reason: `@wxpay/simulator does not load: ${error?.message ?? error}` }
  }
  if (typeof createTestNotification !== 'function') {
    return { available: false, reason: '@wxpay/simulator has no createTestNotification' }
  }
  const wxpay = wxpayClient(WechatPay, ctx, 'http://127.0.0.1:9', { apiV3Key: ctx.apiV3Key })
  if (typeof wxpay.notifications?.parse !== 'function') {
    return { available: false, reason: '@wxpay/sdk has no notifications.parse' }
  }
  const notifications = Array.from({ length: 64 }, (_, i) =>
    createTestNotification(
      {
        event_type: 'INSURANCE_ENTRUST.SIGN',
        resource: {
          mchid: ctx.mchid,
          contract_id: `2020110654094712${String(i).padStart(2, '0')}`,
          appid: ctx.body.appid,
          plan_id: ctx.body.plan_id,
          out_contract_code: `INS2026112200${String(i).padStart(2, '0')}`,
          insured_display_name: ctx.body.insured_display_name,
          contract_state: 'SIGNED',
          contract_signed_time: '2026-11-22T10:00:00+08:00',
          contract_expired_time: '2027-11-30T23:59:59+08:00',
          openid: ctx.body.openid,
        },
      },
      { privateKey: ctx.platformPrivatePem, serial: ctx.publicKeyId, apiV3Key: ctx.apiV3Key },
    ),
  )
  // As a web framework hands them over: lower-case header names, the body as a Buffer.
  const inputs = notifications.map(({ headers, body }) => ({
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
    body: Buffer.from(body),
  }))
  for (let i = 0; i < warmup; i++) await wxpay.notifications.parse(inputs[i % inputs.length])
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    const event = await wxpay.notifications.parse(inputs[i % inputs.length])
    if (event.resource.contract_state !== 'SIGNED') throw new Error('unexpected event')
  }
  const elapsedMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000
  return {
    available: true,
    count,
    elapsedMs,
    cpuMs,
    perSecond: (count * 1000) / elapsedMs,
    perCpuSecond: (count * 1000) / cpuMs,
  }
}

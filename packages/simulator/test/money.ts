// Fixtures for the money-flow tests: a simulator on a ManualClock set to a Beijing time, its client
// and webhook, contracts signed in one call, and the refusal assertion.
import assert from 'node:assert/strict'
import type { NotificationEvent, WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { createSimulator, ManualClock, type Simulator, type SimulatorOptions } from '@wxpay/simulator'
import { clientFor, startWebhook, type Webhook } from './helpers.js'

/** A Beijing wall-clock time as an instant: bj('2026-12-01', '08:00') */
export const bj = (date: string, time = '00:00:00') => Date.parse(`${date}T${time}+08:00`)

export interface Money {
  clock: ManualClock
  simulator: Simulator
  wxpay: WechatPay
  webhook: Webhook
  /** Moves the clock to a Beijing date and time (forward only) and waits for the deliveries. */
  at(date: string, time?: string): Promise<void>
  /** The events the webhook verified, of a type. */
  events(type: string): NotificationEvent[]
  close(): Promise<void>
}

export async function money(start = bj('2026-12-01', '10:00'), options: SimulatorOptions = {}): Promise<Money> {
  const clock = new ManualClock(start)
  const simulator = await createSimulator({ ...options, clock })
  const wxpay = clientFor(simulator)
  const webhook = await startWebhook(wxpay)
  return {
    clock,
    simulator,
    wxpay,
    webhook,
    at: (date, time) => simulator.setClock(bj(date, time)),
    events: (type) => webhook.events.filter((event) => event.event_type === type),
    close: async () => {
      await webhook.close()
      await simulator.close()
    },
  }
}

/** What the signing helpers use: any simulator, its client and a webhook. */
export type Parties = Pick<Money, 'simulator' | 'wxpay' | 'webhook'>

/** Runs a test on its own simulator (`money(start, options)`), closed whatever happens. */
export async function withMoney(
  start: number,
  test: (m: Money) => Promise<void>,
  options: SimulatorOptions = {},
): Promise<void> {
  const m = await money(start, options)
  try {
    await test(m)
  } finally {
    await m.close()
  }
}

export const rejectsWith = (promise: Promise<unknown>, status: number, code: string, pattern?: RegExp) =>
  assert.rejects(promise, (error: WechatPayApiError) => {
    assert.equal(error.status, status, error.message)
    assert.equal(error.code, code, error.message)
    if (pattern) assert.match(error.message, pattern)
    return true
  })

export const APPID = 'wxd678efh567hg6787'
export const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'

/** Periods as `[date, fen]`, numbered from `firstId`. */
export const periods = (plan: [string, number][], firstId = 1) =>
  plan.map(([date, total], index) => ({
    policy_period_id: firstId + index,
    estimated_deduct_date: date,
    estimated_deduct_amount: { total },
  }))

/** An insurance contract signed through S2 (JSAPI) and the simulated user; returns its contract_id. */
export async function signInsurance(
  m: Parties,
  code: string,
  plan: [string, number][],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { data } = await m.wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post({
    appid: APPID,
    openid: OPENID,
    plan_id: 12535,
    out_contract_code: code,
    insured_display_name: '**明',
    contract_notify_url: m.webhook.url,
    policy_start_date: plan[0][0],
    policy_end_date: plan[plan.length - 1][0],
    policy_periods: periods(plan),
    ...extra,
  } as any)
  return m.simulator.agree(String(data.redirect_url).split('/').pop()!).contract_id
}

/** A direct scheduled-deduct contract (mini-program); returns its contract_id. */
export async function signScheduled(m: Parties, code: string, date: string, total: number, openid = OPENID) {
  const { data } = await m.wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.miniProgram.post({
    appid: APPID,
    openid,
    plan_id: 7001,
    out_contract_code: code,
    contract_display_account: '会员',
    contract_notify_url: m.webhook.url,
    deduct_schedule: { estimated_deduct_date: date, estimated_deduct_amount: { total }, description: '月度会员' },
  })
  return m.simulator.agree(data.pre_entrustweb_id).contract_id
}

/** A direct papay contract without a schedule (代扣预签约, App); returns its contract_id. */
export async function signPapay(m: Parties, code: string, openid = OPENID) {
  const { data } = await m.wxpay.v3.papay.sign.contracts.preEntrustSign.post({
    sign_scene: 'SIGN_SCENE_APP',
    appid: APPID,
    openid,
    plan_id: 6001,
    out_contract_code: code,
    contract_display_account: '会员',
    contract_notify_url: m.webhook.url,
    out_user_code: `U${code}`,
    device_info: {
      device_type: 'DEVICE_TYPE_PHONE',
      device_os: 'iOS 18',
      device_id: 'D1',
      device_running_as_root: false,
      device_ip: '127.0.0.1',
      weixin_installed: true,
      weixin_version: '8.0.50',
      days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS',
    },
  })
  return m.simulator.agree(data.pre_entrustweb_id).contract_id
}

/** The insurance deduction body. */
export const insuranceApply = (
  m: Parties,
  contractId: string,
  policyPeriodId: number,
  total: number,
  outTradeNo: string,
) => ({
  appid: APPID,
  out_trade_no: outTradeNo,
  description: '保费',
  transaction_notify_url: m.webhook.url,
  contract_id: contractId,
  policy_period_id: policyPeriodId,
  amount: { total },
})

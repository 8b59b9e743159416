// The demo's fifth flow: an insurance customer signs; three monthly premiums are scheduled and
// collected in simulated time, the second failing once for balance and retried; the plan, run out,
// is renewed; the contract is terminated. Time, the user and the wallet are driven through the
// simulator's HTTP control API, as a test suite in any language would drive `wxpay simulator`;
// every notification is verified by the SDK's Node adapter on the merchant's webhook.
import type { WechatPay } from '@wxpay/sdk'
import type { SimulatorControl } from '@wxpay/simulator'
import type { Inbox } from './inbox.js'

export interface MoneyContext {
  wxpay: WechatPay
  control: SimulatorControl
  inbox: Inbox
  notifyUrl: string
  write: (line: string) => void
}

const APPID = 'wxd678efh567hg6787'
const PLAN_ID = 12535
const PREMIUM = 2990
const DAY_MS = 86_400_000
const PERIOD = 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}'
const CONTRACT = 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`
const periodsFrom = (first: string, firstId: number) =>
  [0, 1, 2].map((index) => ({
    policy_period_id: firstId + index,
    estimated_deduct_date: addDays(first, 30 * index),
    estimated_deduct_amount: { total: PREMIUM },
  }))

/** Signs the contract: pre-sign, the user agrees on the signing page, INSURANCE_ENTRUST.SIGN. */
async function sign(ctx: MoneyContext, code: string, first: string): Promise<string> {
  const { data } = await ctx.wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post({
    appid: APPID,
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    plan_id: PLAN_ID,
    out_contract_code: code,
    insured_display_name: '**明',
    contract_notify_url: ctx.notifyUrl,
    policy_start_date: first,
    policy_end_date: addDays(first, 89),
    policy_periods: periodsFrom(first, 1),
    can_auto_insure: true,
  })
  ctx.write(`  1. pre-sign        → ${data.redirect_url}`)
  const contract = await ctx.control.agree(code)
  const signed = await ctx.inbox.next(code, '.SIGN')
  ctx.write(`  2. user agrees     → contract ${contract.contract_id}, ${signed.event_type} verified`)
  return contract.contract_id
}

/** Schedules a period on the day before its date, deducts it on the day; the failures the wallet was told of, retried. */
async function collect(ctx: MoneyContext, contractId: string, id: number, date: string, failures: number) {
  await ctx.control.setClock(`${addDays(date, -1)}T10:00:00+08:00`)
  const params = { contract_id: contractId, policy_period_id: id }
  await ctx.wxpay.chain(`${PERIOD}/schedule`).post({ appid: APPID, scheduled_amount: { total: PREMIUM } }, { params })
  await ctx.control.setClock(`${date}T10:00:00+08:00`)
  const outcomes: string[] = []
  for (let attempt = 0; ; attempt++) {
    if (attempt < failures) await ctx.control.failNextDeduction(contractId, 'NOTENOUGH')
    const outTradeNo = `PREM${contractId.slice(-8)}${id}${attempt}`
    await ctx.wxpay.chain('v3/papay/insurance-pay/transactions/apply').post({
      appid: APPID,
      out_trade_no: outTradeNo,
      description: `保费 第${id}期`,
      transaction_notify_url: ctx.notifyUrl,
      contract_id: contractId,
      policy_period_id: id,
      amount: { total: PREMIUM },
    })
    await ctx.control.advance(1000)
    const result = await ctx.inbox.transaction(outTradeNo)
    const resource = result.resource as Record<string, any>
    outcomes.push(
      result.event_type === 'TRANSACTION.FAIL'
        ? `${result.event_type} (${resource.trade_state_desc})`
        : result.event_type,
    )
    if (result.event_type === 'TRANSACTION.SUCCESS') break
    if (attempt >= failures) throw new Error(`period ${id} failed: ${resource.trade_state_desc}`)
  }
  const period = await ctx.wxpay.chain(PERIOD).get({ params })
  ctx.write(
    `     period ${id} ${date} ${yuan(PREMIUM)} → ${outcomes.join(' → retried → ')}, ${period.data.policy_period_state}`,
  )
}

/** Runs the flow; false on a failed step, which it names. */
export async function runInsuranceMonths(ctx: MoneyContext): Promise<boolean> {
  const code = `INSMONTHS${Date.now().toString(36).toUpperCase()}`
  ctx.write('S5 insurance premiums over three months, in simulated time')
  ctx.write('  POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi, then schedule and apply each month')
  let step = 'pre-sign'
  try {
    const today = (await ctx.control.clock()).now.slice(0, 10)
    const first = addDays(today, 2)
    const contractId = await sign(ctx, code, first)
    step = 'premiums'
    ctx.write('  3. premiums        → scheduled the day before, deducted on the day:')
    for (const [index, date] of [first, addDays(first, 30), addDays(first, 60)].entries()) {
      await collect(ctx, contractId, index + 1, date, index === 1 ? 1 : 0)
    }
    step = 'renewal'
    const params = { plan_id: PLAN_ID, out_contract_code: code }
    const due = await ctx.wxpay.chain(CONTRACT).get({ params })
    await ctx.wxpay
      .chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew')
      .post(
        { appid: APPID, policy_periods: periodsFrom(addDays(first, 90), 4) },
        { params: { plan_id: PLAN_ID, contract_id: contractId } },
      )
    const renewed = await ctx.inbox.next(code, '.RENEW')
    ctx.write(
      `  4. plan ran out    → ${due.data.contract_state}; renewed with periods 4–6 → ${renewed.event_type} verified`,
    )
    step = 'terminate'
    await ctx.wxpay.chain(`${CONTRACT}/terminate`).post({ contract_termination_remark: '用户退保 (demo)' }, { params })
    const terminated = await ctx.inbox.next(code, '.TERMINATE')
    const after = await ctx.wxpay.chain(CONTRACT).get({ params })
    ctx.write(`  5. terminate       → ${terminated.event_type} verified, contract_state=${after.data.contract_state}\n`)
    return true
  } catch (error) {
    ctx.write(`  ✗ step "${step}" failed: ${(error as Error)?.message ?? error}\n`)
    return false
  }
}

// A valid request in a valid state for every endpoint of the catalog: each entry prepares what the
// call needs on a simulator that runs on a ManualClock (a contract of the right family, a schedule,
// the right Beijing time) and returns the request. Time only moves forward, so every entry works
// from whatever time the one before left.
import type { EndpointDefinition, EndpointKey } from '@wxpay/sdk/protocol'
import type { ManualClock, Simulator } from '@wxpay/simulator'
import fc from 'fast-check'
import { bodyFor } from '../../packages/sdk/test/helpers/arbitrary.js'
import { partnerBody } from '../../packages/simulator/test/helpers.js'
import {
  APPID,
  insuranceApply,
  type Parties,
  periods,
  signInsurance,
  signPapay,
  signScheduled,
} from '../../packages/simulator/test/money.js'

export interface Context extends Parties {
  clock: ManualClock
  simulator: Simulator
}
export interface ValidCall {
  body?: unknown
  params?: Record<string, unknown>
}
type Prepare = (ctx: Context, endpoint: EndpointDefinition) => Promise<ValidCall>

let serial = 0
const code = (prefix: string) => `${prefix}${++serial}`
const OFFSET = 8 * 3_600_000
const today = (ctx: Context) => new Date(ctx.clock.now() + OFFSET).toISOString().slice(0, 10)
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** Moves the clock to the next 10:00 Beijing time (today's, if it is still ahead). */
async function at10(ctx: Context): Promise<string> {
  const date = today(ctx)
  const target = Date.parse(`${date}T10:00:00+08:00`)
  const next = target >= ctx.clock.now() ? target : target + 86_400_000
  await ctx.simulator.setClock(next)
  return today(ctx)
}
const nextDay10 = (ctx: Context) => ctx.simulator.setClock(Date.parse(`${plusDays(today(ctx), 1)}T10:00:00+08:00`))

/** A pre-sign: a body generated from the catalog, with a fresh contract code. */
const presign: Prepare = async (_ctx, endpoint) => {
  const [body] = fc.sample(bodyFor(endpoint.request!), { numRuns: 1, seed: ++serial }) as Record<string, any>[]
  body.out_contract_code = code('PS')
  return { body }
}

/** An insurance contract whose first period falls tomorrow, scheduled today. */
async function scheduledInsurance(ctx: Context, renewable = false) {
  const day = await at10(ctx)
  const plan: [string, number][] = [[plusDays(day, 1), 1000]]
  const id = await signInsurance(ctx, code('INS'), renewable ? plan : [...plan, [plusDays(day, 31), 1000]], {
    can_auto_insure: renewable,
  })
  await ctx.wxpay
    .chain(
      'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule',
    )
    .post({ appid: APPID, scheduled_amount: { total: 1000 } }, { params: { contract_id: id, policy_period_id: 1 } })
  return id
}

const remark = { contract_termination_remark: '签约信息有误' }
const PARTNER = { sp_appid: 'wx8888888888888888', sub_mchid: '1900000109' }

async function partnerContract(ctx: Context, schedule?: string) {
  const body = partnerBody(code('PT'), ctx.webhook.url)
  const { data } = await ctx.wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post({
    ...body,
    ...(schedule
      ? {
          deduct_schedule: {
            estimated_deduct_date: schedule,
            estimated_deduct_amount: { total: 900 },
            description: '会员',
          },
        }
      : {}),
  })
  return { code: body.out_contract_code, id: ctx.simulator.agree(data.pre_entrustweb_id).contract_id }
}

async function passwordExempt(ctx: Context) {
  const out_contract_code = code('PE')
  const { data } = await ctx.wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.miniProgram.post({
    appid: APPID,
    service_id: 500001,
    out_contract_code,
    notify_url: ctx.webhook.url,
    contract_display_account: '张**',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  })
  ctx.simulator.agree(data.pre_entrustweb_id)
  return { service_id: 500001, out_contract_code }
}

const byCode = (out_contract_code: string, plan_id: number) => ({ params: { plan_id, out_contract_code } })
const papayByCode = async (ctx: Context) => {
  const out = code('PP')
  await signPapay(ctx, out)
  return byCode(out, 6001)
}
const insuranceByCode = async (ctx: Context) => {
  const out = code('IC')
  await signInsurance(ctx, out, [[plusDays(today(ctx), 5), 1000]])
  return byCode(out, 12535)
}
const papayApply = (ctx: Context, contract_id: string, extra: Record<string, unknown> = { appid: APPID }) => ({
  ...extra,
  out_trade_no: code('T'),
  description: '代扣',
  transaction_notify_url: ctx.webhook.url,
  contract_id,
  amount: { total: 100 },
})

/** The valid call of each endpoint that is not a pre-sign. */
const prepared: Partial<Record<EndpointKey, Prepare>> = {
  'GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': insuranceByCode,
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': async (
    ctx,
  ) => ({ ...(await insuranceByCode(ctx)), body: remark }),
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': async (ctx) => {
    // One renewable period, paid on its date: the plan is then TO_BE_RENEWED (day 0 of a monthly window).
    const id = await scheduledInsurance(ctx, true)
    await nextDay10(ctx)
    await ctx.wxpay.chain('v3/papay/insurance-pay/transactions/apply').post(insuranceApply(ctx, id, 1, 1000, code('R')))
    await ctx.clock.advance(1000)
    return {
      params: { plan_id: 12535, contract_id: id },
      body: { appid: APPID, policy_periods: periods([[plusDays(today(ctx), 30), 1000]], 2) },
    }
  },
  'GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': async (
    ctx,
  ) => ({
    params: { ...(await insuranceByCode(ctx)).params, limit: 10, offset: 0 },
  }),
  'POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': async (ctx) => {
    const day = await at10(ctx)
    const plan: [string, number][] = [
      [plusDays(day, 5), 1000],
      [plusDays(day, 35), 1000],
    ]
    const id = await signInsurance(ctx, code('MD'), plan)
    return {
      params: { plan_id: 12535, contract_id: id },
      body: { appid: APPID, policy_periods: periods([plan[0], [plan[1][0], 800]]) },
    }
  },
  'POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule':
    async (ctx) => {
      const day = await at10(ctx)
      const id = await signInsurance(ctx, code('SC'), [[plusDays(day, 1), 1000]])
      return {
        params: { contract_id: id, policy_period_id: 1 },
        body: { appid: APPID, scheduled_amount: { total: 1000 } },
      }
    },
  'GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}': async (
    ctx,
  ) => ({ params: { contract_id: await scheduledInsurance(ctx), policy_period_id: 1 } }),
  'POST /v3/papay/insurance-pay/transactions/apply': async (ctx) => {
    const id = await scheduledInsurance(ctx)
    await nextDay10(ctx)
    return { body: insuranceApply(ctx, id, 1, 1000, code('IA')) }
  },
  'POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule': async (ctx) => {
    const day = await at10(ctx)
    const id = await signScheduled(ctx, code('SD'), plusDays(day, 1), 2500)
    return { params: { contract_id: id }, body: { appid: APPID, schedule_amount: { total: 2500 } } }
  },
  'GET /v3/papay/pay/schedules/contract-id/{contract_id}': async (ctx) => ({
    params: { contract_id: await signScheduled(ctx, code('SQ'), plusDays(today(ctx), 3), 2500) },
  }),
  'POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': async (ctx) => {
    const day = await at10(ctx)
    const { id } = await partnerContract(ctx, plusDays(day, 1))
    return { params: { contract_id: id }, body: { ...PARTNER, schedule_amount: { total: 900 } } }
  },
  'GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}': async (ctx) => ({
    params: { contract_id: (await partnerContract(ctx, plusDays(today(ctx), 3))).id, sub_mchid: PARTNER.sub_mchid },
  }),
  'GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': papayByCode,
  'POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': async (ctx) => ({
    ...(await papayByCode(ctx)),
    body: remark,
  }),
  'GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': async (ctx) => ({
    params: { plan_id: 8001, out_contract_code: (await partnerContract(ctx)).code, sub_mchid: PARTNER.sub_mchid },
  }),
  'POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': async (
    ctx,
  ) => ({
    params: { plan_id: 8001, out_contract_code: (await partnerContract(ctx)).code },
    body: { sub_mchid: PARTNER.sub_mchid, ...remark },
  }),
  'GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}': papayByCode,
  'POST /v3/papay/pay/transactions/apply': async (ctx) => ({ body: papayApply(ctx, await signPapay(ctx, code('PA'))) }),
  'POST /v3/papay/pay/partner/transactions/apply': async (ctx) => ({
    body: papayApply(ctx, (await partnerContract(ctx)).id, PARTNER),
  }),
  'POST /v3/papay/pay/harmony/transactions/apply': async (ctx) => ({
    body: { ...papayApply(ctx, await signPapay(ctx, code('HA'))), harmony_account_id: 'H0001' },
  }),
  'POST /v3/papay/contracts/{contract_id}/notify': async (ctx) => {
    await at10(ctx)
    return {
      params: { contract_id: await signPapay(ctx, code('NT')) },
      body: { mchid: ctx.simulator.merchant.mchid, appid: APPID, estimated_amount: { amount: 100 } },
    }
  },
  'POST /v3/papay/contracts/{contract_id}/fail-notify': async (ctx) => {
    await at10(ctx)
    return {
      params: { contract_id: await signPapay(ctx, code('FN')) },
      body: { mchid: ctx.simulator.merchant.mchid, appid: APPID },
    }
  },
  'POST /v3/partner-papay/contracts/{contract_id}/notify': async (ctx) => {
    await at10(ctx)
    return {
      params: { contract_id: (await partnerContract(ctx)).id },
      body: { sp_mchid: ctx.simulator.merchant.mchid, ...PARTNER, estimated_amount: { amount: 100 } },
    }
  },
  'POST /v3/partner-papay/contracts/{contract_id}/fail-notify': async (ctx) => {
    await at10(ctx)
    return {
      params: { contract_id: (await partnerContract(ctx)).id },
      body: { sp_mchid: ctx.simulator.merchant.mchid, ...PARTNER },
    }
  },
  'GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': async (
    ctx,
  ) => ({ params: await passwordExempt(ctx) }),
  'POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate':
    async (ctx) => ({ params: await passwordExempt(ctx), body: remark }),
  'GET /v3/certificates': async () => ({}),
}

/** The preparation of an endpoint's valid call: its own, or a pre-sign's. */
export function validCall(key: EndpointKey, endpoint: EndpointDefinition): Prepare | undefined {
  return prepared[key] ?? (endpoint.simulator?.presign ? presign : undefined)
}

// The seed pages' examples (written for wechatpay-axios-plugin 0.9.6), pasted verbatim with their
// variables defined first, run against the simulator with @wxpay/sdk and with @wxpay/sdk/compat, in
// the page's `.post` form and in the shortland (the node called); each resolves to the fields the
// page destructures. `npm run typecheck` compiles this file under `strict`, with the SDK's types.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { WechatPay } from '@wxpay/sdk'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import {
  compatClient,
  IDENTITY,
  identityFor,
  insuranceVariables,
  MINI_PROGRAM,
  partnerVariables,
  passwordExemptVariables,
  sdkClient,
  sessionFor,
  shortland,
} from './helpers.js'

type Insurance = ReturnType<typeof insuranceVariables>

function seed000(wxpay: WechatPay, variables: Insurance) {
  const { appid, openid, plan_id, out_contract_code, insured_display_name, contract_notify_url } = variables
  const { policy_start_date, policy_end_date, policy_periods, amount, out_trade_no, description } = variables
  const { transaction_notify_url, out_user_code, goods_tag, attach, can_auto_insure, can_auto_reinsure } = variables
  const { real_identity, headers } = variables
  // biome-ignore format: verbatim from seed page 000
  return wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
//                                                                ^^^^
  appid,
  openid,
  plan_id,
  out_contract_code,
  insured_display_name,
  contract_notify_url,
  policy_start_date,
  policy_end_date,
  policy_periods,
  amount,
  out_trade_no,
  description,
  transaction_notify_url,
  out_user_code,
  goods_tag,
  attach,
  can_auto_insure,
  can_auto_reinsure,
  real_identity,
}, { headers, })
.then(
  ({ // [!code hl:11]
    data: {
      pre_entrustweb_id,
      redirect_appid,
      redirect_path,
    },
  }) => ({
    pre_entrustweb_id,
    redirect_appid,
    redirect_path,
  })
)
}

function seed001(wxpay: WechatPay, variables: Insurance) {
  const { appid, openid, plan_id, out_contract_code, insured_display_name, contract_notify_url } = variables
  const { policy_start_date, policy_end_date, policy_periods, amount, out_trade_no, description } = variables
  const { transaction_notify_url, out_user_code, goods_tag, attach, can_auto_insure, can_auto_reinsure } = variables
  const { real_identity, headers } = variables
  // biome-ignore format: verbatim from seed page 001
  return wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post({
//                                                          ^^^^
  appid,
  openid,
  plan_id,
  out_contract_code,
  insured_display_name,
  contract_notify_url,
  policy_start_date,
  policy_end_date,
  policy_periods,
  amount,
  out_trade_no,
  description,
  transaction_notify_url,
  out_user_code,
  goods_tag,
  attach,
  can_auto_insure,
  can_auto_reinsure,
  real_identity,
}, { headers, })
.then(
  ({ // [!code hl:7]
    data: {
      redirect_url,
    },
  }) => ({
    redirect_url,
  })
)
}

function seed003(wxpay: WechatPay, variables: ReturnType<typeof partnerVariables>) {
  const { sp_appid, sp_openid, sub_mchid, sub_appid, sub_openid, plan_id, out_contract_code } = variables
  const { contract_display_account, contract_notify_url, out_user_code, deduct_schedule } = variables
  // biome-ignore format: verbatim from seed page 003
  return wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post({
//                                                                              ^^^^
  sp_appid,
  sp_openid,
  sub_mchid,
  sub_appid,
  sub_openid,
  plan_id,
  out_contract_code,
  contract_display_account,
  contract_notify_url,
  out_user_code,
  deduct_schedule,
})
.then(
  ({ // [!code hl:11]
    data: {
      pre_entrustweb_id,
      redirect_appid,
      redirect_path,
    },
  }) => ({
    pre_entrustweb_id,
    redirect_appid,
    redirect_path,
  })
)
}

function seed004(wxpay: WechatPay, variables: ReturnType<typeof passwordExemptVariables>) {
  const { appid, service_id, out_contract_code, notify_url, contract_display_account, openid } = variables
  // biome-ignore format: verbatim from seed page 004
  return wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post({
//                                                                             ^^^^
  appid,
  service_id,
  out_contract_code,
  notify_url,
  contract_display_account,
  openid,
})
.then(
  ({ // [!code hl:17]
    data: {
      pre_entrustweb_id,
      mchid,
      service_id,
      out_contract_code,
      sign_mp_appid,
      sign_mp_path,
    },
  }) => ({
    pre_entrustweb_id,
    mchid,
    service_id,
    out_contract_code,
    sign_mp_appid,
    sign_mp_path,
  })
)
}

/** Seed page 002 shows the S1 call in PHP (Guzzle), in three chain forms, with `'Wechatpay-Serial' => ''`. */
type Page002Call = (
  wxpay: WechatPay,
  json: Omit<Insurance, 'headers'>,
  headers: Record<string, string>,
) => Promise<{ status: number; data: unknown }>
const page002Forms: Record<string, Page002Call> = {
  dotted: (wxpay, json, headers) =>
    wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(json, { headers }),
  chain: (wxpay, json, headers) =>
    wxpay.chain('v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program').post(json, { headers }),
  key: (wxpay, json, headers) =>
    wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'].post(json, { headers }),
  shortland: (wxpay, json, headers) =>
    wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram(json, { headers }),
}

let sim: Simulator
before(async () => {
  sim = await createSimulator()
})
after(() => sim.close())

// @wxpay/sdk with the simulator's public-key id in Wechatpay-Serial and real_identity encrypted by
// hand (an empty header will mean "not given" in @wxpay/sdk too, once that rule lands); the compat
// layer with the pages' empty header and plaintext, which it takes as "not given", so the SDK encrypts.
const clients = [
  { name: '@wxpay/sdk', client: (s: Simulator) => sdkClient(s), identity: 'hand' as const },
  {
    name: '@wxpay/sdk/compat',
    client: (s: Simulator) => compatClient(s) as unknown as WechatPay,
    identity: 'client' as const,
  },
]
const forms = [
  { name: '.post', view: (wxpay: WechatPay) => wxpay },
  { name: 'shortland', view: shortland },
]

for (const { name, client, identity } of clients) {
  describe(`the seed pages' examples, verbatim, with ${name}`, () => {
    for (const form of forms) {
      const code = (seed: string) => `S${seed}${identity}${form.name === '.post' ? 'P' : 'S'}`

      it(`000 (S1, mini-program) in the ${form.name} form`, async () => {
        const base = client(sim)
        const wxpay = form.view(base)
        const node = base.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram
        const called = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post
        assert.equal(called === node, form.name === 'shortland', 'the shortland form calls the node itself')
        const result = await seed000(wxpay, insuranceVariables(code('000'), identityFor(sim, identity)))
        const session = sessionFor(sim, code('000'))
        assert.deepEqual(result, { pre_entrustweb_id: session.pre_entrustweb_id, ...MINI_PROGRAM })
        assert.deepEqual(session.request.real_identity, { ...IDENTITY, identity_type: 'ID_CARD' })
      })

      it(`001 (S2, JSAPI) in the ${form.name} form`, async () => {
        const wxpay = form.view(client(sim))
        const result = await seed001(wxpay, insuranceVariables(code('001'), identityFor(sim, identity)))
        const session = sessionFor(sim, code('001'))
        assert.deepEqual(result, { redirect_url: `${sim.url}/simulator/sign/${session.pre_entrustweb_id}` })
        assert.equal(session.request.real_identity.id_card_number, IDENTITY.id_card_number)
      })

      it(`003 (S3, partner scheduled-deduct) in the ${form.name} form`, async () => {
        const result = await seed003(form.view(client(sim)), partnerVariables(code('003')))
        const session = sessionFor(sim, code('003'))
        assert.deepEqual(result, { pre_entrustweb_id: session.pre_entrustweb_id, ...MINI_PROGRAM })
        assert.equal(session.request.sub_mchid, '1900000109')
      })

      it(`004 (S4, password-exempt) in the ${form.name} form`, async () => {
        const result = await seed004(form.view(client(sim)), passwordExemptVariables(code('004')))
        assert.deepEqual(result, {
          pre_entrustweb_id: sessionFor(sim, code('004')).pre_entrustweb_id,
          mchid: sim.merchant.mchid,
          service_id: 500001,
          out_contract_code: code('004'),
          sign_mp_appid: MINI_PROGRAM.redirect_appid,
          sign_mp_path: MINI_PROGRAM.redirect_path,
        })
      })
    }

    it("002 (S1 in PHP): the page's values through the dotted chain, chain(), ['…'] and the shortland", async () => {
      const by = identityFor(sim, identity)
      const wxpay = client(sim)
      for (const [form, call] of Object.entries(page002Forms)) {
        const { headers, ...json } = insuranceVariables(`P002${identity}${form}`, by)
        const { status, data } = await call(wxpay, json, headers)
        const session = sessionFor(sim, json.out_contract_code)
        assert.equal(status, 200)
        assert.deepEqual(data, { pre_entrustweb_id: session.pre_entrustweb_id, ...MINI_PROGRAM })
        assert.equal(session.request.real_identity.real_name, IDENTITY.real_name, form)
      }
    })
  })
}

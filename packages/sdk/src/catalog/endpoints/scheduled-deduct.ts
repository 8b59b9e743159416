// Scheduled deduct (预约扣费): the pre-signs of direct merchants and service providers in App, H5,
// JSAPI and mini-program, and the scheduling of the one deduction (spec §4.3, §5.2, §5.3, §5.9).
import {
  appid,
  contractDisplayAccount,
  contractId,
  deductSchedule,
  deductWindow,
  jumpControl,
  miniProgramHandoff,
  notifyUrl,
  oneOf,
  openid,
  outContractCode,
  outUserCode,
  personal,
  planId,
  plannedAmount,
  preEntrustwebId,
  redirectHandoff,
  requiresWith,
  scheduleState,
  spAppid,
  subAppid,
  subMchid,
} from '../fields.js'
import { type Fields, type ObjectRule, s } from '../schema.js'
import { define } from './definition.js'

const DIRECT = '§5.2 [PAY normal-app-scheduled-deduct-pre-sign]'
const PARTNER = '§4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign]'

/** The template type decides whether deduct_schedule is required, which the SDK cannot see: a warning. */
const schedulePlanned: ObjectRule = s.rule(
  'deduct_schedule is given: templates of the 预约扣费 type require it (§4.3)',
  (body, pointer, issues) => {
    if (body.deduct_schedule !== undefined) return
    issues.push({
      field: `${pointer}/deduct_schedule`,
      issue: 'is missing; a template of the 预约扣费 (scheduled deduct) type requires it',
      fix: 'add deduct_schedule { estimated_deduct_date, estimated_deduct_amount, description }',
    })
  },
)
const userOfPartner = oneOf(['sp_openid', 'sub_openid'], 'JSAPI and mini-program signing need the user', PARTNER)
const subAppidWithOpenid = requiresWith('sub_openid', 'sub_appid', 'the AppID that sub_openid belongs to')

const signing = (source: string) => ({
  plan_id: planId(),
  out_contract_code: outContractCode(),
  contract_display_account: contractDisplayAccount(source),
  contract_notify_url: notifyUrl('HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters'),
  out_user_code: s.optional(outUserCode(32, source)),
  deduct_schedule: s.optional(deductSchedule()),
})
const signer = () => openid("the user's openid under appid: the user who signs")
const requiredSigner = (page: string) => ({
  ...signer(),
  deviation: `required for JSAPI and mini-program signing (optional in the YAML): §5.2, §9 item 6 [PAY ${page}]`,
})
/** A direct merchant's pre-sign body (spec §5.2); `extra` adds the user and, for H5, jump_control. */
const directRequest = <F extends Fields>(extra: F) =>
  s.object({ appid: appid(), ...signing(DIRECT), ...extra }, { rules: [schedulePlanned] })
/** A service provider's pre-sign body (spec §4.3, §5.3); JSAPI and mini-program need the user. */
const partnerRequest = <F extends Fields>(extra: F, userRequired: boolean) =>
  s.object(
    {
      sp_appid: spAppid(),
      sp_openid: s.optional(
        personal({ minLength: 1, maxLength: 64, source: PARTNER, doc: "the user's openid under sp_appid" }),
      ),
      sub_mchid: subMchid(),
      sub_appid: s.optional(subAppid()),
      sub_openid: s.optional(
        personal({ minLength: 1, maxLength: 64, source: PARTNER, doc: "the user's openid under sub_appid" }),
      ),
      ...signing(PARTNER),
      ...extra,
    },
    { rules: [...(userRequired ? [userOfPartner] : []), subAppidWithOpenid, schedulePlanned] },
  )

const appHandoff = () =>
  s.object({
    pre_entrustweb_id: preEntrustwebId(),
    miniprogram_username: s.optional(
      s.string({ doc: 'username (gh_…) of the signing mini-program the App opens, if any' }),
    ),
    miniprogram_path: s.optional(s.string({ doc: 'page path in that mini-program' })),
  })
const h5Url = () => redirectHandoff('URL the browser opens to launch WeChat on the signing page')
const jsapiUrl = () => redirectHandoff('URL of the signing flow, to open inside WeChat')
const direct = { family: 'papay', sessionSeconds: 600, notifyUrlField: 'contract_notify_url' } as const
const partner = { ...direct, family: 'papay-partner' } as const

const scheduleAnswer = s.object({
  schedule_state: scheduleState(),
  ...deductWindow(),
})
const scheduleAmount = () =>
  plannedAmount('the amount to schedule: the pre-sign deduct_schedule.estimated_deduct_amount, in fen (分)')
const contractParams = () => s.object({ contract_id: contractId() })
const DIRECT_DOCS = 'https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal'
const PARTNER_DOCS = 'https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner'

export const scheduledDeductEndpoints = {
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app',
    title: 'App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App)',
    role: 'merchant',
    request: directRequest({ openid: s.optional(signer()) }),
    response: appHandoff(),
    simulator: { presign: { ...direct, handoff: 'app' } },
    spec: '§5.2 #3',
    docs: `${DIRECT_DOCS}/normal-app-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5',
    title: 'H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser)',
    role: 'merchant',
    request: directRequest({ openid: s.optional(signer()), jump_control: s.optional(jumpControl()) }),
    response: h5Url(),
    simulator: { presign: { ...direct, handoff: 'redirect-url' } },
    spec: '§5.2 #4',
    docs: `${DIRECT_DOCS}/normal-h5-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi',
    title: 'JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat)',
    role: 'merchant',
    request: directRequest({ openid: requiredSigner('jsapi-scheduled-deduct-pre-sign') }),
    response: jsapiUrl(),
    simulator: { presign: { ...direct, handoff: 'redirect-url' } },
    spec: '§5.2 #5',
    docs: `${DIRECT_DOCS}/jsapi-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program',
    title: '小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program)',
    role: 'merchant',
    request: directRequest({ openid: requiredSigner('mini-program-scheduled-deduct-pre-sign') }),
    response: miniProgramHandoff(),
    simulator: { presign: { ...direct, handoff: 'mini-program' } },
    spec: '§5.2 #6',
    docs: `${DIRECT_DOCS}/mini-program-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app',
    title: 'App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App)',
    role: 'partner',
    request: partnerRequest({}, false),
    response: appHandoff(),
    simulator: { presign: { ...partner, handoff: 'app' } },
    spec: '§5.3 #7',
    docs: `${PARTNER_DOCS}/partner-app-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5',
    title: 'H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser)',
    role: 'partner',
    request: partnerRequest({ jump_control: s.optional(jumpControl()) }, false),
    response: h5Url(),
    simulator: { presign: { ...partner, handoff: 'redirect-url' } },
    spec: '§5.3 #8',
    docs: `${PARTNER_DOCS}/partner-h5-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi',
    title: 'JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat)',
    role: 'partner',
    request: partnerRequest({}, true),
    response: jsapiUrl(),
    simulator: { presign: { ...partner, handoff: 'redirect-url' } },
    spec: '§5.3 #9',
    docs: `${PARTNER_DOCS}/partner-jsapi-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': define({
    method: 'POST',
    path: '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program',
    title: '小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program)',
    role: 'partner',
    request: partnerRequest({}, true),
    response: miniProgramHandoff(),
    simulator: { presign: { ...partner, handoff: 'mini-program' } },
    spec: '§4.3 S3',
    docs: `${PARTNER_DOCS}/partner-mini-program-scheduled-deduct-pre-sign.html`,
  }),
  'POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule': define({
    method: 'POST',
    path: '/v3/papay/pay/schedules/contract-id/{contract_id}/schedule',
    title: '预约扣费 (schedule the deduction of a scheduled-deduct contract)',
    role: 'merchant',
    params: contractParams(),
    request: s.object({ appid: appid('AppID of the contract (应用ID)'), schedule_amount: scheduleAmount() }),
    response: scheduleAnswer,
    spec: '§5.9 #33',
    docs: `${DIRECT_DOCS}/normal-schedule-deduction.html`,
  }),
  'GET /v3/papay/pay/schedules/contract-id/{contract_id}': define({
    method: 'GET',
    path: '/v3/papay/pay/schedules/contract-id/{contract_id}',
    title: '查询扣费预约 (query the scheduled deduction of a contract)',
    role: 'merchant',
    params: contractParams(),
    response: scheduleAnswer,
    spec: '§5.9 #34',
    docs: `${DIRECT_DOCS}/normal-query-deduct-schedule.html`,
  }),
  'POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': define({
    method: 'POST',
    path: '/v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule',
    title: '预约扣费 (partner: schedule the deduction of a scheduled-deduct contract)',
    role: 'partner',
    params: contractParams(),
    request: s.object({
      sp_appid: spAppid(),
      sub_mchid: subMchid(),
      sub_appid: s.optional(subAppid()),
      schedule_amount: scheduleAmount(),
    }),
    response: scheduleAnswer,
    spec: '§5.9 #35',
    docs: `${PARTNER_DOCS}/partner-schedule-deduction.html`,
  }),
  'GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}': define({
    method: 'GET',
    path: '/v3/papay/pay/partner/schedules/contract-id/{contract_id}',
    title: '查询扣费预约 (partner: query the scheduled deduction of a contract)',
    role: 'partner',
    params: s.object({ contract_id: contractId(), sub_mchid: subMchid() }),
    response: scheduleAnswer,
    spec: '§5.9 #36',
    docs: `${PARTNER_DOCS}/partner-query-deduct-schedule.html`,
  }),
} as const

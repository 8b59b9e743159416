// One contract shape per family, as its query and terminate calls answer (spec §5.6); the sign and
// terminate callbacks carry the same objects (spec §6).
import {
  amount,
  appid,
  contractDisplayAccount,
  contractId,
  contractState,
  datetime,
  deductScheduleState,
  entrustState,
  mchid,
  openid,
  outContractCode,
  outUserCode,
  personal,
  planId,
  serviceId,
  spAppid,
  spMchid,
  subAppid,
  subMchid,
  terminateInfo,
  terminateInfoTimed,
  terminationMode,
  terminationModeOpen,
} from './fields.js'
import { s } from './schema.js'

/** What every contract of the family says of itself. */
const contractCore = () => ({
  contract_id: contractId(),
  out_contract_code: outContractCode(),
  contract_signed_time: s.optional(datetime('when the user signed, RFC 3339')),
})
const expiry = () => ({ contract_expired_time: s.optional(datetime('when the contract expires, RFC 3339')) })
const userCode = () => ({ out_user_code: s.optional(outUserCode()) })

/** The insurance contract (spec §5.6 #25, #26): the terminate answer, and the query's adds the revoke jump. */
const insuranceFields = () => ({
  mchid: mchid(),
  appid: appid(),
  plan_id: planId(),
  ...contractCore(),
  ...expiry(),
  insured_display_name: s.optional(
    personal({ doc: "the insured person's masked display name (被保人展示名称); absent when SIGN_FAILED" }),
  ),
  contract_state: contractState(),
  contract_terminate_info: s.optional(terminateInfoTimed(terminationMode())),
  openid: openid(),
  ...userCode(),
})
export const insuranceContractTerminated = s.object(insuranceFields())
export const insuranceContract = s.object({
  ...insuranceFields(),
  revoke_terminate_contract_redirect_url: s.optional(
    s.string({ doc: 'path of the mini-program page where the user may revoke a pending termination' }),
  ),
  revoke_terminate_contract_redirect_appid: s.optional(s.string({ doc: 'AppID of that mini-program' })),
})

/** A direct merchant's entrusted (papay) contract (spec §5.6 #20, #21). */
const papayFields = () => ({
  mchid: mchid(),
  appid: appid(),
  plan_id: planId(),
  ...contractCore(),
  ...expiry(),
  contract_display_account: contractDisplayAccount(),
  openid: openid(),
  ...userCode(),
})
export const papayContract = s.object({
  ...papayFields(),
  contract_state: entrustState(true),
  contract_terminate_info: s.optional(terminateInfoTimed(terminationModeOpen())),
  deduct_schedule: s.optional(deductScheduleState(amount)),
})
/** The HarmonyOS query's contract: closed enums, the masked WeChat id, no schedule (spec §5.6 #24). */
export const harmonyContract = s.object({
  ...papayFields(),
  contract_state: entrustState(false),
  contract_terminate_info: s.optional(terminateInfoTimed(terminationMode())),
  mask_wxid: s.optional(personal({ doc: "the user's WeChat id, masked (微信号掩码), for HarmonyOS papay" })),
})

/** The service provider's view of a contract (spec §5.6 #22, #23). */
export const papayPartnerContract = s.object({
  sp_mchid: spMchid(),
  sp_appid: spAppid(),
  sub_mchid: subMchid(),
  sub_appid: s.optional(subAppid()),
  plan_id: planId(),
  ...contractCore(),
  ...expiry(),
  contract_display_account: contractDisplayAccount(),
  contract_state: entrustState(true),
  sp_openid: openid("the user's openid under sp_appid"),
  sub_openid: s.optional(openid("the user's openid under sub_appid")),
  contract_terminate_info: s.optional(terminateInfoTimed(terminationModeOpen())),
  ...userCode(),
  deduct_schedule: s.optional(deductScheduleState(amount)),
})

/** The password-exempt contract as the query returns it (spec §5.6 #18); its callbacks are modelled on it (§6.6). */
export const passwordExemptContract = s.object({
  mchid: mchid(),
  appid: appid(),
  openid: openid(),
  sub_appid: s.optional(subAppid()),
  sub_openid: s.optional(openid("the user's openid under sub_appid")),
  service_id: serviceId(),
  ...contractCore(),
  contract_signed_time: datetime('when the user signed, RFC 3339'),
  contract_display_account: s.optional(contractDisplayAccount()),
  contract_state: s.enum(['SIGNED', 'TERMINATED'] as const, {
    open: true,
    doc: 'SIGNED while the contract is in force, TERMINATED once it ended (the pages show only SIGNED)',
  }),
  contract_terminate_info: s.optional(terminateInfo()),
})

/** What a password-exempt terminate and pre-sign echo (spec §5.5, §5.6 #19); `sub_mchid` for service providers. */
export const passwordExemptEcho = () => ({
  mchid: mchid("the caller's merchant id (商户号), echoed"),
  service_id: serviceId(),
  out_contract_code: outContractCode(),
})
export const partnerEcho = () => ({ ...passwordExemptEcho(), sub_mchid: subMchid() })

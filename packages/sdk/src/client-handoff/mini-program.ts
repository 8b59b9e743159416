// The mini-program hand-off (spec §4.1 "Client hand-off"): the merchant's mini-program opens WeChat
// Pay's signing mini-program with the pre-sign's answer, and reads what it says on the way back.
// Runs inside a mini-program: no Node, no DOM, no URL; plain objects in and out.
import { WechatPayError } from '../errors.js'

/** A problem with what the hand-off was given; names the fix. Nothing was opened. */
export class HandoffError extends WechatPayError {
  override name = 'HandoffError'
}

/** The answer of a papay, insurance or scheduled-deduct mini-program pre-sign (S1, S3, …/mini-program). */
export interface PapayMiniProgramPreSign {
  pre_entrustweb_id: string
  redirect_appid: string
  redirect_path: string
}

/** The answer of a password-exempt (免密支付) mini-program pre-sign (S4 and its family). */
export interface PasswordExemptMiniProgramPreSign {
  pre_entrustweb_id: string
  sign_mp_appid: string
  sign_mp_path: string
}

export type MiniProgramPreSign = PapayMiniProgramPreSign | PasswordExemptMiniProgramPreSign

/** The arguments of `wx.navigateToMiniProgram` that open the signing mini-program. */
export interface SigningNavigation {
  appId: string
  path: string
  extraData: { pre_entrustweb_id: string }
}

/** `App.onShow` / `wx.getEnterOptionsSync()`: the parts the return is read from. */
export interface ShowOptions {
  scene?: number
  referrerInfo?: { appId?: string; extraData?: unknown }
}

/** `return_code` of the signing mini-program: `SUCCESS` or `FAIL` (a string of at most 16 characters). */
export type SigningReturnCode = 'SUCCESS' | 'FAIL' | (string & {})

/**
 * What the signing mini-program reported when it handed the user back. It is a hint for the page
 * the user sees: the contract exists only once its notification arrives or the contract query finds it.
 */
export interface SigningReturn {
  returnCode: SigningReturnCode
  /** `return_msg`, at most 32 characters. */
  returnMsg?: string
  /** `contract_id`, when the signing mini-program gives it. */
  contractId?: string
  /** `returnCode === 'SUCCESS'`. */
  signed: boolean
}

/** The scene of a mini-program shown again on return from another mini-program. */
export const RETURN_FROM_MINI_PROGRAM_SCENE = 1038

const text = (value: unknown): value is string => typeof value === 'string' && value !== ''

/** The signing mini-program's AppID and page, from either kind of pre-sign answer. */
function target(preSign: MiniProgramPreSign): { appId: string; path: string } {
  const answer = preSign as Partial<PapayMiniProgramPreSign & PasswordExemptMiniProgramPreSign>
  if (text(answer.redirect_appid) && text(answer.redirect_path)) {
    return { appId: answer.redirect_appid, path: answer.redirect_path }
  }
  if (text(answer.sign_mp_appid) && text(answer.sign_mp_path)) {
    return { appId: answer.sign_mp_appid, path: answer.sign_mp_path }
  }
  throw new HandoffError(
    'the pre-sign answer has neither redirect_appid and redirect_path (papay, insurance, scheduled deduct) nor ' +
      'sign_mp_appid and sign_mp_path (password-exempt): pass the data of a mini-program pre-sign response',
  )
}

/**
 * The `wx.navigateToMiniProgram` arguments that open WeChat Pay's signing mini-program:
 * `wx.navigateToMiniProgram({ ...signingNavigation(data), success, fail })`.
 */
export function signingNavigation(preSign: MiniProgramPreSign): SigningNavigation {
  if (typeof preSign !== 'object' || preSign === null) {
    throw new HandoffError('pass the data of the mini-program pre-sign response (an object)')
  }
  const { appId, path } = target(preSign)
  if (!text(preSign.pre_entrustweb_id)) {
    throw new HandoffError('the pre-sign answer has no pre_entrustweb_id: pass the data of the pre-sign response')
  }
  return { appId, path, extraData: { pre_entrustweb_id: preSign.pre_entrustweb_id } }
}

/**
 * Reads the signing mini-program's return in `onShow(options)`: scene 1038, from the signing
 * mini-program's AppID (`from`: the pre-sign answer or the AppID itself), with `extraData`. Undefined
 * for any other show, and when the user backed out with the top-left button (no `extraData`).
 */
export function signingReturn(options: ShowOptions, from: MiniProgramPreSign | string): SigningReturn | undefined {
  const appId = typeof from === 'string' ? from : target(from).appId
  if (options?.scene !== RETURN_FROM_MINI_PROGRAM_SCENE || options.referrerInfo?.appId !== appId) return undefined
  const data = options.referrerInfo.extraData as Record<string, unknown> | undefined
  if (typeof data !== 'object' || data === null || !text(data.return_code)) return undefined
  return {
    returnCode: data.return_code,
    ...(text(data.return_msg) ? { returnMsg: data.return_msg } : {}),
    ...(text(data.contract_id) ? { contractId: data.contract_id } : {}),
    signed: data.return_code === 'SUCCESS',
  }
}

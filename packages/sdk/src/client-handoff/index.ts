// `@wxpay/sdk/client`: the front-end hand-off of a pre-sign, for a mini-program or a page inside
// WeChat. Safe in a browser and a mini-program: no Node module, no Buffer, nothing of the server SDK.
export {
  type ElementLike,
  ensureSigningReferrerPolicy,
  isSigningReturn,
  type JsapiPreSign,
  openSigningPage,
  RETURN_PARAMETER,
  SIGNING_REFERRER_META,
  SIGNING_REFERRER_POLICY,
  type WindowLike,
} from './jsapi.js'
export {
  HandoffError,
  type MiniProgramPreSign,
  type PapayMiniProgramPreSign,
  type PasswordExemptMiniProgramPreSign,
  RETURN_FROM_MINI_PROGRAM_SCENE,
  type ShowOptions,
  type SigningNavigation,
  type SigningReturn,
  type SigningReturnCode,
  signingNavigation,
  signingReturn,
} from './mini-program.js'

// @wxpay/sdk/compat: wechatpay-axios-plugin's interface on @wxpay/sdk. A program written for
// wechatpay-axios-plugin 0.9.6 runs with only its require/import line changed; see
// docs/migrating-from-wechatpay-axios-plugin.md for what differs and why.
export {
  AbortError,
  ConfigurationError,
  NetworkError,
  SignatureVerificationError,
  TimeoutError,
  ValidationError,
  WechatPayApiError,
  WechatPayError,
} from '../errors.js'
export { Aes, AesGcm, type AesKey } from './aes.js'
export { Formatter } from './formatter.js'
export {
  ApiV2NotSupportedError,
  type CompatError,
  type CompatRequestConfig,
  type CompatResponse,
} from './request.js'
export { Rsa } from './rsa.js'
export {
  type CompatNode,
  type CompatRoot,
  normalize,
  Wechatpay,
  Wechatpay as default,
  type WechatpayOptions,
} from './wechatpay.js'

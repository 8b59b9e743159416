export type { ContractFamily, EndpointDefinition, EndpointKey, Endpoints, Method, Role } from './catalog/endpoints.js'
export { contractEvents, type EventType, events } from './catalog/events.js'
export { endpoints, matchEndpoint, methodsForPath, pathParamNames } from './catalog/index.js'
export { encryptedPointers, type Infer, type Issue, pointerToken, type Schema, s, validate } from './catalog/schema.js'
export type {
  CallOptions,
  CatalogPath,
  ChainNode,
  EndpointCall,
  UntypedNode,
  WechatPayResponse,
} from './chain-types.js'
export { type RequestOptions, SDK_VERSION, WechatPay } from './client.js'
export type { Clock, WechatPayOptions } from './config.js'
export { decryptAesGcm, decryptSensitive, encryptAesGcm, encryptSensitive } from './crypto/cipher.js'
export {
  authorizationHeader,
  createNonce,
  MAX_CLOCK_SKEW_SECONDS,
  PROBE_PREFIX,
  readSignedHeaders,
  requestMessage,
  responseMessage,
  SCHEMA,
  signAsync,
  signSync,
  verifySignature,
} from './crypto/signature.js'
export { encryptedFieldsOf, findPresent, replaceAt } from './encrypted-fields.js'
export {
  ConfigurationError,
  DecryptionError,
  NetworkError,
  NotificationProbeError,
  SignatureVerificationError,
  type SignedRequestInfo,
  TimeoutError,
  ValidationError,
  type VerificationFailure,
  WechatPayApiError,
  WechatPayError,
} from './errors.js'
export { type KeyMaterial, PUBLIC_KEY_ID_PREFIX, parseTrustedKey, type TrustedKey, TrustStore } from './trust-store.js'

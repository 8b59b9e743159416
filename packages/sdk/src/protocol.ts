// `@wxpay/sdk/protocol`: the wire formats of WeChat Pay APIv3 and its side of them, for a server
// that plays WeChat Pay (the simulator) and for tools: the catalog and its validation, JSON pointers,
// both signatures, verification, the ciphers and the trust store. A merchant's code needs none of it.

export { readLimited, streamChunks } from './bytes.js'
export { contractEvents, type EventResource, type EventType, events } from './catalog/events.js'
export {
  type ContractFamily,
  type EndpointDefinition,
  type EndpointKey,
  type Endpoints,
  endpoints,
  type Handoff,
  type MatchedEndpoint,
  type Method,
  matchEndpoint,
  methodsForPath,
  pathParamNames,
  personalFieldNames,
  products,
  type Role,
  type SimulatorFacts,
  validateParams,
} from './catalog/index.js'
export {
  deeperThan,
  findPresent,
  isPlainObject,
  MAX_JSON_DEPTH,
  pointerToken,
  pointerTokens,
  replaceAt,
  sameJson,
  valueAt,
} from './catalog/json.js'
export {
  encryptedPointers,
  type Infer,
  type Issue,
  type ObjectSchema,
  pointersWhere,
  type Schema,
  s,
} from './catalog/schema.js'
export { type Findings, isValidDate, type ValidateOptions, validate, validateWithWarnings } from './catalog/validate.js'
export { beijingTime, type Clock, unixSeconds } from './clock.js'
export {
  type AeadResource,
  APIV3_KEY_BYTES,
  decryptAesGcm,
  decryptSensitive,
  encryptAesGcm,
  encryptedFieldsOf,
  encryptSensitive,
} from './encryption.js'
export { Notifications } from './notifications/notifications.js'
export {
  authorizationHeader,
  createNonce,
  requestMessage,
  responseMessage,
  SCHEMA,
  sha256Hex,
  signAsync,
  signSync,
  type WechatpaySigningKey,
  wechatpaySignatureHeaders,
} from './signing.js'
export { parseCertificate, parseTrustedKey } from './trust/keys.js'
export { type KeyMaterial, PUBLIC_KEY_ID_PREFIX, type TrustedKey, TrustStore } from './trust/store.js'
export {
  MAX_CLOCK_SKEW_SECONDS,
  PROBE_PREFIX,
  readSignedHeaders,
  type SignedHeaders,
  type VerifyContext,
  verifySignature,
} from './verification.js'

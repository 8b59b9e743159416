// `@wxpay/sdk/protocol`: the wire formats of WeChat Pay APIv3 and its side of them, for a server
// that plays WeChat Pay (the simulator) and for tools: the catalog and its validation, JSON pointers,
// both signatures, verification, the ciphers and the trust store, the two crypto implementations and
// the DER reader. A merchant's code needs none of it. Node (its synchronous functions use node:crypto).
import { readLimitedBytes } from './bytes.js'

export { streamChunks } from './bytes.js'
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
export { DerError, type DerNode, readDer } from './crypto/der.js'
export { nodeCertificate as parseCertificate, nodeCrypto, sha256Hex, signAsync, signSync } from './crypto/node.js'
export {
  decryptAesGcm,
  decryptSensitive,
  encryptAesGcm,
  encryptSensitive,
  type WechatpaySigningKey,
  wechatpaySignatureHeaders,
} from './crypto/node-sync.js'
export {
  type CertificateFields,
  type PemBlock,
  type PrivateKeyInfo,
  readCertificate,
  readPem,
  readPkcs1,
  readPkcs8,
  readSpki,
  rsaSpki,
  wrapPkcs1,
} from './crypto/pkix.js'
export {
  type CertificateInfo,
  type Crypto,
  type CryptoName,
  KeyImportError,
  type PrivateKey,
  type PublicKey,
} from './crypto/types.js'
export { webCrypto } from './crypto/web.js'
export { type AeadResource, APIV3_KEY_BYTES, encryptedFieldsOf, openAesGcm } from './encryption.js'
export { Notifications } from './notifications/notifications.js'
export { authorizationHeader, createNonce, requestMessage, responseMessage, SCHEMA } from './signing.js'
export { parseTrustedKey } from './trust/keys.js'
export { type KeyMaterial, PUBLIC_KEY_ID_PREFIX, type TrustedKey, TrustStore } from './trust/store.js'
export {
  MAX_CLOCK_SKEW_SECONDS,
  PROBE_PREFIX,
  readSignedHeaders,
  type SignedHeaders,
  type VerifyContext,
  verifySignature,
} from './verification.js'

/** Collects `chunks` into one Buffer, or undefined once they add up to more than `maxBytes`. */
export const readLimited = (chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer | undefined> =>
  readLimitedBytes(chunks, maxBytes) as Promise<Buffer | undefined>

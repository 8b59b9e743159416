export type { ContractFamily, EndpointDefinition, EndpointKey, Endpoints, Method, Role } from './catalog/endpoints.js'
export { contractEvents, type EventResource, type EventType, events } from './catalog/events.js'
export { endpoints, matchEndpoint, methodsForPath, pathParamNames, validateParams } from './catalog/index.js'
export { encryptedPointers, type Infer, type Issue, pointerToken, type Schema, s, validate } from './catalog/schema.js'
export { type CertificateCache, MemoryCertificateCache } from './certificate-cache.js'
export type { Certificates, PlatformCertificate } from './certificates.js'
export type {
  CallOptions,
  CatalogPath,
  ChainNode,
  EndpointCall,
  UntypedNode,
  WechatPayResponse,
} from './chain-types.js'
export { type RequestOptions, SDK_VERSION, WechatPay } from './client.js'
export { type Clock, DEFAULT_BASE_URL, type WechatPayOptions } from './config.js'
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
  CertificateDownloadError,
  ConfigurationError,
  DecryptionError,
  NetworkError,
  NotificationFormatError,
  type NotificationFormatFailure,
  NotificationProbeError,
  PublicKeyModeError,
  SignatureVerificationError,
  type SignedRequestInfo,
  TimeoutError,
  ValidationError,
  type VerificationFailure,
  WechatPayApiError,
  WechatPayError,
} from './errors.js'
export { createNodeHandler } from './notifications/adapters/node.js'
export {
  type ClaimResult,
  DEFAULT_DEDUPE_LEASE_SECONDS,
  DEFAULT_DEDUPE_TTL_SECONDS,
  type DedupeStore,
  type MemoryDedupeOptions,
  memoryDedupe,
} from './notifications/dedupe.js'
export {
  isKnownEvent,
  type KnownNotificationEvent,
  type NotificationEvent,
  type NotificationOf,
  type UnknownNotificationEvent,
} from './notifications/event.js'
export type { HandleInput, HandleOptions, NotificationHandler } from './notifications/handle.js'
export { Notifications, type NotificationsHost } from './notifications/notifications.js'
export {
  DEFAULT_MAX_BODY_BYTES,
  type NotificationHeaders,
  type NotificationInput,
  type NotificationVerifier,
  type ParseOptions,
  type RawBody,
} from './notifications/parse.js'
export { failureReply, failureReplyFor, type NotificationReply, successReply } from './notifications/replies.js'
export { type KeyMaterial, PUBLIC_KEY_ID_PREFIX, parseTrustedKey, type TrustedKey, TrustStore } from './trust-store.js'

// What a merchant's code needs: the client, its options and results, the typed errors, the
// notification helpers and the certificate cache seam. Wire formats for the other side live in
// `@wxpay/sdk/protocol`; test notifications in `@wxpay/sdk/testing`.
export type { EventResource, EventType } from './catalog/events.js'
export type { EndpointKey, Endpoints, Method, Role } from './catalog/index.js'
export type { Infer, Issue, Schema } from './catalog/schema.js'
export type {
  CallOptions,
  CatalogPath,
  ChainNode,
  EndpointCall,
  UntypedNode,
  WechatPayResponse,
} from './chain-types.js'
export { SDK_VERSION, WechatPay } from './client.js'
export type { Clock } from './clock.js'
export { DEFAULT_BACKUP_BASE_URL, DEFAULT_BASE_URL, type WechatPayOptions } from './config.js'
export type { CryptoName } from './crypto/types.js'
export {
  AbortError,
  CertificateDownloadError,
  ConfigurationError,
  DecryptionError,
  NetworkError,
  NotificationFormatError,
  type NotificationFormatFailure,
  NotificationProbeError,
  PublicKeyModeError,
  type RequestFailureContext,
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
export type { Notifications, NotificationsHost } from './notifications/notifications.js'
export {
  DEFAULT_MAX_BODY_BYTES,
  type NotificationHeaders,
  type NotificationInput,
  type ParseOptions,
  type RawBody,
} from './notifications/parse.js'
export {
  failureReply,
  failureReplyFor,
  type NotificationReply,
  successReply,
  type TerminateInquiryAnswer,
  terminateInquiryReply,
} from './notifications/replies.js'
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from './observe.js'
export type { RequestOptions, ValidationWarning } from './request.js'
export { DEFAULT_MAX_RETRIES, type RetryReason } from './retry-policy.js'
// Synchronous, with node:crypto: on other runtimes they throw, naming what to do instead.
export { decryptSensitive, encryptSensitive } from './runtime/current.js'
export { type CertificateCache, MemoryCertificateCache } from './trust/cache.js'
export type { Certificates, PlatformCertificate } from './trust/download.js'
export type { KeyMaterial } from './trust/store.js'

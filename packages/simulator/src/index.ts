export { ManualClock, type SimulatorClock, systemClock } from './clock.js'
export type { Contract, Session, SessionState } from './contracts.js'
export type { MerchantOptions, PlatformKey, SimulatorMode } from './keys.js'
export { DELIVERY_TIMEOUT_MS, type Delivery, RETRY_SCHEDULE_SECONDS } from './notifier.js'
export { createSimulator, type MerchantCredentials, Simulator, type SimulatorOptions } from './simulator.js'
export {
  beijingTime,
  createTestNotification,
  signNotification,
  type TestNotification,
  type TestNotificationEvent,
  type TestNotificationKeys,
} from './test-notification.js'
export { type IssueCertificateOptions, issueCertificate, selfSignedCertificate } from './x509.js'

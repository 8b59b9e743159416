export {
  beijingTime,
  createTestNotification,
  type IssueCertificateOptions,
  issueCertificate,
  selfSignedCertificate,
  signNotification,
  type TestNotification,
  type TestNotificationEvent,
  type TestNotificationKeys,
} from '@wxpay/sdk/testing'
export { ManualClock, type SimulatorClock, systemClock } from './clock.js'
export { FAULT_KINDS, type Fault, type FaultKind, type FaultRule, FaultRuleError, MAX_FAULTS } from './faults.js'
export type { MerchantOptions, PlatformKey, SimulatorMode } from './keys.js'
export { DELIVERY_TIMEOUT_MS, type Delivery, RETRY_SCHEDULE_SECONDS } from './notifier.js'
export { createSimulator, type MerchantCredentials, Simulator, type SimulatorOptions } from './simulator.js'
export type { Contract } from './state/contracts.js'
export type { Session, SessionState } from './state/sessions.js'

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
export { ManualClock, type MovableClock, OffsetClock, type SimulatorClock, systemClock } from './clock.js'
export { type ClockState, SimulatorControl } from './control-client.js'
export { FAULT_KINDS, type Fault, type FaultKind, type FaultRule, FaultRuleError, MAX_FAULTS } from './faults.js'
export type { MerchantOptions, PlatformKey, SimulatorMode } from './keys.js'
export { deliveryLine, type LogSink, requestLine } from './log.js'
export { DELIVERY_TIMEOUT_MS, type Delivery, RETRY_SCHEDULE_SECONDS } from './notifier.js'
export { type Refusal, type RefusalName, refusals } from './refusals.js'
export { COMBINE_PAPAY_RETRY_SECONDS, ENTRUST_RETRY_SECONDS, retryScheduleOf } from './retry-schedules.js'
export { createSimulator, type MerchantCredentials, Simulator, type SimulatorOptions } from './simulator.js'
export type { Contract, ContractState, TerminationMode } from './state/contracts.js'
export type { Deduction, DeductionState } from './state/deductions.js'
export type { Session, SessionState } from './state/sessions.js'
export { type SimulatorState, STATE_FORMAT, STATE_VERSION } from './state/snapshot.js'
export { StateFileError } from './state/store.js'
export { FAILURE_REASONS, type FailureReason, type WalletOptions } from './state/wallet.js'

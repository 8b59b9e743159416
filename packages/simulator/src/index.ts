export {
  beijingTime,
  createTestNotification,
  type TestNotification,
  type TestNotificationEvent,
  type TestNotificationKeys,
} from './test-notification.js'
export { type IssueCertificateOptions, issueCertificate, selfSignedCertificate } from './x509.js'

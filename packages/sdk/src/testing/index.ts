// `@wxpay/sdk/testing`: what a merchant's own tests need to play WeChat Pay's side without the
// simulator: signed, encrypted notifications, and X.509 certificates issued on the spot.
export {
  beijingTime,
  createTestNotification,
  signNotification,
  type TestNotification,
  type TestNotificationEvent,
  type TestNotificationKeys,
} from './notifications.js'
export { type IssueCertificateOptions, issueCertificate, selfSignedCertificate } from './x509.js'

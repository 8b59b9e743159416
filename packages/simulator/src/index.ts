export { type IssueCertificateOptions, issueCertificate, selfSignedCertificate } from './x509.js'

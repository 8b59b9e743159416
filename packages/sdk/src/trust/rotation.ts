// Following a certificate rotation: a Verifier that, on a certificate serial the trust store does not
// know yet, has the certificates refreshed once and verifies again. Public-key ids never trigger it,
// nor does a 401: WeChat Pay refused the request's signature and would refuse the download's too.
import type { Clock } from '../clock.js'
import type { Crypto } from '../crypto/types.js'
import { SignatureVerificationError } from '../errors.js'
import { storeVerifier, type Verifier, type VerifySubject } from '../verification.js'
import { PUBLIC_KEY_ID_PREFIX, type TrustStore } from './store.js'

/** How a certificate refresh ended: the cache had what was needed, a download ran, or one ran too recently. */
export type RefreshOutcome = 'cache' | 'downloaded' | 'rate-limited'

/** What the rotating verifier needs of the certificate refresh (refresh.ts). */
export interface CertificateRefresher {
  /** Cache, then a shared, rate-limited download; resolves once `satisfied()` may hold. */
  refresh(satisfied: () => boolean): Promise<RefreshOutcome>
  readonly minDownloadInterval: number
}

/**
 * Verifies with the trust store. On a certificate serial the store does not know, a client that can
 * download certificates refreshes them once (cache, then a download shared by concurrent callers
 * and rate-limited) and verifies again: this is how a rotation is followed.
 */
export function rotatingVerifier(
  store: TrustStore,
  clock: Clock,
  refresher: CertificateRefresher | undefined,
  crypto: Crypto,
): Verifier {
  const plain = storeVerifier(store, clock, crypto)
  return {
    async verify(headers, body, subject) {
      try {
        return await plain.verify(headers, body, subject)
      } catch (error) {
        const serial = headers.serial ?? ''
        const refreshable =
          error instanceof SignatureVerificationError &&
          error.reason === 'unknown-serial' &&
          refresher !== undefined &&
          !serial.toUpperCase().startsWith(PUBLIC_KEY_ID_PREFIX)
        if (!refreshable) throw error
        if (subject.status === 401) throw signatureRefused(error, serial, store, subject)
      }
      const outcome = await refresher!
        .refresh(() => store.get(headers.serial!) !== undefined)
        .catch((error) => error as Error)
      try {
        await plain.verify(headers, body, subject)
      } catch (error) {
        if (!(error instanceof SignatureVerificationError && error.reason === 'unknown-serial')) throw error
        throw unknownAfterRefresh(error, headers.serial!, store, subject, outcome, refresher!.minDownloadInterval)
      }
    },
  }
}

/** An unknown certificate on a 401: no download is tried, since it would be refused the same way. */
function signatureRefused(
  error: SignatureVerificationError,
  serial: string,
  store: TrustStore,
  subject: VerifySubject,
): SignatureVerificationError {
  return new SignatureVerificationError(
    'unknown-serial',
    `the ${subject.subject} is signed by ${serial}, which this client does not trust (known: ${store.ids().join(', ') || 'none'}). ` +
      'The platform certificates were not downloaded: WeChat Pay refused this request’s signature (401), and would refuse the download’s too.',
    error.details,
  )
}

function unknownAfterRefresh(
  error: SignatureVerificationError,
  serial: string,
  store: TrustStore,
  subject: VerifySubject,
  outcome: RefreshOutcome | Error,
  minDownloadInterval: number,
): SignatureVerificationError {
  const why =
    outcome instanceof Error
      ? // Its first line: what follows it (the trust problem, what was signed) is in the cause.
        `Downloading the platform certificates failed: ${outcome.message.split('\n')[0]}`
      : outcome === 'rate-limited'
        ? `The platform certificates were downloaded less than ${minDownloadInterval / 1000} s ago and did not include it.`
        : 'The platform certificates just fetched do not include it: the message may be forged, or meant for another merchant.'
  return new SignatureVerificationError(
    'unknown-serial',
    `the ${subject.subject} is signed by ${serial}, which this client does not trust (known: ${store.ids().join(', ') || 'none'}). ${why}`,
    error.details,
    outcome instanceof Error ? { cause: outcome } : undefined,
  )
}

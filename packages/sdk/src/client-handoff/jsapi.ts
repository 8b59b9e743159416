// The JSAPI hand-off (spec §4.2): a page inside WeChat opens the pre-sign's redirect_url with
// `window.location.href` (never `location.replace`, which loses the way back), declares the referrer
// policy `no-referrer-when-downgrade` so that WeChat Pay knows where to return, and is returned to
// by `location.replace(referrer)` with `from_wxpay=1` added (or by `history.back()`, without it,
// when the referrer has no path). Browser only: no Node; the window is a parameter for tests.
import { HandoffError } from './mini-program.js'

/** The answer of a JSAPI (or H5) pre-sign. */
export interface JsapiPreSign {
  redirect_url: string
}

/** The referrer policy the merchant page must declare. */
export const SIGNING_REFERRER_POLICY = 'no-referrer-when-downgrade'
/** The tag for the `<head>` of a server-rendered merchant page. */
export const SIGNING_REFERRER_META = `<meta name="referrer" content="${SIGNING_REFERRER_POLICY}">`
/** The query parameter WeChat Pay adds to the merchant page it returns to. */
export const RETURN_PARAMETER = 'from_wxpay'

/** The parts of an element the hand-off reads and writes. */
export interface ElementLike {
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
}

/** The parts of `window` the hand-off uses. */
export interface WindowLike {
  location: { href: string }
  document: {
    querySelector(selectors: string): ElementLike | null
    createElement(tagName: 'meta'): ElementLike
    head: { append(...nodes: any[]): void } | null
  }
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost'])

/** The redirect_url, checked: absolute HTTPS, or plain HTTP on a loopback host (the simulator). */
function signingUrl(preSign: JsapiPreSign): string {
  const url = typeof preSign === 'object' && preSign !== null ? preSign.redirect_url : undefined
  if (typeof url !== 'string' || url === '') {
    throw new HandoffError('the pre-sign answer has no redirect_url: pass the data of a JSAPI pre-sign response')
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new HandoffError('redirect_url is not an absolute URL: pass it exactly as the pre-sign returned it')
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))) {
    throw new HandoffError(
      `redirect_url uses ${parsed.protocol}; WeChat Pay's signing pages are HTTPS (plain HTTP only on a loopback host)`,
    )
  }
  return url
}

/**
 * Declares `<meta name="referrer" content="no-referrer-when-downgrade">` on the page, adding it when
 * absent; refuses a referrer meta with another policy (WeChat Pay could not return to the page).
 */
export function ensureSigningReferrerPolicy(document: WindowLike['document']): void {
  const meta = document.querySelector('meta[name="referrer"]')
  if (meta) {
    const content = meta.getAttribute('content')
    if (content !== SIGNING_REFERRER_POLICY) {
      throw new HandoffError(
        `the page declares <meta name="referrer" content="${content ?? ''}">; the signing flow needs ` +
          `${SIGNING_REFERRER_META} to return to it`,
      )
    }
    return
  }
  if (!document.head) throw new HandoffError(`the page has no <head> for ${SIGNING_REFERRER_META}`)
  const tag = document.createElement('meta')
  tag.setAttribute('name', 'referrer')
  tag.setAttribute('content', SIGNING_REFERRER_POLICY)
  document.head.append(tag)
}

/**
 * Opens the signing page of a JSAPI pre-sign: checks redirect_url, makes sure of the referrer policy,
 * then navigates with `window.location.href` (not `location.replace`).
 */
export function openSigningPage(preSign: JsapiPreSign, window: WindowLike = globalThis as unknown as WindowLike): void {
  const url = signingUrl(preSign)
  ensureSigningReferrerPolicy(window.document)
  window.location.href = url
}

/**
 * Whether this page was opened by WeChat Pay's return from the signing flow (`from_wxpay=1`). A page
 * returned to by `history.back()` (a referrer without a path) cannot tell; the result that counts
 * is the notification or the contract query either way.
 */
export function isSigningReturn(href: string = (globalThis as unknown as WindowLike).location.href): boolean {
  try {
    return new URL(href).searchParams.get(RETURN_PARAMETER) === '1'
  } catch {
    return false
  }
}

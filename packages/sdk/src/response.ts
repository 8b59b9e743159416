// A response after it arrived: its signature verified over the exact bytes (an unsigned 2xx is never
// accepted; a signed error is verified too), then the JSON decoded into the result or a typed error.
// A signed error whose key this client does not trust (yet) is still the server's error: reported as
// such, unverified, with the trust problem beside it.
import type { WechatPayResponse } from './call.js'
import type { EndpointDefinition } from './catalog/endpoints/index.js'
import { deeperThan, isPlainObject } from './catalog/json.js'
import { maskDetail } from './catalog/mask.js'
import type { Crypto } from './crypto/types.js'
import { toHex, utf8Text } from './encoding.js'
import { SignatureVerificationError, type SignedRequestInfo, WechatPayApiError, WechatPayError } from './errors.js'
import type { RequestSignature } from './signing.js'
import type { TransportResponse } from './transport.js'
import { hasSignature, readSignedHeaders, type Verifier } from './verification.js'

/** One request as sent and the response it got. */
export interface Exchange {
  method: string
  url: string
  /** The catalog endpoint, when the URL is one: its marks decide what an error detail may show. */
  endpoint?: EndpointDefinition
  body: Uint8Array | undefined
  signature: RequestSignature
  /** The merchant serial in `serial_no`. */
  merchantSerial: string
  response: TransportResponse
}

const isSuccess = (status: number) => status >= 200 && status < 300

/**
 * Verifies the response with `verifier`; resolves to whether it was signed and verified, or, for an
 * error response signed with a key this client does not trust, to that verification failure.
 */
export async function verifyResponse(
  response: TransportResponse,
  verifier: Verifier,
): Promise<boolean | SignatureVerificationError> {
  const signedHeaders = readSignedHeaders(response.headers)
  const verified = isSuccess(response.status) || hasSignature(signedHeaders)
  if (verified) {
    const subject = { subject: 'response', requestId: response.headers['request-id'], status: response.status }
    try {
      await verifier.verify(signedHeaders, response.body, subject)
    } catch (error) {
      const untrusted =
        !isSuccess(response.status) && error instanceof SignatureVerificationError && error.reason === 'unknown-serial'
      if (untrusted) return error
      throw error
    }
  }
  return verified
}

/** The typed result of a 2xx, or the `WechatPayApiError` of anything else; `crypto` hashes what a SIGN_ERROR refused. */
export async function decodeResponse<T>(
  exchange: Exchange,
  verification: boolean | SignatureVerificationError,
  crypto: Crypto,
): Promise<WechatPayResponse<T>> {
  const { method, url, response } = exchange
  const requestId = response.headers['request-id']
  const ok = isSuccess(response.status)
  const text = utf8Text(response.body)
  let parsed: any
  if (text !== '') {
    try {
      parsed = JSON.parse(text)
    } catch {
      if (ok)
        throw new WechatPayError(
          `${method} ${url}: the ${response.status} response is not JSON [Request-ID ${requestId}]`,
        )
      parsed = undefined
    }
  }
  if (ok) return { status: response.status, headers: response.headers, data: parsed as T, requestId }
  // An error body nested too deep to walk safely keeps its code and message only.
  if (deeperThan(parsed) !== undefined) parsed = { code: parsed.code, message: parsed.message }
  const detail = maskDetail(parsed?.detail, exchange.endpoint)
  throw new WechatPayApiError({
    status: response.status,
    code: typeof parsed?.code === 'string' ? parsed.code : `HTTP_${response.status}`,
    message: typeof parsed?.message === 'string' ? parsed.message : text.slice(0, 200) || response.statusText,
    detail,
    data:
      isPlainObject(parsed) && parsed.detail !== undefined ? { ...parsed, detail } : (parsed ?? (text || undefined)),
    requestId,
    headers: response.headers,
    verified: verification === true,
    untrusted: verification instanceof SignatureVerificationError ? verification : undefined,
    signed: response.status === 401 && parsed?.code === 'SIGN_ERROR' ? await signedInfo(exchange, crypto) : undefined,
  })
}

/** What this client signed, for a 401 SIGN_ERROR: to set beside the server's view. */
async function signedInfo(exchange: Exchange, crypto: Crypto): Promise<SignedRequestInfo> {
  const sent = exchange.body ?? new Uint8Array(0)
  return {
    method: exchange.method,
    url: exchange.url,
    timestamp: exchange.signature.timestamp,
    nonce: exchange.signature.nonce,
    bodyLength: sent.length,
    bodySha256: toHex(await crypto.sha256(sent)),
    serial: exchange.merchantSerial,
  }
}

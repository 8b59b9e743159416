// One request's way (design.md), each stage a function of its own module: the target in the catalog
// → serialisation, once (request-body.ts) → validation of what was serialised → encryption of the
// sensitive fields, which decides Wechatpay-Serial → the signature over those exact bytes, anew for
// each attempt → transport, with retries and failover where safe (retry.ts) → verification of the
// exact response bytes → the typed result or error. A pipeline verifies with the Verifier it was made
// with; the certificate download asks for one with its own (`withVerifier`).
import type { WechatPayResponse } from './call.js'
import { type Clock, unixSeconds } from './clock.js'
import type { Crypto } from './crypto/types.js'
import { type EncryptionKeys, encryptRequest } from './encryption.js'
import type { Observer } from './observe.js'
import type { ValidationWarning } from './request.js'
import { checkRequest, ownHeaders, type RequestOptions, type RequestTarget, resolveTarget } from './request.js'
import { serialiseBody } from './request-body.js'
import { decodeResponse, type Exchange, verifyResponse } from './response.js'
import { type Sleep, sendWithRetries } from './retry.js'
import { hasUniqueKey, parseMaxRetries } from './retry-policy.js'
import type { RequestSignature, RequestSigner } from './signing.js'
import type { Transport } from './transport.js'
import type { Verifier } from './verification.js'

export interface PipelineParts {
  clock: Clock
  baseURL: string
  /** Where attempts go when the primary cannot be reached; undefined for nowhere. */
  backupBaseURL: string | undefined
  timeout: number
  maxRetries: number
  sleep: Sleep
  observer: Observer
  validate: boolean
  onValidationWarning: (warning: ValidationWarning) => void
  userAgent: string
  transport: Transport
  signer: RequestSigner
  /** The client's cryptography: what encrypts the sensitive fields (and hashes for a SIGN_ERROR report). */
  crypto: Crypto
  keys: EncryptionKeys
  verifier: Verifier
}

export class RequestPipeline {
  readonly #parts: PipelineParts
  /** Requests between signing and response, shared by every pipeline of a client: it decides how to sign. */
  readonly #load: { inFlight: number }

  constructor(parts: PipelineParts, load = { inFlight: 0 }) {
    this.#parts = parts
    this.#load = load
  }

  /** The same pipeline, verifying responses with `verifier`. */
  withVerifier(verifier: Verifier): RequestPipeline {
    return new RequestPipeline({ ...this.#parts, verifier }, this.#load)
  }

  async send<T>(options: RequestOptions): Promise<WechatPayResponse<T>> {
    const { keys, verifier, validate, crypto } = this.#parts
    const target = resolveTarget(options)
    const { headers, callerSerial } = ownHeaders(options.headers)
    const validating = options.validate ?? validate
    const parse = target.endpoint?.request ? (validating ? 'all' : 'objects') : 'none'
    const body = serialiseBody(target.name, options.data, parse)
    const warnings = checkRequest(target, body.value, validating, callerSerial !== undefined)
    const { bytes, serial } = await encryptRequest(
      target.name,
      target.endpoint,
      body,
      callerSerial,
      keys,
      crypto,
      validating,
    )
    // Told once the request is ready to go: a request refused by the encryption stage warns of nothing.
    if (warnings.length > 0) this.#parts.onValidationWarning({ endpoint: target.name, issues: warnings })
    if (serial) headers['Wechatpay-Serial'] = serial
    const keyed = target.method === 'POST' && hasUniqueKey(target.endpoint, body.value)
    const exchange = await this.#exchange(target, headers, bytes, options, keyed)
    const verified = await verifyResponse(exchange.response, verifier)
    return decodeResponse<T>(exchange, verified, crypto)
  }

  /** Signs the bytes and sends them: each attempt signed anew (a new nonce and timestamp). */
  async #exchange(
    target: RequestTarget,
    headers: Record<string, string>,
    body: Uint8Array | undefined,
    options: RequestOptions,
    keyed: boolean,
  ): Promise<Exchange> {
    const { signer, transport, clock, userAgent } = this.#parts
    const { method, url } = target
    headers.Accept = 'application/json'
    headers['User-Agent'] = userAgent
    if (body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json'
    }
    let signature: RequestSignature | undefined
    const run = async (baseURL: string, timeout: number) => {
      const alone = this.#load.inFlight === 0
      this.#load.inFlight++
      try {
        signature = await signer.sign(method, url, body ?? EMPTY, String(unixSeconds(clock)), alone)
        const signed = { ...headers, Authorization: signature.authorization }
        return await transport({ method, baseURL, url, headers: signed, body, signal: options.signal, timeout })
      } finally {
        this.#load.inFlight--
      }
    }
    const response = await sendWithRetries(this.#plan(target, options, keyed), run, {
      observer: this.#parts.observer,
      sleep: this.#parts.sleep,
      now: () => clock.now(),
    })
    const { endpoint } = target
    return { method, url, endpoint, body, signature: signature!, merchantSerial: signer.serial, response }
  }

  #plan(target: RequestTarget, options: RequestOptions, keyed: boolean) {
    const { baseURL, backupBaseURL, maxRetries, timeout } = this.#parts
    return {
      method: target.method,
      url: target.url,
      baseURL,
      backupBaseURL,
      maxRetries: options.maxRetries === undefined ? maxRetries : parseMaxRetries(options.maxRetries),
      timeout: options.timeout ?? timeout,
      signal: options.signal,
      keyed,
    }
  }
}

const EMPTY = new Uint8Array(0)

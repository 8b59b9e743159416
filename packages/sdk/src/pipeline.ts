// One request's way (design.md), each stage a function of its own module: the target in the catalog
// → validation → encryption of the sensitive fields, which decides Wechatpay-Serial → serialisation,
// once → the signature over those exact bytes → transport → verification of the exact response
// bytes → the typed result or error. A pipeline verifies with the Verifier it was made with; the
// certificate download asks for one with its own (`withVerifier`).
import type { WechatPayResponse } from './chain-types.js'
import { type Clock, unixSeconds } from './clock.js'
import { type EncryptionKeys, encryptRequest } from './encryption.js'
import type { ValidationWarning } from './request.js'
import { checkRequest, ownHeaders, type RequestOptions, type RequestTarget, resolveTarget } from './request.js'
import { serialiseBody } from './request-body.js'
import { decodeResponse, type Exchange, verifyResponse } from './response.js'
import type { RequestSigner } from './signing.js'
import { type Transport, type TransportRequest, transportFailure } from './transport.js'
import type { Verifier } from './verification.js'

export interface PipelineParts {
  clock: Clock
  baseURL: string
  timeout: number
  validate: boolean
  onValidationWarning: (warning: ValidationWarning) => void
  userAgent: string
  transport: Transport
  signer: RequestSigner
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
    const { keys, verifier, validate } = this.#parts
    const target = resolveTarget(options)
    const { headers, callerSerial } = ownHeaders(options.headers)
    const validating = options.validate ?? validate
    const parse = target.endpoint?.request ? (validating ? 'all' : 'objects') : 'none'
    const body = serialiseBody(target.name, options.data, parse)
    const warnings = checkRequest(target, body.value, validating, callerSerial !== undefined)
    const { bytes, serial } = await encryptRequest(target.name, target.endpoint, body, callerSerial, keys, validating)
    // Told once the request is ready to go: a request refused by the encryption stage warns of nothing.
    if (warnings.length > 0) this.#parts.onValidationWarning({ endpoint: target.name, issues: warnings })
    if (serial) headers['Wechatpay-Serial'] = serial
    const exchange = await this.#exchange(target, headers, bytes, options)
    const verified = await verifyResponse(exchange.response, verifier)
    return decodeResponse<T>(exchange, verified)
  }

  /** Signs the bytes and sends them. */
  async #exchange(
    target: RequestTarget,
    headers: Record<string, string>,
    body: Buffer | undefined,
    options: RequestOptions,
  ): Promise<Exchange> {
    const { signer, transport, clock, userAgent, baseURL } = this.#parts
    const { method, url } = target
    const alone = this.#load.inFlight === 0
    this.#load.inFlight++
    try {
      const signature = await signer.sign(method, url, body ?? EMPTY, String(unixSeconds(clock)), alone)
      headers.Accept = 'application/json'
      headers['User-Agent'] = userAgent
      if (body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'application/json'
      }
      headers.Authorization = signature.authorization
      const request: TransportRequest = {
        method,
        url,
        headers,
        body,
        signal: options.signal,
        timeout: options.timeout ?? this.#parts.timeout,
      }
      const response = await transport(request).catch((error) => {
        throw transportFailure(error, request, baseURL)
      })
      return { method, url, endpoint: target.endpoint, body, signature, merchantSerial: signer.serial, response }
    } finally {
      this.#load.inFlight--
    }
  }
}

const EMPTY = Buffer.alloc(0)

// The APIv3 side of the simulator, one request at a time: authentication → JSON → validation from
// the SDK's catalog → decryption of the encrypted fields → the endpoint's handler → a signed answer.
// Every failure is a WeChat Pay error body, signed like any other response.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { DecryptionError } from '@wxpay/sdk'
import {
  decryptSensitive,
  type EndpointDefinition,
  type EndpointKey,
  encryptedFieldsOf,
  endpoints,
  findPresent,
  type Issue,
  replaceAt,
  validate,
  validateParams,
  valueAt,
} from '@wxpay/sdk/protocol'
import { authenticate } from './auth.js'
import { ClientGone, checkContentType, discardRest, parseBody, readBody, summarise } from './body.js'
import { wireSeconds } from './clock.js'
import { handle } from './handlers/index.js'
import { type Answer, ApiError, answer } from './http.js'
import type { World } from './state/world.js'

/** Runs one APIv3 request and sends its answer; a client that went away mid-body gets none. */
export async function serveApi(
  world: World,
  request: IncomingMessage,
  response: ServerResponse,
  key: EndpointKey,
  params: Record<string, string>,
): Promise<void> {
  const reply = await runApi(world, request, key, params)
  if (reply) answer(response, reply)
}

/**
 * Runs one APIv3 request to its signed answer, not yet sent (a fault may lose it): authentication,
 * JSON, validation, decryption, then the handler. Undefined when the client closed mid-body. The
 * body may have been read already (a delay fault reads it first, so that the request runs even if
 * the client gives up waiting, as a request WeChat Pay has received does).
 */
export async function runApi(
  world: World,
  request: IncomingMessage,
  key: EndpointKey,
  params: Record<string, string>,
  body: Promise<Buffer> = readBody(request),
): Promise<Answer | undefined> {
  const endpoint = endpoints[key] as EndpointDefinition
  const requested = header(request, 'wechatpay-serial')
  const signer = world.platform.signer(requested)
  const nowSeconds = wireSeconds(world.clock)
  try {
    const result = await execute(world, request, endpoint, params, { body, requested, nowSeconds })
    const status = endpoint.response ? 200 : 204
    return { status, body: endpoint.response ? result : undefined, signer, nowSeconds }
  } catch (error) {
    if (error instanceof ClientGone) return undefined
    const failure =
      error instanceof ApiError
        ? error
        : new ApiError(500, 'SYSTEM_ERROR', '系统异常，请稍后重试 (simulator fault, see its log)')
    if (!(error instanceof ApiError)) console.error('[wxpay simulator]', error)
    if (failure.status === 413) discardRest(request)
    return { status: failure.status, body: errorBody(failure), signer, nowSeconds }
  }
}

async function execute(
  world: World,
  request: IncomingMessage,
  endpoint: EndpointDefinition,
  params: Record<string, string>,
  { body: read, requested, nowSeconds }: { body: Promise<Buffer>; requested: string | undefined; nowSeconds: number },
): Promise<unknown> {
  const raw = await read
  checkContentType(header(request, 'content-type'), raw)
  const auth = authenticate(
    { method: request.method!, url: request.url!, authorization: header(request, 'authorization'), body: raw },
    (mchid) => world.merchants.get(mchid),
    nowSeconds,
  )
  if ('fault' in auth) throw new ApiError(401, 'SIGN_ERROR', `签名错误: ${auth.fault}`)
  const url = request.url!
  const query = Object.fromEntries(new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''))
  const body = parseBody(raw)
  checkParams(endpoint, { ...query, ...params })
  if (endpoint.request) checkBody(endpoint, body)
  const decrypted = decrypt(world, endpoint, body, requested)
  return handle(world, endpoint, auth.merchant, { ...query, ...params }, decrypted)
}

/** WeChat Pay's error body `{ code, message, detail? }`. */
export const errorBody = (failure: ApiError) => ({
  code: failure.code,
  message: failure.message,
  ...(failure.detail ? { detail: failure.detail } : {}),
})

const paramError = (issue: Issue, location: string) =>
  new ApiError(400, 'PARAM_ERROR', `参数错误: ${issue.field} ${issue.issue}`, {
    field: issue.field,
    ...('value' in issue ? { value: summarise(issue.value) } : {}),
    issue: issue.issue,
    location,
  })

function checkParams(endpoint: EndpointDefinition, params: Record<string, string>): void {
  const issue = validateParams(endpoint, params)[0]
  if (issue) throw paramError(issue, endpoint.path.includes(`{${issue.field}}`) ? 'path' : 'query')
}

function checkBody(endpoint: EndpointDefinition, body: unknown): void {
  // The encrypted fields arrive as ciphertext; their plaintext is checked once decrypted.
  const issue = validate(endpoint.request!, body, { ciphertext: true })[0]
  if (issue) throw paramError(issue, 'body')
}

/** Decrypts the encrypted fields with the platform key that `Wechatpay-Serial` names. */
function decrypt(world: World, endpoint: EndpointDefinition, body: any, serial: string | undefined): any {
  const present = body === undefined ? [] : findPresent(body, encryptedFieldsOf(endpoint))
  if (present.length === 0 && !endpoint.requiresWechatpaySerial) return body
  const headerIssue = (issue: string) =>
    new ApiError(400, 'PARAM_ERROR', `参数错误: Wechatpay-Serial ${issue}`, {
      field: 'Wechatpay-Serial',
      ...(serial ? { value: serial } : {}),
      issue,
      location: 'header',
    })
  if (!serial)
    throw headerIssue('is required: name the WeChat Pay public key or platform certificate that encrypted the fields')
  const key = world.platform.find(serial)
  if (!key) throw headerIssue('names no WeChat Pay public key or platform certificate')
  const plaintexts = present.map((field) => {
    const fail = (issue: string) =>
      new ApiError(400, 'PARAM_ERROR', `参数错误: ${field} ${issue}`, { field, issue, location: 'body' })
    let plaintext: string
    try {
      plaintext = decryptSensitive(valueAt(body, field) as string, key.privateKey)
    } catch (error) {
      if (error instanceof DecryptionError)
        throw fail(`cannot be decrypted with the key ${key.id} that Wechatpay-Serial names`)
      throw error
    }
    const length = [...plaintext].length
    if (length < 1 || length > 64) throw fail('decrypts to a value outside 1–64 characters')
    return plaintext
  })
  let next = 0
  return replaceAt(body, present, () => plaintexts[next++])
}

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

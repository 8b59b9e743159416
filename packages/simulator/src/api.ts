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
import { wireSeconds } from './clock.js'
import { handle } from './handlers/index.js'
import { ApiError, answer, readBody } from './http.js'
import type { World } from './state/world.js'

/** Runs one APIv3 request: authentication, JSON, validation, decryption, then the handler. */
export async function serveApi(
  world: World,
  request: IncomingMessage,
  response: ServerResponse,
  key: EndpointKey,
  params: Record<string, string>,
): Promise<void> {
  const endpoint = endpoints[key] as EndpointDefinition
  const requested = header(request, 'wechatpay-serial')
  const signer = world.platform.signer(requested)
  const nowSeconds = wireSeconds(world.clock)
  try {
    const raw = await readBody(request)
    const auth = authenticate(
      { method: request.method!, url: request.url!, authorization: header(request, 'authorization'), body: raw },
      (mchid) => world.merchants.get(mchid),
      nowSeconds,
    )
    if ('fault' in auth) throw new ApiError(401, 'SIGN_ERROR', `签名错误: ${auth.fault}`)
    const query = Object.fromEntries(new URL(request.url!, 'http://simulator').searchParams)
    const body = parseJson(raw)
    checkParams(endpoint, { ...query, ...params })
    if (endpoint.request) checkBody(endpoint, body)
    const decrypted = decrypt(world, endpoint, body, requested)
    const result = handle(world, endpoint, auth.merchant, { ...query, ...params }, decrypted)
    answer(response, {
      status: endpoint.response ? 200 : 204,
      body: endpoint.response ? result : undefined,
      signer,
      nowSeconds,
    })
  } catch (error) {
    const failure =
      error instanceof ApiError
        ? error
        : new ApiError(500, 'SYSTEM_ERROR', '系统异常，请稍后重试 (simulator fault, see its log)')
    if (!(error instanceof ApiError)) console.error('[wxpay simulator]', error)
    answer(response, {
      status: failure.status,
      body: { code: failure.code, message: failure.message, ...(failure.detail ? { detail: failure.detail } : {}) },
      signer,
      nowSeconds,
    })
  }
}

const paramError = (issue: Issue, location: string) =>
  new ApiError(400, 'PARAM_ERROR', `参数错误: ${issue.field} ${issue.issue}`, {
    field: issue.field,
    ...('value' in issue ? { value: issue.value } : {}),
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

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    throw new ApiError(400, 'INVALID_REQUEST', 'HTTP 请求不符合微信支付 APIv3 接口规则: the body is not valid JSON')
  }
}

// The simulated WeChat Pay side of the contract-signing flows: authentication, validation from the
// SDK's catalog, pre-sign sessions, contracts, notifications, certificates, and the user's side.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type ContractFamily,
  contractEvents,
  DecryptionError,
  decryptSensitive,
  type EndpointDefinition,
  type EndpointKey,
  encryptAesGcm,
  encryptedFieldsOf,
  endpoints,
  findPresent,
  replaceAt,
  validate,
  validateParams,
} from '@wxpay/sdk'
import FindMyWay, { type HTTPMethod } from 'find-my-way'
import { authenticate } from './auth.js'
import { type SimulatorClock, systemClock } from './clock.js'
import {
  type Contract,
  codeKey,
  contractLookup,
  contractView,
  newContractId,
  newSessionId,
  planOf,
  type Session,
} from './contracts.js'
import { ApiError, answer, readBody } from './http.js'
import { createMerchant, type Merchant, type MerchantOptions, Platform, type SimulatorMode } from './keys.js'
import { copiesOf, type Delivery, Notifier } from './notifier.js'
import { signingPage } from './pages.js'
import { beijingTime } from './test-notification.js'

export interface SimulatorOptions {
  port?: number
  host?: string
  /** Which keys WeChat Pay signs with: a public key (`PUB_KEY_ID_…`), platform certificates, or both. */
  mode?: SimulatorMode
  /** Time source; pass a `ManualClock` to run sessions and retries in simulated time. */
  clock?: SimulatorClock
  /** Merchants to serve; one is created when absent. */
  merchants?: MerchantOptions[]
  /** `WECHATPAY/SIGNTEST/` probe deliveries sent before each real notification (default 0). */
  probes?: number
  /** Event types of the password-exempt callbacks, undocumented upstream (spec §6.6). */
  passwordExemptEvents?: { sign?: string; terminate?: string }
  /** Copies of each notification attempt posted at once, as a resend reaching two instances (default 1). */
  duplicateDeliveries?: number
  /** Time the 5 s answer deadline on `clock`, so that a ManualClock times slow webhooks out (default: real time). */
  clockTimeouts?: boolean
  /** Called with each notification delivery attempt as it is logged. */
  onDelivery?: (delivery: Delivery) => void
}

/** What a client needs: `new WechatPay({ ...merchant, certs, apiV3Key, baseURL: url })`. */
export interface MerchantCredentials {
  mchid: string
  serial: string
  privateKey: string
  appid: string
  apiV3Key: string
}

const MINI_PROGRAM = { appid: 'wxbd687630cd02ce1d', path: 'pages/PwdExemptContract/index' }
const CONTRACT_YEARS = 5

export class Simulator {
  readonly url: string
  readonly mode: SimulatorMode
  readonly clock: SimulatorClock
  readonly platform: Platform
  readonly #server: Server
  readonly #merchants = new Map<string, Merchant>()
  readonly #sessions = new Map<string, Session>()
  readonly #contracts = new Map<string, Contract>()
  readonly #notifier: Notifier
  readonly #requestCounts = new Map<string, number>()
  readonly #events: Record<ContractFamily, { sign: string; terminate: string }>

  /** Use `createSimulator()`. */
  constructor(server: Server, url: string, platform: Platform, clock: SimulatorClock, options: SimulatorOptions) {
    this.#server = server
    this.url = url
    this.platform = platform
    this.mode = platform.mode
    this.clock = clock
    this.#notifier = new Notifier({
      clock,
      probes: options.probes,
      duplicates: options.duplicateDeliveries,
      clockTimeouts: options.clockTimeouts,
      onDelivery: options.onDelivery,
    })
    this.#events = {
      ...contractEvents,
      'password-exempt': { ...contractEvents['password-exempt'], ...options.passwordExemptEvents },
    }
    for (const merchant of options.merchants ?? [{}]) this.addMerchant(merchant)
  }

  /** The first merchant. */
  get merchant(): MerchantCredentials {
    return this.#credentials([...this.#merchants.values()][0])
  }

  /** The first merchant's APIv3 key. */
  get apiV3Key(): string {
    return this.merchant.apiV3Key
  }

  /** The WeChat Pay keys a client trusts, by public-key id or certificate serial. */
  get certs(): Record<string, string> {
    return this.platform.certs()
  }

  /** Every notification delivery attempt so far. */
  get deliveries(): readonly Delivery[] {
    return this.#notifier.deliveries
  }

  /** APIv3 requests received so far, by endpoint (`'GET /v3/certificates': 2`), authenticated or not. */
  requestCounts(): Record<string, number> {
    return Object.fromEntries(this.#requestCounts)
  }

  addMerchant(options: MerchantOptions = {}): MerchantCredentials {
    const merchant = createMerchant(options)
    if (this.#merchants.has(merchant.mchid)) throw new Error(`merchant ${merchant.mchid} already exists`)
    this.#merchants.set(merchant.mchid, merchant)
    return this.#credentials(merchant)
  }

  /** Issues a new platform certificate that signs from now on (certificate and mixed modes). */
  rotateCertificate(): string {
    if (this.mode === 'publicKey') throw new Error('a public-key-mode simulator has no platform certificates to rotate')
    return this.platform.rotateCertificate().id
  }

  sessions(): Session[] {
    return [...this.#sessions.values()].map((session) => this.#refresh(session))
  }

  contracts(): Contract[] {
    return [...this.#contracts.values()]
  }

  /** The simulated user agrees: the contract is signed and the sign notification sent. */
  agree(id: string): Contract {
    const session = this.#pending(id)
    const merchant = this.#merchants.get(session.mchid)!
    const now = this.clock.now()
    const contract: Contract = {
      contract_id: newContractId(),
      family: session.family,
      mchid: session.mchid,
      sub_mchid: session.request.sub_mchid,
      plan: planOf(session),
      out_contract_code: session.request.out_contract_code,
      contract_state: 'SIGNED',
      signedAt: now,
      expiresAt: session.request.policy_end_date
        ? Date.parse(`${session.request.policy_end_date}T23:59:59+08:00`)
        : now + CONTRACT_YEARS * 365 * 86_400_000,
      request: session.request,
      notifyUrl: session.request[session.endpoint.presign!.notifyUrlField],
    }
    session.state = 'agreed'
    session.contract_id = contract.contract_id
    this.#contracts.set(codeKey(contract.mchid, contract.sub_mchid, contract.out_contract_code), contract)
    this.#notify(merchant, contract.notifyUrl, this.#events[contract.family].sign, contractView(contract))
    if (session.family === 'insurance' && session.request.out_trade_no)
      this.#notifyFirstPayment(merchant, session, contract)
    return contract
  }

  /** The simulated user declines: nothing is signed and nothing is sent. */
  decline(id: string): Session {
    const session = this.#pending(id)
    session.state = 'declined'
    return session
  }

  /** The simulated user lets the session lapse: nothing is sent. */
  expire(id: string): Session {
    const session = this.#pending(id)
    session.expiresAt = this.clock.now()
    session.state = 'expired'
    return session
  }

  /** Waits for the notification deliveries in flight. */
  flush(): Promise<void> {
    return this.#notifier.flush()
  }

  async close(): Promise<void> {
    this.#notifier.close()
    await this.#notifier.flush()
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  #credentials(merchant: Merchant): MerchantCredentials {
    const { mchid, serial, privateKey, appid, apiV3Key } = merchant
    return { mchid, serial, privateKey, appid, apiV3Key }
  }

  #refresh(session: Session): Session {
    if (session.state === 'pending' && this.clock.now() >= session.expiresAt) session.state = 'expired'
    return session
  }

  /** A session by pre_entrustweb_id or out_contract_code, that the user can still act on. */
  #pending(id: string): Session {
    const session =
      this.#sessions.get(id) ??
      [...this.#sessions.values()].reverse().find((candidate) => candidate.request.out_contract_code === id)
    if (!session) throw new ApiError(404, 'RESOURCE_NOT_EXISTS', `no pre-sign session ${id}`)
    const state = this.#refresh(session).state
    if (state !== 'pending')
      throw new ApiError(409, 'INVALID_REQUEST', `the pre-sign session ${session.pre_entrustweb_id} is ${state}`)
    return session
  }

  #notify(merchant: Merchant, url: string, eventType: string, resource: object): void {
    this.#notifier.send({
      url,
      eventType,
      resource,
      apiV3Key: merchant.apiV3Key,
      signer: this.platform.signer(undefined),
    })
  }

  #notifyFirstPayment(merchant: Merchant, session: Session, contract: Contract): void {
    const request = session.request
    this.#notify(merchant, request.transaction_notify_url, 'TRANSACTION.SUCCESS', {
      appid: request.appid,
      mchid: merchant.mchid,
      out_trade_no: request.out_trade_no,
      transaction_id: `4200${contract.contract_id.slice(4, 28)}`,
      trade_type: 'PAP',
      trade_state: 'SUCCESS',
      trade_state_desc: '支付成功',
      bank_type: 'OTHERS',
      ...(request.attach ? { attach: request.attach } : {}),
      success_time: beijingTime(contract.signedAt),
      payer: { openid: request.openid },
      amount: {
        total: request.amount.total,
        payer_total: request.amount.total,
        currency: 'CNY',
        payer_currency: 'CNY',
      },
    })
  }

  // ---------------------------------------------------------------------------------------------
  // The APIv3 side

  /** Handles an authenticated, validated catalog request; returns the 200 body. */
  handle(endpoint: EndpointDefinition, merchant: Merchant, params: Record<string, string>, body: any): unknown {
    if (endpoint.presign) return this.#presign(endpoint, merchant, body)
    if (endpoint.contract) {
      const lookup = contractLookup(endpoint.contract.family, params, body)
      const contract = this.#contracts.get(codeKey(merchant.mchid, lookup.subMchid, lookup.code))
      if (!contract || contract.family !== endpoint.contract.family || contract.plan !== lookup.plan) {
        throw new ApiError(404, 'RESOURCE_NOT_EXISTS', '签约协议不存在 (no signed contract with this code)')
      }
      if (endpoint.contract.action === 'query') return contractView(contract)
      return this.#terminate(merchant, contract, body.contract_termination_remark)
    }
    if (endpoint.path === '/v3/certificates') return this.#certificates(merchant)
    throw new ApiError(404, 'NOT_FOUND', `the simulator does not implement ${endpoint.method} ${endpoint.path}`)
  }

  #presign(endpoint: EndpointDefinition, merchant: Merchant, body: any): unknown {
    const code: string = body.out_contract_code
    const key = codeKey(merchant.mchid, body.sub_mchid, code)
    if (this.#contracts.has(key)) {
      throw new ApiError(
        400,
        'INVALID_REQUEST',
        `out_contract_code ${code} 已被使用: it was used by a contract (signed, failed or terminated) and can never be reused`,
      )
    }
    const live = [...this.#sessions.values()].find(
      (session) =>
        session.mchid === merchant.mchid &&
        codeKey(session.mchid, session.request.sub_mchid, session.request.out_contract_code) === key &&
        this.#refresh(session).state === 'pending',
    )
    if (live) {
      throw new ApiError(
        400,
        'INVALID_REQUEST',
        `a pre-sign session for out_contract_code ${code} is still live; wait for it to end`,
      )
    }
    const now = this.clock.now()
    const presign = endpoint.presign!
    const session: Session = {
      pre_entrustweb_id: newSessionId(),
      endpoint,
      family: presign.family,
      mchid: merchant.mchid,
      request: body,
      createdAt: now,
      expiresAt: now + presign.sessionSeconds * 1000,
      state: 'pending',
    }
    this.#sessions.set(session.pre_entrustweb_id, session)
    const id = session.pre_entrustweb_id
    const fields = Object.keys(endpoint.response?.fields ?? {})
    if (fields.includes('redirect_url')) return { redirect_url: `${this.url}/simulator/sign/${id}` }
    if (fields.includes('sign_mp_appid')) {
      return {
        pre_entrustweb_id: id,
        mchid: merchant.mchid,
        service_id: body.service_id,
        out_contract_code: code,
        sign_mp_appid: MINI_PROGRAM.appid,
        sign_mp_path: MINI_PROGRAM.path,
      }
    }
    return { pre_entrustweb_id: id, redirect_appid: MINI_PROGRAM.appid, redirect_path: MINI_PROGRAM.path }
  }

  #terminate(merchant: Merchant, contract: Contract, remark: string): unknown {
    if (contract.contract_state !== 'SIGNED') {
      throw new ApiError(
        400,
        'INVALID_REQUEST',
        `the contract is ${contract.contract_state}; only a signed contract can be terminated`,
      )
    }
    contract.contract_state = 'TERMINATED'
    contract.terminatedAt = this.clock.now()
    contract.terminationMode = 'MCH_API_TERMINATE'
    contract.terminationRemark = remark
    const view = contractView(contract)
    // The real terminate URL is set in the template; the simulator uses the sign URL.
    this.#notify(merchant, contract.notifyUrl, this.#events[contract.family].terminate, view)
    if (contract.family === 'password-exempt') {
      return { mchid: contract.mchid, service_id: contract.plan, out_contract_code: contract.out_contract_code }
    }
    return view
  }

  #certificates(merchant: Merchant): unknown {
    if (this.platform.certificates.length === 0) {
      throw new ApiError(
        404,
        'RESOURCE_NOT_EXISTS',
        '无可用的平台证书: this merchant uses a WeChat Pay public key (PUB_KEY_ID_…) instead of platform certificates',
      )
    }
    const key = Buffer.from(merchant.apiV3Key, 'utf8')
    return {
      data: this.platform.certificates.map((certificate) => ({
        serial_no: certificate.id,
        effective_time: beijingTime(certificate.notBefore!.getTime()),
        expire_time: beijingTime(certificate.notAfter!.getTime()),
        encrypt_certificate: encryptAesGcm(certificate.pem, key, 'certificate'),
      })),
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The request pipeline

  /** Runs one APIv3 request: authentication, JSON, validation, decryption, then the handler. */
  async serveApi(request: IncomingMessage, response: ServerResponse, key: EndpointKey, params: Record<string, string>) {
    const endpoint = endpoints[key] as EndpointDefinition
    this.#requestCounts.set(key, (this.#requestCounts.get(key) ?? 0) + 1)
    const requested = header(request, 'wechatpay-serial')
    const signer = this.platform.signer(requested)
    const nowSeconds = Math.floor(this.clock.now() / 1000)
    try {
      const raw = await readBody(request)
      const auth = authenticate(
        { method: request.method!, url: request.url!, authorization: header(request, 'authorization'), body: raw },
        (mchid) => this.#merchants.get(mchid),
        nowSeconds,
      )
      if ('fault' in auth) throw new ApiError(401, 'SIGN_ERROR', `签名错误: ${auth.fault}`)
      const query = Object.fromEntries(new URL(request.url!, 'http://simulator').searchParams)
      const body = parseJson(raw)
      const paramIssue = validateParams(endpoint, { ...query, ...params })[0]
      if (paramIssue) {
        throw new ApiError(400, 'PARAM_ERROR', `参数错误: ${paramIssue.field} ${paramIssue.issue}`, {
          field: paramIssue.field,
          value: paramIssue.value,
          issue: paramIssue.issue,
          location: endpoint.path.includes(`{${paramIssue.field}}`) ? 'path' : 'query',
        })
      }
      if (endpoint.request) {
        const issue = validate(endpoint.request, body)[0]
        if (issue) {
          throw new ApiError(400, 'PARAM_ERROR', `参数错误: ${issue.field} ${issue.issue}`, {
            field: issue.field,
            ...('value' in issue ? { value: issue.value } : {}),
            issue: issue.issue,
            location: 'body',
          })
        }
      }
      const decrypted = this.#decrypt(endpoint, body, requested)
      const result = this.handle(endpoint, auth.merchant, { ...query, ...params }, decrypted)
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

  /** Decrypts the encrypted fields with the platform key that `Wechatpay-Serial` names. */
  #decrypt(endpoint: EndpointDefinition, body: any, serial: string | undefined): any {
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
    const key = this.platform.find(serial)
    if (!key) throw headerIssue('names no WeChat Pay public key or platform certificate')
    const plaintexts = present.map((field) => {
      const value = field
        .split('/')
        .slice(1)
        .reduce((node, token) => node[token], body)
      const fail = (issue: string) =>
        new ApiError(400, 'PARAM_ERROR', `参数错误: ${field} ${issue}`, { field, issue, location: 'body' })
      let plaintext: string
      try {
        plaintext = decryptSensitive(value, key.privateKey)
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

  /** The simulator's control API and signing page: unsigned, for the simulated user and for tests. */
  serveControl(request: IncomingMessage, response: ServerResponse, route: string, params: Record<string, string>) {
    const nowSeconds = Math.floor(this.clock.now() / 1000)
    const json = (status: number, body: unknown) => answer(response, { status, body, nowSeconds })
    try {
      switch (route) {
        case 'page': {
          const session = this.#sessions.get(params.id)
          if (!session) return json(404, { code: 'RESOURCE_NOT_EXISTS', message: `no pre-sign session ${params.id}` })
          return answer(response, {
            status: 200,
            body: signingPage(session, this.#refresh(session).state === 'expired'),
            contentType: 'text/html; charset=utf-8',
            nowSeconds,
          })
        }
        case 'sessions':
          return json(200, { data: this.sessions().map(sessionSummary) })
        case 'contracts':
          return json(200, { data: this.contracts().map(contractView) })
        case 'deliveries':
          return json(200, { data: this.deliveries })
        case 'agree':
        case 'decline':
        case 'expire': {
          const result =
            route === 'agree' ? contractView(this.agree(params.id)) : sessionSummary(this[route](params.id))
          // A form post from the signing page goes back to the page; an API call gets JSON.
          if ((header(request, 'content-type') ?? '').includes('form')) {
            return answer(response, { status: 303, headers: { Location: `/simulator/sign/${params.id}` }, nowSeconds })
          }
          return json(200, result)
        }
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      json(error.status, { code: error.code, message: error.message })
    }
  }
}

const sessionSummary = (session: Session) => ({
  pre_entrustweb_id: session.pre_entrustweb_id,
  endpoint: `${session.endpoint.method} ${session.endpoint.path}`,
  mchid: session.mchid,
  out_contract_code: session.request.out_contract_code,
  state: session.state,
  created_at: beijingTime(session.createdAt),
  expires_at: beijingTime(session.expiresAt),
  ...(session.contract_id ? { contract_id: session.contract_id } : {}),
})

function header(request: IncomingMessage, name: string): string | undefined {
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

const CONTROL_ROUTES: [HTTPMethod, string, string][] = [
  ['GET', '/simulator/sign/:id', 'page'],
  ['GET', '/simulator/sessions', 'sessions'],
  ['GET', '/simulator/contracts', 'contracts'],
  ['GET', '/simulator/deliveries', 'deliveries'],
  ['POST', '/simulator/sessions/:id/agree', 'agree'],
  ['POST', '/simulator/sessions/:id/decline', 'decline'],
  ['POST', '/simulator/sessions/:id/expire', 'expire'],
]
const METHODS: HTTPMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** Starts a simulator on 127.0.0.1 (a free port unless `port` is given). */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  copiesOf(options.duplicateDeliveries) // refused before a port is taken
  const clock = options.clock ?? systemClock
  const platform = new Platform(options.mode ?? 'publicKey', () => clock.now())
  type Route = { kind: 'api'; key: EndpointKey } | { kind: 'control'; name: string }
  const router = FindMyWay<FindMyWay.HTTPVersion.V1>({ ignoreTrailingSlash: false, caseSensitive: true })
  const routes = new Map<string, Route>()
  const register = (method: HTTPMethod, path: string, route: Route) => {
    const id = `${method} ${path}`
    routes.set(id, route)
    router.on(method, path, () => {}, { id })
  }
  for (const [key, endpoint] of Object.entries(endpoints) as [EndpointKey, EndpointDefinition][]) {
    register(endpoint.method, endpoint.path.replace(/\{(\w+)\}/g, ':$1'), { kind: 'api', key })
  }
  for (const [method, path, name] of CONTROL_ROUTES) register(method, path, { kind: 'control', name })

  let simulator: Simulator | undefined
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]
    const found = router.find(request.method as HTTPMethod, path)
    const route = found && routes.get((found.store as { id: string }).id)
    const nowSeconds = Math.floor(clock.now() / 1000)
    if (!found || !route) {
      const allowed = METHODS.filter((method) => router.find(method, path))
      const signer = path.startsWith('/v3/') ? platform.signer(undefined) : undefined
      if (allowed.length > 0) {
        return answer(response, {
          status: 405,
          body: {
            code: 'METHOD_NOT_ALLOWED',
            message: `${request.method} is not allowed here; use ${allowed.join(', ')}`,
          },
          headers: { Allow: allowed.join(', ') },
          signer,
          nowSeconds,
        })
      }
      return answer(response, {
        status: 404,
        body: { code: 'NOT_FOUND', message: `no such endpoint: ${path}` },
        signer,
        nowSeconds,
      })
    }
    const params = found.params as Record<string, string>
    if (route.kind === 'api') return void simulator!.serveApi(request, response, route.key, params)
    simulator!.serveControl(request, response, route.name, params)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  simulator = new Simulator(server, `http://${host}:${address.port}`, platform, clock, options)
  return simulator
}

// The simulator's control API, its dashboard and signing pages: unsigned, for the simulated user and
// for tests in any language. The user agrees, declines, lets a session lapse, terminates a contract or starts a
// termination WeChat Pay asks about; the wallet fails deductions on demand; the clock moves forward.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { beijingTime } from '@wxpay/sdk/protocol'
import { header } from './api.js'
import { ClientGone, parseBody, readBody } from './body.js'
import { wireSeconds } from './clock.js'
import { dashboardPage } from './dashboard.js'
import { type Fault, type FaultRule, FaultRuleError, type Faults, WIRE_NAMES } from './faults.js'
import { agree, askAboutTermination, decline, expire, terminateAsUser } from './handlers/user.js'
import { ApiError, answer } from './http.js'
import type { Delivery } from './notifier.js'
import { signingPage } from './pages.js'
import type { Session } from './state/sessions.js'
import { contractView } from './state/views.js'
import { checkReason } from './state/wallet.js'
import type { World } from './state/world.js'

/** The control routes: method, find-my-way path, name. */
export const CONTROL_ROUTES = [
  ['GET', '/', 'dashboard'],
  ['GET', '/simulator', 'dashboard'],
  ['GET', '/simulator/sign/:id', 'page'],
  ['GET', '/simulator/sessions', 'sessions'],
  ['GET', '/simulator/contracts', 'contracts'],
  ['GET', '/simulator/deliveries', 'deliveries'],
  ['POST', '/simulator/deliveries/:id/resend', 'resend'],
  ['GET', '/simulator/deductions', 'deductions'],
  ['GET', '/simulator/clock', 'clock'],
  ['POST', '/simulator/clock', 'moveClock'],
  ['POST', '/simulator/sessions/:id/agree', 'agree'],
  ['POST', '/simulator/sessions/:id/decline', 'decline'],
  ['POST', '/simulator/sessions/:id/expire', 'expire'],
  ['POST', '/simulator/contracts/:contract_id/terminate', 'terminate'],
  ['POST', '/simulator/contracts/:contract_id/retention', 'retention'],
  ['POST', '/simulator/contracts/:contract_id/inquiry', 'inquiry'],
  ['POST', '/simulator/wallet', 'wallet'],
  ['GET', '/simulator/faults', 'faults'],
  ['POST', '/simulator/faults', 'faults'],
  ['DELETE', '/simulator/faults', 'faults'],
] as const

export type ControlRoute = (typeof CONTROL_ROUTES)[number][2]

/** What the control API needs of the simulator beyond its state. */
export interface ControlSide {
  deliveries(): readonly Delivery[]
  /** The faults on demand (faults.ts). */
  faults: Faults
  advanceClock(ms: number): Promise<void>
  setClock(time: string): Promise<void>
  resend(notificationId: string): Promise<Delivery>
}

export const sessionSummary = (world: World, session: Session) => ({
  pre_entrustweb_id: session.pre_entrustweb_id,
  endpoint: `${session.endpoint.method} ${session.endpoint.path}`,
  mchid: session.mchid,
  out_contract_code: session.request.out_contract_code,
  state: session.state,
  created_at: beijingTime(session.createdAt),
  expires_at: beijingTime(session.expiresAt),
  sign_url: `${world.url}/simulator/sign/${session.pre_entrustweb_id}`,
  ...(session.contract_id ? { contract_id: session.contract_id } : {}),
})

/** A delivery attempt with its times also in RFC 3339 (`time`, `retry_time`), beside the epoch ms. */
export const deliveryView = (delivery: Delivery) => ({
  ...delivery,
  time: beijingTime(delivery.at),
  ...(delivery.retryAt === undefined ? {} : { retry_time: beijingTime(delivery.retryAt) }),
})

interface Request {
  world: World
  side: ControlSide
  params: Record<string, string>
  body: () => Promise<Record<string, unknown>>
}

const badRequest = (message: string) => new ApiError(400, 'INVALID_REQUEST', message)

/** Reads a JSON object body; an empty body is `{}`. */
async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const parsed = parseBody(await readBody(request))
  if (parsed === undefined) return {}
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw badRequest('the body is not a JSON object')
  return parsed as Record<string, unknown>
}

const clockState = (world: World) => ({ now: beijingTime(world.clock.now()), now_ms: world.clock.now() })

/** `POST /simulator/clock` `{ "advance_ms": n }` or `{ "now": "RFC 3339" }`. */
async function moveClock({ world, side, body }: Request) {
  const { advance_ms, now } = await body()
  try {
    if (typeof advance_ms === 'number' && now === undefined) await side.advanceClock(advance_ms)
    else if (typeof now === 'string' && advance_ms === undefined) await side.setClock(now)
    else throw badRequest('send { "advance_ms": <milliseconds> } or { "now": "<RFC 3339 time>" }')
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw badRequest(error.message)
    throw error
  }
  return clockState(world)
}

/** `POST /simulator/wallet` `{ contract_id, reason }` (its next deduction fails) or `{ openid, reason | null }`. */
async function wallet({ world, body }: Request) {
  const { contract_id, openid, reason } = await body()
  try {
    if (typeof contract_id === 'string') world.wallet.failNext(contract_id, checkReason(reason ?? 'NOTENOUGH'))
    else if (typeof openid === 'string')
      world.wallet.failUser(openid, reason === null ? undefined : checkReason(reason))
    else throw badRequest('send { "contract_id", "reason" } or { "openid", "reason" } (reason null: succeed again)')
  } catch (error) {
    if (error instanceof RangeError) throw badRequest(error.message)
    throw error
  }
  return { ok: true }
}

const routes: Record<
  Exclude<ControlRoute, 'dashboard' | 'page' | 'agree' | 'decline' | 'expire' | 'faults'>,
  (r: Request) => unknown
> = {
  sessions: ({ world }) => ({ data: world.sessions.all().map((session) => sessionSummary(world, session)) }),
  contracts: ({ world }) => ({ data: world.contracts.all().map((c) => contractView(c, world.clock.now())) }),
  deliveries: ({ side }) => ({ data: side.deliveries().map(deliveryView) }),
  resend: async ({ side, params }) => {
    try {
      return deliveryView(await side.resend(params.id))
    } catch (error) {
      if (error instanceof RangeError) throw new ApiError(404, 'RESOURCE_NOT_EXISTS', error.message)
      throw error
    }
  },
  deductions: ({ world }) => ({
    data: world.deductions.all().map(({ request: _, ...deduction }) => deduction),
  }),
  clock: ({ world }) => clockState(world),
  moveClock,
  terminate: ({ world, params }) => terminateAsUser(world, params.contract_id),
  retention: ({ world, params }) => ({
    sent: askAboutTermination(world, params.contract_id, 'ENTRUST.TERMINATE_RETENTION'),
  }),
  inquiry: ({ world, params }) => ({
    sent: askAboutTermination(world, params.contract_id, 'ENTRUST.TERMINATE_INQUIRY'),
  }),
  wallet,
}

export async function serveControl(
  world: World,
  side: ControlSide,
  request: IncomingMessage,
  response: ServerResponse,
  route: ControlRoute,
  params: Record<string, string>,
): Promise<void> {
  const nowSeconds = wireSeconds(world.clock)
  const json = (status: number, body: unknown) => answer(response, { status, body, nowSeconds })
  try {
    if (route === 'dashboard')
      return html(response, dashboardPage(world, side.deliveries(), side.faults.list()), nowSeconds)
    if (route === 'page') return page(world, request, response, params.id, nowSeconds)
    if (route === 'faults') return serveFaults(side.faults, request, json)
    if (route === 'agree' || route === 'decline' || route === 'expire') {
      return await userAnswer(world, request, response, route, params.id, nowSeconds)
    }
    json(200, await routes[route]({ world, side, params, body: () => jsonBody(request) }))
  } catch (error) {
    if (error instanceof ApiError) return json(error.status, { code: error.code, message: error.message })
    console.error('[wxpay simulator]', error)
    if (!response.headersSent) json(500, { code: 'SYSTEM_ERROR', message: 'simulator fault, see its log' })
  }
}

/**
 * The user's answer to a session: a form post from the signing page goes back to the page (with the
 * merchant page that opened it, where the JSAPI flow returns); an API call gets JSON.
 */
async function userAnswer(
  world: World,
  request: IncomingMessage,
  response: ServerResponse,
  route: 'agree' | 'decline' | 'expire',
  id: string,
  nowSeconds: number,
): Promise<void> {
  const form = (header(request, 'content-type') ?? '').includes('form')
  const referrer = form ? new URLSearchParams((await readBody(request)).toString('utf8')).get('referrer') : null
  const result =
    route === 'agree'
      ? contractView(agree(world, id), world.clock.now())
      : sessionSummary(world, (route === 'decline' ? decline : expire)(world, id))
  if (form) {
    const query = referrer ? `?referrer=${encodeURIComponent(referrer)}` : ''
    answer(response, { status: 303, headers: { Location: `/simulator/sign/${id}${query}` }, nowSeconds })
    return
  }
  answer(response, { status: 200, body: result, nowSeconds })
}

/** A fault as the control API shows it: snake_case, as the rest of it. */
const faultView = ({ delayMs, retryAfterSeconds, ...fault }: Fault) => ({
  ...fault,
  ...(delayMs === undefined ? {} : { delay_ms: delayMs }),
  ...(retryAfterSeconds === undefined ? {} : { retry_after_seconds: retryAfterSeconds }),
})

const RULE_FIELDS = ['path', 'method', 'kind', 'times', 'delay_ms', 'retry_after_seconds']

/** GET lists the faults, POST sets one (`{ path, method?, kind, times?, delay_ms?, retry_after_seconds? }`), DELETE clears them. */
async function serveFaults(faults: Faults, request: IncomingMessage, json: (status: number, body: unknown) => void) {
  if (request.method === 'GET') return json(200, { data: faults.list().map(faultView) })
  if (request.method === 'DELETE') return json(200, { cleared: faults.clear() })
  try {
    const body = parseBody(await readBody(request)) as Record<string, any> | undefined
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw new FaultRuleError('the body is a JSON object')
    const unknown = Object.keys(body).find((name) => !RULE_FIELDS.includes(name))
    if (unknown)
      throw new FaultRuleError(`${unknown.slice(0, 40)} is not a field of a fault (${RULE_FIELDS.join(', ')})`)
    const { delay_ms: delayMs, retry_after_seconds: retryAfterSeconds, ...rest } = body
    json(201, faultView(faults.add({ ...rest, delayMs, retryAfterSeconds } as FaultRule, WIRE_NAMES)))
  } catch (error) {
    if (error instanceof ClientGone) return
    if (error instanceof ApiError) return json(error.status, { code: error.code, message: error.message })
    if (!(error instanceof FaultRuleError)) throw error
    json(400, { code: 'PARAM_ERROR', message: `faults: ${error.message}` })
  }
}

const html = (response: ServerResponse, body: string, nowSeconds: number) =>
  answer(response, { status: 200, body, contentType: 'text/html; charset=utf-8', nowSeconds })

/** The signing page; the merchant page that opened it is `?referrer=` (after an answer) or the Referer. */
function page(world: World, request: IncomingMessage, response: ServerResponse, id: string, nowSeconds: number) {
  const session = world.sessions.find(id)
  if (!session) {
    answer(response, {
      status: 404,
      body: { code: 'RESOURCE_NOT_EXISTS', message: `no pre-sign session ${id}` },
      nowSeconds,
    })
    return
  }
  const query = new URL(request.url ?? '/', 'http://simulator').searchParams.get('referrer')
  const referrer = query ?? header(request, 'referer')
  html(response, signingPage(world.sessions.refresh(session), world, referrer ?? undefined), nowSeconds)
}

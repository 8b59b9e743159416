// The simulator's control API and signing page: unsigned, for the simulated user and for tests.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { beijingTime } from '@wxpay/sdk/protocol'
import { header } from './api.js'
import { ClientGone, parseBody, readBody } from './body.js'
import { type Fault, type FaultRule, FaultRuleError, type Faults, WIRE_NAMES } from './faults.js'
import { agree, decline, expire } from './handlers/presign.js'
import { ApiError, answer } from './http.js'
import type { Delivery } from './notifier.js'
import { signingPage } from './pages.js'
import { contractView } from './state/contracts.js'
import type { Session } from './state/sessions.js'
import type { World } from './state/world.js'

/** The control routes: method, find-my-way path, name. */
export const CONTROL_ROUTES = [
  ['GET', '/simulator/sign/:id', 'page'],
  ['GET', '/simulator/sessions', 'sessions'],
  ['GET', '/simulator/contracts', 'contracts'],
  ['GET', '/simulator/deliveries', 'deliveries'],
  ['POST', '/simulator/sessions/:id/agree', 'agree'],
  ['POST', '/simulator/sessions/:id/decline', 'decline'],
  ['POST', '/simulator/sessions/:id/expire', 'expire'],
  ['GET', '/simulator/faults', 'faults'],
  ['POST', '/simulator/faults', 'faults'],
  ['DELETE', '/simulator/faults', 'faults'],
] as const

export type ControlRoute = (typeof CONTROL_ROUTES)[number][2]

export const sessionSummary = (session: Session) => ({
  pre_entrustweb_id: session.pre_entrustweb_id,
  endpoint: `${session.endpoint.method} ${session.endpoint.path}`,
  mchid: session.mchid,
  out_contract_code: session.request.out_contract_code,
  state: session.state,
  created_at: beijingTime(session.createdAt),
  expires_at: beijingTime(session.expiresAt),
  ...(session.contract_id ? { contract_id: session.contract_id } : {}),
})

/** What the control API shows and sets beside the World: the delivery log and the faults. */
export interface ControlSide {
  deliveries(): readonly Delivery[]
  faults: Faults
}

export function serveControl(
  world: World,
  side: ControlSide,
  request: IncomingMessage,
  response: ServerResponse,
  route: ControlRoute,
  params: Record<string, string>,
): void | Promise<void> {
  const nowSeconds = Math.floor(world.clock.now() / 1000)
  const json = (status: number, body: unknown) => answer(response, { status, body, nowSeconds })
  try {
    switch (route) {
      case 'faults':
        return serveFaults(side.faults, request, json)
      case 'page':
        page(world, response, params.id, nowSeconds)
        return
      case 'sessions':
        json(200, { data: world.sessions.all().map(sessionSummary) })
        return
      case 'contracts':
        json(200, { data: world.contracts.all().map(contractView) })
        return
      case 'deliveries':
        json(200, { data: side.deliveries() })
        return
      case 'agree':
      case 'decline':
      case 'expire': {
        const result =
          route === 'agree'
            ? contractView(agree(world, params.id))
            : sessionSummary((route === 'decline' ? decline : expire)(world, params.id))
        // A form post from the signing page goes back to the page; an API call gets JSON.
        if ((header(request, 'content-type') ?? '').includes('form')) {
          answer(response, { status: 303, headers: { Location: `/simulator/sign/${params.id}` }, nowSeconds })
          return
        }
        json(200, result)
        return
      }
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    json(error.status, { code: error.code, message: error.message })
  }
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

function page(world: World, response: ServerResponse, id: string, nowSeconds: number): void {
  const session = world.sessions.byId(id)
  if (!session) {
    answer(response, {
      status: 404,
      body: { code: 'RESOURCE_NOT_EXISTS', message: `no pre-sign session ${id}` },
      nowSeconds,
    })
    return
  }
  answer(response, {
    status: 200,
    body: signingPage(session, world.sessions.refresh(session).state === 'expired'),
    contentType: 'text/html; charset=utf-8',
    nowSeconds,
  })
}

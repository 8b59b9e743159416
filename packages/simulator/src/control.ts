// The simulator's control API and signing page: unsigned, for the simulated user and for tests.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { beijingTime } from '@wxpay/sdk/protocol'
import { header } from './api.js'
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

export function serveControl(
  world: World,
  deliveries: () => readonly Delivery[],
  request: IncomingMessage,
  response: ServerResponse,
  route: ControlRoute,
  params: Record<string, string>,
): void {
  const nowSeconds = Math.floor(world.clock.now() / 1000)
  const json = (status: number, body: unknown) => answer(response, { status, body, nowSeconds })
  try {
    switch (route) {
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
        json(200, { data: deliveries() })
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

// Pre-sign (spec §4, §5, §8): a session per call, answered by how the user is handed to WeChat Pay
// (the endpoint's `handoff`); every session has a signing page at /simulator/sign/{id}.
import type { Handoff } from '@wxpay/sdk/protocol'
import { refuse } from '../refusals.js'
import { codeKey } from '../state/contracts.js'
import { newSessionId, type Session } from '../state/sessions.js'
import type { World } from '../state/world.js'
import type { Call } from './call.js'
import { requireNewTradeNo } from './deduct.js'

const MINI_PROGRAM = { appid: 'wxbd687630cd02ce1d', path: 'pages/PwdExemptContract/index' }
const PAPAY_MINI_PROGRAM = { username: 'gh_2c2a4dd0b8f5', path: 'pages/index/index' }

/** The signing page of a session: the simulated user agrees or declines there. */
export const signingPageUrl = (world: World, session: Session) =>
  `${world.url}/simulator/sign/${session.pre_entrustweb_id}`

const declares = (session: Session, field: string) => session.endpoint.response?.fields[field] !== undefined

/** The mini-program page an App opens, carrying the session (spec §5.2 app response example). */
const appPath = (session: Session, scene: string) =>
  `${PAPAY_MINI_PROGRAM.path}?sign_scene=${scene}&domain_type=cn&pre_entrustweb_id=${session.pre_entrustweb_id}`

/** The pre-sign's answer, by its endpoint's hand-off. */
const answers: Record<Handoff, (session: Session, world: World) => object> = {
  'mini-program': (session) => ({
    pre_entrustweb_id: session.pre_entrustweb_id,
    redirect_appid: MINI_PROGRAM.appid,
    redirect_path: MINI_PROGRAM.path,
  }),
  'redirect-url': (session, world) => ({ redirect_url: signingPageUrl(world, session) }),
  app: (session) => ({
    pre_entrustweb_id: session.pre_entrustweb_id,
    // Scheduled-deduct App pre-signs name the signing mini-program (spec §5.2); insurance ones do not.
    ...(declares(session, 'miniprogram_path')
      ? { miniprogram_username: PAPAY_MINI_PROGRAM.username, miniprogram_path: appPath(session, 'app') }
      : {}),
  }),
  'papay-sign': (session, world) => ({
    pre_entrustweb_id: session.pre_entrustweb_id,
    ...(session.request.sign_scene === 'SIGN_SCENE_QRCODE'
      ? { redirect_url: signingPageUrl(world, session) }
      : { mini_program_username: PAPAY_MINI_PROGRAM.username, mini_program_path: appPath(session, 'app') }),
  }),
  'sign-mini-program': (session) => ({
    pre_entrustweb_id: session.pre_entrustweb_id,
    ...echo(session),
    sign_mp_appid: MINI_PROGRAM.appid,
    sign_mp_path: MINI_PROGRAM.path,
  }),
  'pay-redirect': (session) => echo(session),
}

/** The pre-sign's answer for a session, as the call gave it (the signing pages show the hand-off from it). */
export const presignAnswer = (session: Session, world: World): Record<string, unknown> =>
  answers[session.endpoint.simulator!.presign!.handoff](session, world) as Record<string, unknown>

/** The four seeds' names (spec §3): S1 to S4. */
const SEEDS: Record<string, string> = {
  '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': 'S1',
  '/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': 'S2',
  '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': 'S3',
  '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': 'S4',
}

/** A session's kind as the pages name it: `S1 · mini-program` for a seed, else its hand-off. */
export function sessionKind(session: Session): string {
  const handoff = session.endpoint.simulator!.presign!.handoff
  const seed = SEEDS[session.endpoint.path]
  return seed ? `${seed} · ${handoff}` : handoff
}

/** What password-exempt answers echo; service providers' answers echo the sub-merchant (spec §5.5). */
const echo = (session: Session) => ({
  mchid: session.mchid,
  ...(declares(session, 'sub_mchid') ? { sub_mchid: session.request.sub_mchid } : {}),
  service_id: session.request.service_id,
  out_contract_code: session.request.out_contract_code,
})

export function presign(call: Call): object {
  const { world, endpoint, merchant, body } = call
  const facts = endpoint.simulator!.presign!
  const code: string = body.out_contract_code
  const key = codeKey(facts.family, merchant.mchid, body.sub_mchid, code)
  if (world.contracts.has(key)) {
    refuse(
      'codeReused',
      `out_contract_code ${code} was used by a contract (signed, failed or terminated) and can never be reused`,
    )
  }
  if (world.sessions.live(key))
    refuse('sessionLive', `a pre-sign session for ${code} is still live; wait for it to end`)
  // Sign-and-pay: the first payment's order number is spent with the signing (spec §4.1 rule 3).
  if (body.out_trade_no) requireNewTradeNo(world, merchant.mchid, body.out_trade_no)
  const now = world.clock.now()
  const session: Session = {
    pre_entrustweb_id: newSessionId(),
    endpoint,
    family: facts.family,
    mchid: merchant.mchid,
    request: body,
    createdAt: now,
    expiresAt: now + facts.sessionSeconds * 1000,
    state: 'pending',
  }
  world.sessions.add(session)
  return answers[facts.handoff](session, world)
}

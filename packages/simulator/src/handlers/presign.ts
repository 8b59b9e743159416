// Pre-sign (spec §4, §8): a session per call, answered by how the user is handed to WeChat Pay, and
// the simulated user's side — agree (a contract, its notification, and for insurance sign-and-pay
// the first payment's), decline or let it lapse (nothing is sent).
import { beijingTime, type EndpointDefinition, type Handoff } from '@wxpay/sdk/protocol'
import { ApiError, notImplemented } from '../http.js'
import type { Merchant } from '../keys.js'
import { type Contract, codeKey, contractView, newContractId, servesFamily } from '../state/contracts.js'
import { newSessionId, planOf, type Session } from '../state/sessions.js'
import type { World } from '../state/world.js'

const MINI_PROGRAM = { appid: 'wxbd687630cd02ce1d', path: 'pages/PwdExemptContract/index' }
const CONTRACT_YEARS = 5

/** The pre-sign's answer, by its endpoint's hand-off; the others come with the simulator issue. */
const answers: Partial<Record<Handoff, (session: Session, world: World) => object>> = {
  'mini-program': (session) => ({
    pre_entrustweb_id: session.pre_entrustweb_id,
    redirect_appid: MINI_PROGRAM.appid,
    redirect_path: MINI_PROGRAM.path,
  }),
  'redirect-url': (session, world) => ({ redirect_url: `${world.url}/simulator/sign/${session.pre_entrustweb_id}` }),
  'sign-mini-program': (session) => ({
    pre_entrustweb_id: session.pre_entrustweb_id,
    mchid: session.mchid,
    // Service providers' answers echo the sub-merchant (spec §5.5).
    ...(session.endpoint.response?.fields.sub_mchid ? { sub_mchid: session.request.sub_mchid } : {}),
    service_id: session.request.service_id,
    out_contract_code: session.request.out_contract_code,
    sign_mp_appid: MINI_PROGRAM.appid,
    sign_mp_path: MINI_PROGRAM.path,
  }),
}

export function presign(world: World, endpoint: EndpointDefinition, merchant: Merchant, body: any): object {
  const facts = endpoint.simulator!.presign!
  const answer = answers[facts.handoff]
  if (!answer || !servesFamily(facts.family) || !world.events[facts.family]) notImplemented(endpoint)
  const code: string = body.out_contract_code
  const key = codeKey(merchant.mchid, body.sub_mchid, code)
  if (world.contracts.has(key)) {
    throw new ApiError(
      400,
      'INVALID_REQUEST',
      `out_contract_code ${code} 已被使用: it was used by a contract (signed, failed or terminated) and can never be reused`,
    )
  }
  if (world.sessions.live(key)) {
    throw new ApiError(
      400,
      'INVALID_REQUEST',
      `a pre-sign session for out_contract_code ${code} is still live; wait for it to end`,
    )
  }
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
  return answer(session, world)
}

/** A session by pre_entrustweb_id or out_contract_code, that the user can still act on. */
function pending(world: World, id: string): Session {
  const session = world.sessions.find(id)
  // A session dropped some time after it ended is still known by how it ended.
  const known = session ? world.sessions.refresh(session) : world.sessions.ended(id)
  if (!known) throw new ApiError(404, 'RESOURCE_NOT_EXISTS', `no pre-sign session ${id}`)
  if (!session || known.state !== 'pending')
    throw new ApiError(409, 'INVALID_REQUEST', `the pre-sign session ${known.pre_entrustweb_id} is ${known.state}`)
  return session
}

/** The simulated user agrees: the contract is signed and the sign notification sent. */
export function agree(world: World, id: string): Contract {
  const session = pending(world, id)
  const merchant = world.merchants.get(session.mchid)!
  const now = world.clock.now()
  const request = session.request
  const contract: Contract = {
    contract_id: newContractId(),
    family: session.family,
    mchid: session.mchid,
    sub_mchid: request.sub_mchid,
    plan: planOf(session),
    out_contract_code: request.out_contract_code,
    contract_state: 'SIGNED',
    signedAt: now,
    expiresAt: request.policy_end_date
      ? Date.parse(`${request.policy_end_date}T23:59:59+08:00`)
      : now + CONTRACT_YEARS * 365 * 86_400_000,
    request,
    notifyUrl: request[session.endpoint.simulator!.presign!.notifyUrlField],
  }
  session.state = 'agreed'
  session.contract_id = contract.contract_id
  world.contracts.add(contract)
  world.notify(merchant, contract.notifyUrl, world.events[contract.family]!.sign, contractView(contract))
  if (session.family === 'insurance' && request.out_trade_no) notifyFirstPayment(world, merchant, contract)
  return contract
}

/** The simulated user declines: nothing is signed and nothing is sent. */
export function decline(world: World, id: string): Session {
  const session = pending(world, id)
  session.state = 'declined'
  return session
}

/** The simulated user lets the session lapse: nothing is sent. */
export function expire(world: World, id: string): Session {
  const session = pending(world, id)
  session.expiresAt = world.clock.now()
  session.state = 'expired'
  return session
}

/** Insurance sign-and-pay: the first period is paid as the contract is signed (spec §4.1 rule 2). */
function notifyFirstPayment(world: World, merchant: Merchant, contract: Contract): void {
  const request = contract.request
  world.notify(merchant, request.transaction_notify_url, 'TRANSACTION.SUCCESS', {
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
    amount: { total: request.amount.total, payer_total: request.amount.total, currency: 'CNY', payer_currency: 'CNY' },
  })
}

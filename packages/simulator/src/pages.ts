// The signing page of every pre-sign session (a redirect_url opens it; the dashboard links every
// session to it): what the user sees in WeChat, reduced to the contract's terms and two buttons, and
// after the answer what the real flow hands back to the merchant, computed with @wxpay/sdk/client —
// the mini-program's `extraData` (`return_code`, `contract_id`) and what `signingReturn` reads from
// it, or the JSAPI return to the merchant's page (`location.replace` with `from_wxpay=1`, or
// `history.back()` when the page that opened it has no path).
import {
  isSigningReturn,
  type MiniProgramPreSign,
  RETURN_FROM_MINI_PROGRAM_SCENE,
  RETURN_PARAMETER,
  signingNavigation,
  signingReturn,
} from '@wxpay/sdk/client'
import { presignAnswer, sessionKind } from './handlers/presign.js'
import { code, escapeHtml, page, table } from './html.js'
import type { Session } from './state/sessions.js'
import type { World } from './state/world.js'

const yuan = (total: number) => `¥${(total / 100).toFixed(2)}`

const describe = (session: Session): [string, unknown][] => {
  const r = session.request
  const rows: [string, unknown][] = [
    ['Kind', sessionKind(session)],
    ['Endpoint', `${session.endpoint.method} ${session.endpoint.path}`],
    ['Merchant', r.sub_mchid ? `${session.mchid} for ${r.sub_mchid}` : session.mchid],
    ['Contract code', r.out_contract_code],
    ['Plan / service', r.plan_id ?? r.service_id],
  ]
  if (r.insured_display_name) rows.push(['Insured', r.insured_display_name])
  if (r.contract_display_account) rows.push(['Account', r.contract_display_account])
  if (r.deduct_schedule) {
    const { estimated_deduct_date, estimated_deduct_amount, description } = r.deduct_schedule
    rows.push(['Deduction', `${estimated_deduct_date} ${yuan(estimated_deduct_amount.total)} ${description}`])
  }
  if (Array.isArray(r.policy_periods)) {
    const periods = r.policy_periods.map(
      (p: any) => `#${p.policy_period_id} ${p.estimated_deduct_date} ${yuan(p.estimated_deduct_amount.total)}`,
    )
    rows.push(['Deductions', periods.join(', ')])
  }
  return rows
}

/** How the merchant hands the user over: a mini-program's navigation, or a page's redirect. */
type Handoff =
  | { kind: 'mini-program'; preSign: MiniProgramPreSign }
  | { kind: 'page'; redirectUrl?: string }
  | { kind: 'app'; answer: Record<string, unknown> }

function handoffOf(session: Session, world: World): Handoff {
  const answer = presignAnswer(session, world)
  switch (session.endpoint.simulator!.presign!.handoff) {
    case 'mini-program':
    case 'sign-mini-program':
      return { kind: 'mini-program', preSign: answer as unknown as MiniProgramPreSign }
    case 'redirect-url':
    case 'pay-redirect':
      return { kind: 'page', redirectUrl: answer.redirect_url as string | undefined }
    default:
      return answer.redirect_url
        ? { kind: 'page', redirectUrl: answer.redirect_url as string }
        : { kind: 'app', answer }
  }
}

const json = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`

function opened(handoff: Handoff): string {
  if (handoff.kind === 'mini-program') {
    return `<p>The merchant's mini-program opened this with</p>${json(signingNavigation(handoff.preSign))}
<p>(<code>wx.navigateToMiniProgram({ ...signingNavigation(data) })</code>, from <code>@wxpay/sdk/client</code>).</p>`
  }
  if (handoff.kind === 'page') {
    return `<p>The merchant's page opened this with <code>openSigningPage(data)</code> (<code>window.location.href = redirect_url</code>).</p>`
  }
  return `<p>The merchant's App opened this with</p>${json(handoff.answer)}`
}

/** The JSAPI return: `location.replace(referrer + from_wxpay=1)` when the referrer has a path, else `history.back()`. */
function pageReturn(referrer: string | undefined): string {
  let url: URL | undefined
  try {
    url = referrer ? new URL(referrer) : undefined
  } catch {
    url = undefined
  }
  if (!url || (url.pathname === '/' && url.search === '')) {
    return `<p id="return">WeChat Pay returns to the merchant's page with <code>history.back()</code> (it has no path, so no <code>${RETURN_PARAMETER}</code>).</p>
<p><button type="button" onclick="history.back()">Back to the merchant's page</button></p>`
  }
  url.searchParams.set(RETURN_PARAMETER, '1')
  return `<p id="return">WeChat Pay returns to the merchant's page with <code>location.replace(${escapeHtml(JSON.stringify(url.href))})</code>;
there <code>isSigningReturn()</code> is ${isSigningReturn(url.href)}.</p>
<p><a id="return-link" href="${escapeHtml(url.href)}">Back to the merchant's page</a></p>`
}

function miniProgramReturn(preSign: MiniProgramPreSign, session: Session): string {
  const appId = signingNavigation(preSign).appId
  if (session.state !== 'agreed') {
    const read = signingReturn({ scene: RETURN_FROM_MINI_PROGRAM_SCENE, referrerInfo: { appId } }, preSign)
    return `<p id="return">The user backs out to the merchant's mini-program: no <code>extraData</code>, and
<code>signingReturn(options, data)</code> gives <code>${String(read)}</code>.</p>`
  }
  const extraData = { return_code: 'SUCCESS', return_msg: 'OK', contract_id: session.contract_id }
  const options = { scene: RETURN_FROM_MINI_PROGRAM_SCENE, referrerInfo: { appId, extraData } }
  return `<p id="return">The signing mini-program returns to the merchant's mini-program; its <code>App.onShow(options)</code> gets</p>
${json(options)}<p>and <code>signingReturn(options, data)</code> reads</p>${json(signingReturn(options, preSign))}`
}

function afterAnswer(session: Session, handoff: Handoff, referrer: string | undefined): string {
  const outcome =
    session.state === 'agreed'
      ? `<p class="state ok">Signed. Contract <span id="contract-id">${escapeHtml(session.contract_id)}</span>.</p>`
      : `<p class="state fail">This session is ${escapeHtml(session.state)}: nothing was signed.</p>`
  if (session.state === 'expired') return outcome
  if (handoff.kind === 'mini-program') return outcome + miniProgramReturn(handoff.preSign, session)
  if (handoff.kind === 'page') return outcome + pageReturn(referrer)
  return `${outcome}<p id="return">WeChat returns to the merchant's App; the result that counts is the notification or the contract query.</p>`
}

/** The page of a session; `referrer`: the merchant page that opened it, where the JSAPI flow returns. */
export function signingPage(session: Session, world: World, referrer?: string): string {
  const handoff = handoffOf(session, world)
  const id = escapeHtml(session.pre_entrustweb_id)
  const hidden = referrer ? `<input type="hidden" name="referrer" value="${escapeHtml(referrer)}">` : ''
  const actions =
    session.state === 'pending'
      ? `<div class="big"><form class="inline" method="post" action="/simulator/sessions/${id}/agree">${hidden}<button>Agree and sign</button></form>
<form class="inline" method="post" action="/simulator/sessions/${id}/decline">${hidden}<button>Decline</button></form></div>`
      : afterAnswer(session, handoff, referrer)
  const body = `<h1>Sign a contract (simulated WeChat Pay)</h1>
${table(['', ''], describe(session), '').replace(/<thead>.*?<\/thead>/, '')}
${actions}
<h2>The hand-off</h2>${opened(handoff)}
<p><a href="/">The simulator's dashboard</a> · session ${code(session.pre_entrustweb_id).html}</p>`
  return page('wxpay simulator · sign a contract', body, { narrow: true })
}

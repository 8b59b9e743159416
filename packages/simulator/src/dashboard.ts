// The dashboard at `/`: what the simulator holds, and the simulated user's and the test's controls —
// the clock with Advance buttons, merchants and keys, sessions (Agree, Decline, Expire, the signing
// page), contracts (Terminate as the user), deductions and periods, the wallet's failure switches and
// every notification with each attempt and a Resend button. Server-rendered; the buttons post to the
// control API (html.ts).
import { beijingTime } from '@wxpay/sdk/protocol'
import type { Delivery } from './delivery-log.js'
import type { Fault } from './faults.js'
import { sessionKind } from './handlers/presign.js'
import { code, escapeHtml, link, page, postButton, raw, table } from './html.js'
import type { Contract } from './state/contracts.js'
import type { Schedulable } from './state/schedules.js'
import { displayedState } from './state/views.js'
import { FAILURE_REASONS } from './state/wallet.js'
import type { World } from './state/world.js'

/** Rows each list shows at most, newest kept; the JSON routes have them all. */
export const DASHBOARD_ROWS = 200
const latest = <T>(items: readonly T[]) => items.slice(-DASHBOARD_ROWS)
const more = (items: readonly unknown[], what: string, path: string) =>
  items.length > DASHBOARD_ROWS
    ? `<p class="empty">The latest ${DASHBOARD_ROWS} of ${items.length} ${what}; all of them: <a href="${path}">${path}</a>.</p>`
    : ''

const yuan = (fen: number | undefined) => (fen === undefined ? '' : `¥${(fen / 100).toFixed(2)}`)
const time = (ms: number | undefined) => (ms === undefined ? '' : beijingTime(ms))
const state = (text: string, ok?: boolean) =>
  raw(`<span class="state${ok === undefined ? '' : ok ? ' ok' : ' fail'}">${escapeHtml(text)}</span>`)

const ADVANCES: [string, number][] = [
  ['+1 minute', 60_000],
  ['+1 hour', 3_600_000],
  ['+1 day', 86_400_000],
  ['+30 days', 30 * 86_400_000],
]

function clockSection(world: World): string {
  const buttons = ADVANCES.map(([label, ms]) => postButton(label, '/simulator/clock', { advance_ms: ms }).html)
  return `<h2>Clock</h2><p>Simulated time: <strong id="clock">${escapeHtml(beijingTime(world.clock.now()))}</strong>
(Beijing time; signatures keep real time). Advance: ${buttons.join('')}</p>`
}

function merchantsSection(world: World): string {
  const merchants = [...world.merchants.values()].map((m) => [m.mchid, m.appid, code(m.serial)])
  const platform = world.platform
  const keys = [
    ...(platform.publicKey ? [['WeChat Pay public key', code(platform.publicKey.id)]] : []),
    ...platform.certificates.map((c) => ['platform certificate', code(c.id), time(c.notAfter?.getTime())]),
  ]
  return `<h2>Merchants</h2>${table(['mchid', 'appid', 'API key serial'], merchants, 'No merchant.', 'merchants')}
<p>WeChat Pay signs in ${escapeHtml(platform.mode)} mode with:</p>${table(['key', 'id', 'valid until'], keys, 'No key.')}`
}

function sessionsSection(world: World): string {
  const sessions = world.sessions.all()
  const rows = latest(sessions).map((session) => {
    const id = session.pre_entrustweb_id
    const actions =
      session.state === 'pending'
        ? ['Agree', 'Decline', 'Expire'].map((a) => postButton(a, `/simulator/sessions/${id}/${a.toLowerCase()}`).html)
        : []
    return [
      code(id),
      sessionKind(session),
      session.request.out_contract_code,
      state(session.state, session.state === 'agreed' ? true : session.state === 'pending' ? undefined : false),
      time(session.expiresAt),
      session.contract_id ? code(session.contract_id) : '',
      raw([link('Signing page', `/simulator/sign/${id}`).html, ...actions].join(' ')),
    ]
  })
  const headers = ['pre_entrustweb_id', 'kind', 'out_contract_code', 'state', 'expires', 'contract', '']
  return `<h2>Pre-sign sessions</h2>${table(headers, rows, 'No session yet: make a pre-sign call.', 'sessions')}${more(
    sessions,
    'sessions',
    '/simulator/sessions',
  )}`
}

function contractsSection(world: World): string {
  const now = world.clock.now()
  const contracts = world.contracts.all()
  const rows = latest(contracts).map((contract) => {
    const shown = displayedState(contract, now)
    return [
      code(contract.contract_id),
      contract.family,
      contract.out_contract_code,
      contract.plan,
      state(shown, shown === 'SIGNED' ? true : shown === 'TO_BE_RENEWED' ? undefined : false),
      time(contract.signedAt),
      contract.terminationMode ?? '',
      contract.contract_state === 'SIGNED'
        ? postButton('Terminate (as the user)', `/simulator/contracts/${contract.contract_id}/terminate`)
        : '',
    ]
  })
  const headers = ['contract_id', 'family', 'out_contract_code', 'plan / service', 'state', 'signed', 'ended by', '']
  return `<h2>Contracts</h2>${table(headers, rows, 'No contract yet.', 'contracts')}${more(contracts, 'contracts', '/simulator/contracts')}`
}

const scheduleRow = (contract: Contract, name: string, item: Schedulable) => [
  code(contract.contract_id),
  name,
  item.estimated_deduct_date,
  yuan(item.estimatedAmount),
  item.deductStart ? `${item.deductStart} – ${item.deductEnd} ${yuan(item.scheduledAmount)}` : '',
  item.paid ? `${time(item.paid.at)} ${yuan(item.paid.amount)}` : item.voided ? 'voided' : '',
]

function moneySection(world: World): string {
  const all = world.deductions.all()
  const deductions = latest(all).map((d) => [
    d.out_trade_no,
    code(d.contract_id),
    d.policy_period_id ?? '',
    yuan(d.amount),
    state(d.state, d.state === 'SUCCESS' ? true : d.state === 'FAIL' ? false : undefined),
    d.reason ?? '',
    time(d.acceptedAt),
    time(d.settledAt),
  ])
  const periods = latest(world.contracts.all()).flatMap((contract) => [
    ...(contract.insurance?.periods ?? []).map((p) => scheduleRow(contract, `period #${p.policy_period_id}`, p)),
    ...(contract.schedule ? [scheduleRow(contract, 'scheduled deduction', contract.schedule)] : []),
  ])
  return `<h2>Deductions</h2>${table(
    ['out_trade_no', 'contract', 'period', 'amount', 'state', 'reason', 'accepted', 'settled'],
    deductions,
    'No deduction yet.',
    'deductions',
  )}${more(all, 'deductions', '/simulator/deductions')}<h2>Periods and schedules</h2>${table(
    ['contract', 'what', 'estimated date', 'estimated', 'scheduled window', 'paid'],
    periods,
    'No period or scheduled deduction.',
    'periods',
  )}`
}

function walletSection(world: World): string {
  const { failNext, failingUsers } = world.wallet.snapshot()
  const queued = Object.entries(failNext).map(([id, reasons]) => [code(id), reasons.join(', ')])
  const users = Object.entries(failingUsers).map(([openid, reason]) => [
    code(openid),
    reason,
    postButton('Pay again', '/simulator/wallet', { openid, reason: null }),
  ])
  const options = Object.entries(FAILURE_REASONS)
    .map(([name, text]) => `<option value="${name}">${escapeHtml(`${name} — ${text}`)}</option>`)
    .join('')
  const contracts = latest(world.contracts.all().filter((contract) => contract.contract_state === 'SIGNED')).map(
    (c) =>
      `<option value="${escapeHtml(c.contract_id)}">${escapeHtml(`${c.out_contract_code} (${c.contract_id})`)}</option>`,
  )
  const form = contracts.length
    ? `<form class="inline" data-json id="fail-next"><label>Contract <select name="contract_id">${contracts.join('')}</select></label>
<label>fails with <select name="reason">${options}</select></label> ${postButton('Fail its next deduction', '/simulator/wallet').html}</form>`
    : ''
  const userForm = `<form class="inline" data-json id="fail-user"><label>User (openid) <input name="openid" required size="30"></label>
<label>fails with <select name="reason">${options}</select></label> ${postButton('Fail every deduction of the user', '/simulator/wallet').html}</form>`
  return `<h2>Failure switches</h2>${form}
${table(['contract', 'its next deductions fail with'], queued, 'No deduction is set to fail.', 'fail-next-list')}
${userForm}${table(['user (openid)', 'every deduction fails with', ''], users, 'No user’s deductions fail.', 'failing-users')}`
}

/** The faults on demand (`POST /simulator/faults`): what the next answers of matching requests do. */
function faultsSection(faults: readonly Fault[]): string {
  const rows = faults.map((fault) => [fault.method ?? 'any', code(fault.path), fault.kind, fault.remaining])
  const clear = faults.length ? postButton('Clear the faults', '/simulator/faults', undefined, 'DELETE').html : ''
  return `<h3>Faults on demand (<code>POST /simulator/faults</code>)</h3>${table(
    ['method', 'path', 'kind', 'answers left'],
    rows,
    'No fault is set.',
    'faults',
  )}${clear}`
}

function deliveriesSection(deliveries: readonly Delivery[]): string {
  const byNotification = new Map<string, Delivery[]>()
  for (const delivery of deliveries) {
    const list = byNotification.get(delivery.notificationId) ?? []
    list.push(delivery)
    byNotification.set(delivery.notificationId, list)
  }
  const notifications = [...byNotification].reverse()
  const blocks = notifications.slice(0, DASHBOARD_ROWS / 4).map(([id, attempts]) => {
    const rows = attempts.map((d) => [
      d.probe ? 'probe' : `${d.attempt}${d.resend ? ' (resend)' : ''}`,
      time(d.at),
      d.status ?? d.error ?? '',
      state(d.acknowledged ? 'acknowledged' : 'failed', d.acknowledged),
      time(d.retryAt),
    ])
    const acknowledged = attempts.some((d) => d.acknowledged)
    return `<section class="notification" data-id="${escapeHtml(id)}"><h3>${escapeHtml(attempts[0].eventType)} → ${escapeHtml(attempts[0].url)}
${state(acknowledged ? 'acknowledged' : 'not acknowledged', acknowledged).html}</h3>
${table(['attempt', 'time', 'answer', 'outcome', 'next attempt'], rows, '')}${postButton('Resend', `/simulator/deliveries/${id}/resend`).html}</section>`
  })
  const shown =
    notifications.length > blocks.length
      ? `<p class="empty">The latest ${blocks.length} of ${notifications.length} notifications; all of them: <a href="/simulator/deliveries">/simulator/deliveries</a>.</p>`
      : ''
  return `<h2>Notification deliveries</h2>${blocks.length ? blocks.join('\n') : '<p class="empty">No notification sent yet.</p>'}${shown}`
}

/** The dashboard's HTML. */
export function dashboardPage(world: World, deliveries: readonly Delivery[], faults: readonly Fault[]): string {
  const body = [
    `<h1>wxpay simulator</h1><p>A local WeChat Pay for contract signing and entrusted deduction, at ${escapeHtml(world.url)}.
JSON: <a href="/simulator/sessions">sessions</a>, <a href="/simulator/contracts">contracts</a>,
<a href="/simulator/deductions">deductions</a>, <a href="/simulator/deliveries">deliveries</a>.</p>`,
    clockSection(world),
    merchantsSection(world),
    sessionsSection(world),
    contractsSection(world),
    moneySection(world),
    walletSection(world),
    faultsSection(faults),
    deliveriesSection(deliveries),
  ]
  return page('wxpay simulator', body.join('\n'))
}

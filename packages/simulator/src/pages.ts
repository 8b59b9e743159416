// The signing page of every pre-sign session (H5, JSAPI and QR-code redirect_urls open it): what
// the user sees in WeChat, reduced to the contract's terms and two buttons.
import type { Session } from './state/sessions.js'

const escapeHtml = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const describe = (session: Session): [string, unknown][] => {
  const r = session.request
  const rows: [string, unknown][] = [
    ['Endpoint', `${session.endpoint.method} ${session.endpoint.path}`],
    ['Merchant', session.mchid],
    ['Contract code', r.out_contract_code],
    ['Plan / service', r.plan_id ?? r.service_id],
  ]
  if (r.insured_display_name) rows.push(['Insured', r.insured_display_name])
  if (r.contract_display_account) rows.push(['Account', r.contract_display_account])
  if (r.deduct_schedule) {
    const { estimated_deduct_date, estimated_deduct_amount, description } = r.deduct_schedule
    rows.push([
      'Deduction',
      `${estimated_deduct_date} ¥${(estimated_deduct_amount.total / 100).toFixed(2)} ${description}`,
    ])
  }
  if (Array.isArray(r.policy_periods)) {
    rows.push([
      'Deductions',
      r.policy_periods
        .map(
          (p: any) =>
            `#${p.policy_period_id} ${p.estimated_deduct_date} ¥${(p.estimated_deduct_amount.total / 100).toFixed(2)}`,
        )
        .join(', '),
    ])
  }
  return rows
}

export function signingPage(session: Session, expired: boolean): string {
  const rows = describe(session)
    .map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')
  const state = expired ? 'expired' : session.state
  const actions =
    state === 'pending'
      ? `<form method="post" action="/simulator/sessions/${escapeHtml(session.pre_entrustweb_id)}/agree"><button>Agree and sign</button></form>
<form method="post" action="/simulator/sessions/${escapeHtml(session.pre_entrustweb_id)}/decline"><button>Decline</button></form>`
      : `<p class="state">This session is ${escapeHtml(state)}.</p>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>wxpay simulator · sign a contract</title>
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem;vertical-align:top}
form{display:inline-block;margin:1rem 1rem 0 0}button{font-size:1rem;padding:.6rem 1.2rem}.state{font-weight:bold}</style></head>
<body><h1>Sign a contract (simulated WeChat Pay)</h1><table>${rows}</table>${actions}</body></html>`
}

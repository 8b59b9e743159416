// "What the simulator does" on an endpoint page: the session, the hand-off, the states and windows
// and the notifications, from the catalog's simulator facts and, for the money flow, the rules WeChat
// Pay documents (dossier sections cited), which the simulator models.
import type { EndpointDefinition, Handoff } from '@wxpay/sdk/protocol'
import { eventsOf, type Kind } from './kinds.js'
import { eventLink } from './links.js'

const HANDOFF: Record<Handoff, string> = {
  'mini-program':
    'answers `pre_entrustweb_id`, `redirect_appid` and `redirect_path`: the mini-program calls `wx.navigateToMiniProgram` with them',
  'redirect-url':
    'answers `redirect_url`: the page to open (in the simulator, its signing page with Agree and Decline)',
  app: 'answers `pre_entrustweb_id`, which the App passes to the WeChat OpenSDK',
  'papay-sign': 'answers `pre_entrustweb_id` (App) or a `redirect_url` (QR code)',
  'sign-mini-program':
    'answers `pre_entrustweb_id`, `sign_mp_appid` and `sign_mp_path`: the signing mini-program to open',
  'pay-redirect': 'answers nothing to open: signing is offered on the payment result page of the `prepay_id` order',
}

const CONTROL =
  'The simulated user answers with `sim.agree(id)`, `sim.decline(id)` or `sim.expire(id)` (`id`: the `pre_entrustweb_id` or the `out_contract_code`), or over HTTP with `POST /simulator/sessions/{id}/agree`, `/decline` or `/expire`.'

function presign(endpoint: EndpointDefinition): string[] {
  const facts = endpoint.simulator!.presign!
  const minutes = facts.sessionSeconds / 60
  return [
    `- **Session**: ${minutes >= 60 ? `${minutes / 60} hours` : `${minutes} minutes`} (${endpoint.spec}, §8); after that it can no longer be signed. ${CONTROL}`,
    `- **Hand-off**: ${HANDOFF[facts.handoff]}.`,
    '- **On agreement** the contract is `SIGNED` and the notification below is sent; when the user declines or the session lapses, nothing is sent (§4.1 rule 2, §8).',
    '- **`out_contract_code`** is never reusable, whatever became of its contract (§2.3, §7.2).',
  ]
}

const BY_KIND: Record<Exclude<Kind, 'presign'>, string[]> = {
  'contract-query': [
    '- Answers the contract signed under this code, in the shape of its family; an unknown code is a 404 (§5.6, §7.2).',
  ],
  'contract-terminate': [
    '- The contract becomes `TERMINATED` with `contract_termination_mode: MCH_API_TERMINATE`, and the terminate notification is sent (in the simulator, to the pre-sign’s notify URL; WeChat Pay uses the URL of the template) (§5.6, §6).',
    '- The code stays taken (§2.3).',
  ],
  'insurance-renew': [
    '- Only a contract that is `TO_BE_RENEWED` (its plan ran out) and was signed with `can_auto_insure` or `can_auto_reinsure`; 1–12 new periods numbered after the last, at the template’s frequency, within 50 % of the last amount; once per expiry; in the renewal window after the last estimated date, 08:00–19:00 Beijing time (§5.7 #27).',
    '- Answers 204; `INSURANCE_ENTRUST.RENEW` follows.',
  ],
  'insurance-periods': [
    '- Pages through the periods: `limit` 1–120 (20 by default), `offset` from 0; an offset past the end answers an empty list (§5.7 #28).',
  ],
  'insurance-modify': [
    '- Lowers the planned amount of a `NO_SCHEDULED` or `SCHEDULED` period (one new amount a request; a `SCHEDULED` one loses its schedule, with `allow_cancel_scheduled`); 08:00–19:00 Beijing time, once a day, three times in all (§5.7 #29).',
  ],
  'insurance-schedule': [
    '- A period is schedulable from the day before its estimated date to 28 days after, in [08:00, 19:30) Beijing time, for exactly its estimated amount, once; scheduling a later period voids the earlier one’s schedule. The period becomes `SCHEDULED` and may be deducted from the next day to 29 days after its date (§5.8 #30).',
  ],
  'insurance-schedule-query': [
    '- Answers the period’s state: `NO_SCHEDULED`, `SCHEDULED`, `PAID` or `EXPIRED`, and its window once scheduled (§5.8 #31).',
  ],
  'insurance-apply': [
    '- Accepts the deduction of a `SCHEDULED` period inside its window, in [08:00, 20:00) Beijing time, for exactly the scheduled amount, with an `out_trade_no` never used before; the answer is an acceptance, the result comes as a `TRANSACTION.*` notification (§5.8 #32).',
  ],
  'scheduled-schedule': [
    '- Schedulable only on the natural day before `estimated_deduct_date`, in [08:00, 19:30) Beijing time, for the amount planned at signing, once; the deduction then runs on that one day. Paid, the contract ends (`SYSTEM_TERMINATE`); unpaid, it ends at 08:00 the next day (§5.9 #33).',
  ],
  'scheduled-query': ['- Answers `schedule_state` and, once scheduled, the deduction window and outcome (§5.9 #34).'],
  'papay-apply': [
    '- Accepts a deduction from a `SIGNED` contract, with an `out_trade_no` never used before; the answer is an acceptance, the result comes as a `TRANSACTION.*` notification (§5.9 #37–#39). After a pre-deduction notice, the amount is at most its estimate (§5.10).',
  ],
  notice: [
    '- Tells the user of an upcoming deduction; callable in [07:00, 22:00) Beijing time with the notice permission; answers 204 (§5.10).',
  ],
  'fail-notice': ['- Reminds the user to top up after a failed deduction, in the notice window; answers 204 (§5.10).'],
  certificates: [
    '- In `certificate` and `mixed` mode, answers the platform certificates encrypted with the APIv3 key (`AEAD_AES_256_GCM`, associated data `certificate`); in `publicKey` mode, 404 as WeChat Pay does for public-key merchants (§1.4).',
  ],
}

export function behaviourSection(endpoint: EndpointDefinition, kind: Kind): string {
  const lines = kind === 'presign' ? presign(endpoint) : BY_KIND[kind]
  const events = eventsOf(endpoint).map((event) => `- [\`${event.type}\`](${eventLink(event.type)}): ${event.when}.`)
  return [
    '## What the simulator does',
    '',
    ...lines,
    ...(events.length > 0 ? ['', '**Notifications**', '', ...events] : []),
  ].join('\n')
}

// One page per callback event: what it says and when it comes, the envelope, the decrypted resource
// as a table, the calls that trigger it, the reply, the retry schedule, and handling it with each
// adapter. From the catalog's events (packages/sdk/src/catalog/events.ts) and the protocol's envelope.
import { type EventType, events, type ObjectSchema } from '@wxpay/sdk/protocol'
import { retryScheduleOf } from '@wxpay/simulator'
import { components } from '../openapi.js'
import { adapterBlock, OTHER_MOUNTS } from './adapters.js'
import { fieldTable } from './fields.js'
import { eventsOf } from './kinds.js'
import { endpointRef, siteEndpoints } from './links.js'
import { cell, code, frontmatter, GENERATED_NOTE, table } from './markdown.js'

const duration = (seconds: number) =>
  seconds < 60 ? `${seconds} s` : seconds < 3600 ? `${seconds / 60} min` : `${seconds / 3600} h`

const USER =
  'in the simulator, `sim.terminateAsUser(contract_id)` or `POST /simulator/contracts/{contract_id}/terminate`'

/** What sets an event off besides the API calls (spec §6). */
const OTHER_CAUSES: Partial<Record<EventType, string>> = {
  'INSURANCE_ENTRUST.TERMINATE': `the user terminating the contract in WeChat (§6.2); ${USER}`,
  'ENTRUST.TERMINATE': `the user terminating in WeChat, or the system after a scheduled deduction was paid or its day passed unpaid (§5.9, §6.1); ${USER}`,
  'ECOMMERCE_ENTRUST.SIGN':
    'the combine-papay pre-sign of 电商收付通 (`/v3/ecommerce/combine-papay/…`), outside this catalog (§6.4)',
  'ECOMMERCE_ENTRUST.TERMINATE': 'a combine-papay contract ending, outside this catalog (§6.4)',
  'ENTRUST.TERMINATE_RETENTION':
    'the user starting to close a contract whose template is enrolled in retention (§6.5); in the simulator, `POST /simulator/contracts/{contract_id}/retention`',
  'ENTRUST.TERMINATE_INQUIRY':
    'the user starting to terminate a HarmonyOS papay contract (§6.5); in the simulator, `POST /simulator/contracts/{contract_id}/inquiry`',
  'PASSWORD_EXEMPT_CONTRACT.TERMINATE': `the user terminating the contract in WeChat (§6.6); ${USER}`,
}

function triggers(type: EventType): string[] {
  const calls = siteEndpoints().flatMap(({ key, endpoint }) =>
    eventsOf(endpoint)
      .filter((event) => event.type === type)
      .map((event) => `- ${endpointRef(key, endpoint)} (${code(key)}): ${event.when}`),
  )
  const other = OTHER_CAUSES[type] ? [`- ${OTHER_CAUSES[type]}`] : []
  return [...calls, ...other]
}

/** What the sources say of the resends of an event (spec §1.8, §6). */
function documentedRetries(type: EventType): string {
  if (/^ENTRUST\.(SIGN|TERMINATE)$/.test(type)) {
    return 'The entrusted-payment page gives “all notification frequencies (4 hours)”, then query the contract (§1.8, §6.1).'
  }
  if (type.startsWith('ECOMMERCE_ENTRUST.'))
    return 'Combine-papay: at 0, 10, 10, 10, 30, 30, 30 s, then every 300 s, 23 times (§1.8, §6.4).'
  if (type.includes('TERMINATE_'))
    return 'An answer is awaited at once (see the reply); the sources give no retry schedule for it.'
  return 'After a failed delivery (no 2xx within 5 s), the generic APIv3 schedule: 16 attempts over 24 h 4 min (§1.8).'
}

function retries(type: EventType): string {
  const waits = retryScheduleOf(type)
  const total = waits.reduce((sum, wait) => sum + wait, 0)
  const span = `${Math.floor(total / 3600)} h ${Math.round((total % 3600) / 60)} min`
  return `${documentedRetries(type)} The simulator, on its clock, waits ${waits.map(duration).join(', ')} between attempts: ${waits.length + 1} attempts over ${span}.`
}

function envelopeTable(type: EventType): string {
  const event = events[type]
  const envelope = components.schemas.NotificationEnvelope
  const row = (name: string, property: any, required: string[], value?: string) => [
    code(name),
    required.includes(name.split('.').pop()!) ? '**required**' : 'optional',
    cell(value ?? property.description ?? ''),
  ]
  const fixed: Record<string, string> = { event_type: code(type), summary: event.summary }
  const rows = Object.entries(envelope.properties).flatMap(([name, property]): string[][] => {
    if (name !== 'resource') return [row(name, property, envelope.required, fixed[name])]
    const inner = property as typeof envelope.properties.resource
    const values: Record<string, string> = { original_type: code(event.originalType) }
    return Object.entries(inner.properties).map(([field, value]) =>
      row(`resource.${field}`, value, inner.required, values[field]),
    )
  })
  return table(['field', 'required', `for ${type}`], rows)
}

const REPLY: Partial<Record<EventType, string>> = {
  'ENTRUST.TERMINATE_INQUIRY':
    'A question: answer 200 within 5 s with `terminateInquiryReply({ code, message })` returned from the handler (`{"code":"SUCCESS"}` or `"FAIL"`); the sources do not say which code allows the termination (§6.5).',
  'ENTRUST.TERMINATE_RETENTION':
    'WeChat Pay waits 1 s for the answer (§6.5); the adapters answer `200 {"code":"SUCCESS"}` once the handler resolved.',
}

export function eventPage(type: EventType): string {
  const event = events[type]
  return [
    frontmatter({ title: type, description: `${event.summary}: ${event.doc}` }),
    GENERATED_NOTE,
    '',
    `# ${type}`,
    '',
    `**${event.summary}** · ${cell(event.doc)}.`,
    '',
    '## What sends it',
    '',
    ...(triggers(type).length > 0 ? triggers(type) : ['No call of the catalog; see the description above.']),
    '',
    '## The envelope',
    '',
    'WeChat Pay posts it to the notify URL with the `Wechatpay-Timestamp`, `-Nonce`, `-Signature`, `-Serial` and `-Signature-Type` headers. The SDK verifies the signature over the raw bytes, then decrypts `resource` with the APIv3 key (§1.8).',
    '',
    envelopeTable(type),
    '',
    '## The decrypted resource',
    '',
    `\`event.resource\` once \`isKnownEvent(event) && event.event_type === '${type}'\`. These fields type the event; the SDK never refuses a notification for its resource (WeChat Pay adds fields).`,
    '',
    fieldTable(event.resource as ObjectSchema, false),
    '',
    '## The reply',
    '',
    REPLY[type] ??
      'Within 5 s: `200 {"code":"SUCCESS"}` (or 204) once handled; anything else, or no answer, is a failure and WeChat Pay sends it again. The adapters answer for you: 200 when the handler resolved, 4xx when the notification does not verify, 5xx when the handler threw. A resend of a handled id is answered 200 without running the handler again (`dedupe`).',
    '',
    '## Retries',
    '',
    retries(type),
    '',
    '## Handling it',
    '',
    'One handler for this event, mounted with Node’s `http` and the Web `Request`; hover `resource` to see its type.',
    '',
    adapterBlock(type),
    '',
    'The same `handler` with the other adapters (each line is checked in [the notifications guide](/guide/notifications#every-adapter)):',
    '',
    table(['framework', 'mount', 'import from'], OTHER_MOUNTS),
    '',
  ].join('\n')
}

// One page per catalog endpoint: its names, caller and official page, the call in every form, the
// request and response as tables, the rules, the errors, what the simulator does, and a program that
// runs against the simulator. Everything comes from the catalog entry; nothing here is per endpoint.
import { type EndpointDefinition, encryptedFieldsOf, type ObjectSchema } from '@wxpay/sdk/protocol'
import { behaviourSection } from './behaviour.js'
import { callSection } from './calls.js'
import { errorSection } from './errors.js'
import { fieldTable, paramTable, rulesOf } from './fields.js'
import { kindOf } from './kinds.js'
import type { SiteEndpoint } from './links.js'
import { titleParts } from './links.js'
import { cell, code, frontmatter, GENERATED_NOTE, table } from './markdown.js'
import { snippetSection } from './snippets.js'

export const ROLES = {
  merchant: '普通商户 — a direct merchant, for itself',
  partner: '服务商 — a service provider, for a sub-merchant (`sub_mchid`)',
  platform: '平台商户 — an e-commerce platform (电商收付通)',
  any: 'any merchant: direct, service provider, payment institution or platform',
} as const

function facts({ endpoint, product }: SiteEndpoint): string {
  const encrypted = encryptedFieldsOf(endpoint)
  const rows = [
    ['called by', ROLES[endpoint.role]],
    [
      'official page',
      endpoint.docs ? `[${endpoint.docs}](${endpoint.docs})` : 'no public page (the dossier’s sources only)',
    ],
    ['answers', endpoint.response ? '200 with the body below' : '204, no body'],
    ...(endpoint.requiresWechatpaySerial || encrypted.length > 0
      ? [['headers', '`Wechatpay-Serial` required: the SDK sets it to the key that encrypted the fields']]
      : []),
    ...(encrypted.length > 0 ? [['encrypted', `${encrypted.map(code).join(', ')}, by the SDK (RSA-OAEP)`]] : []),
    ['spec', `${endpoint.spec} of the dossier`],
    ['product', `[${product.name}](/endpoints/#${product.slug})`],
  ]
  return table(
    ['', ''],
    rows.map(([name, value]) => [`**${name}**`, value]),
  )
}

function requestSection(endpoint: EndpointDefinition): string {
  const parts = ['## Request', '']
  if (endpoint.params) parts.push('### Path and query parameters', '', paramTable(endpoint.params, endpoint.path), '')
  if (endpoint.request) {
    parts.push('### Body', '', fieldTable(endpoint.request, true), '')
    const rules = rulesOf(endpoint.request)
    if (rules.length > 0) parts.push('### Rules across fields', '', ...rules, '')
  }
  if (!endpoint.params && !endpoint.request) parts.push('No parameters and no body.', '')
  return parts.join('\n')
}

function responseSection(endpoint: EndpointDefinition): string {
  if (!endpoint.response)
    return '## Response\n\n204 No Content: success has no body; the SDK resolves to `{ status: 204, data: undefined }`.'
  return [
    '## Response',
    '',
    '200, signed by WeChat Pay and verified by the SDK before you see it:',
    '',
    fieldTable(endpoint.response as ObjectSchema, false),
  ].join('\n')
}

export function endpointPage(entry: SiteEndpoint): string {
  const { key, endpoint } = entry
  const { zh, en } = titleParts(endpoint.title)
  const kind = kindOf(endpoint)
  return [
    frontmatter({ title: zh, description: `${en}: ${key}`, outline: 'deep' }),
    GENERATED_NOTE,
    '',
    `# ${cell(zh)}`,
    '',
    `**${cell(en)}** · ${code(key)}`,
    '',
    facts(entry),
    '',
    callSection(endpoint),
    '',
    requestSection(endpoint),
    responseSection(endpoint),
    '',
    errorSection(endpoint, kind),
    '',
    behaviourSection(endpoint, kind),
    '',
    snippetSection(endpoint),
    '',
  ].join('\n')
}

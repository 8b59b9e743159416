// The call of an endpoint in every form the chain offers, as TypeScript checked by twoslash when the
// site is built: the dotted chain with its `.post` / `.get`, the node called (a POST), `chain(path)`
// and the path as a property. Hovering any name shows its type and doc, as on the seed pages.
import type { EndpointDefinition, ObjectSchema } from '@wxpay/sdk/protocol'
import { dotted } from '../catalog-calls.js'
import { type ExampleOptions, example, source } from './examples.js'
import { kindOf } from './kinds.js'
import { fence } from './markdown.js'

const PRELUDE = ["import { WechatPay } from '@wxpay/sdk'", 'declare const wxpay: WechatPay']
const CUT = '// ---cut---'

/** Values that make the example fit its kind (a renewal's periods follow the current last one). */
export const KIND_VALUES: Partial<Record<string, Record<string, unknown>>> = {
  'insurance-renew': {
    policy_periods: [
      { policy_period_id: 2, estimated_deduct_date: '2027-01-01', estimated_deduct_amount: { total: 1000 } },
    ],
  },
  'insurance-modify': {
    policy_periods: [
      { policy_period_id: 1, estimated_deduct_date: '2026-12-02', estimated_deduct_amount: { total: 800 } },
    ],
  },
}

/** The example body and parameters of an endpoint, as values. */
export function exampleCall(endpoint: EndpointDefinition, given: ExampleOptions = {}) {
  const kind = kindOf(endpoint)
  const options = { ...given, values: { ...KIND_VALUES[kind], ...given.values } }
  const include = [...(given.include ?? []), ...(kind === 'insurance-modify' ? ['policy_periods'] : [])]
  const body = endpoint.request ? example(endpoint.request, { ...options, include }) : undefined
  const params = endpoint.params ? example(endpoint.params as ObjectSchema, options) : undefined
  return { body, params: params && Object.keys(params).length > 0 ? params : undefined }
}

/** The arguments of the call, as source: `(body, { params })`. */
export function callArguments(endpoint: EndpointDefinition, body?: string, params?: string): string {
  const config = params === 'params' ? '{ params }' : `{ params: ${params} }`
  const args = [endpoint.request ? body : undefined, params ? config : undefined]
  return args.filter(Boolean).join(', ')
}

/**
 * One block: the dotted chain with the example inline and the type of its answer, then the same call
 * through the node (a POST), `chain(path)` and the path as a property, on the same body (declared
 * again in a hidden part, so that the first call keeps its inline body and its field docs on hover).
 */
function callBlock(endpoint: EndpointDefinition): string {
  const { body, params } = exampleCall(endpoint)
  const verb = endpoint.method.toLowerCase()
  const inline = callArguments(endpoint, body && source(body), params && source(params))
  const named = callArguments(endpoint, 'body', params && 'params')
  const result = endpoint.response ? 'data' : 'status'
  const path = endpoint.path.slice(1)
  const hidden = [
    ...(body ? [`const body = ${source(body)}`] : []),
    ...(params ? [`const params = ${source(params)}`] : []),
  ]
  const lines = [
    ...PRELUDE,
    CUT,
    `const { ${result} } = await ${dotted(endpoint.path)}.${verb}(${inline})`,
    result,
    '// ^?',
    '',
    ...(hidden.length > 0 ? ['// ---cut-start---', ...hidden, '// ---cut-end---'] : []),
    ...(hidden.length > 0
      ? [`// the same ${[body && 'body', params && 'params'].filter(Boolean).join(' and ')}, in the other forms`]
      : []),
    ...(verb === 'post' ? ['// the node called: a POST', `await ${dotted(endpoint.path)}(${named})`] : []),
    '// the path, through chain()',
    `await wxpay.chain('${path}').${verb}(${named})`,
    '// the path as a property',
    `await wxpay['${path}'].${verb}(${named})`,
  ]
  return fence('ts', lines.join('\n'), 'twoslash')
}

export function callSection(endpoint: EndpointDefinition): string {
  const placeholders = endpoint.path.includes('{')
    ? ' Path parameters go in `params` (`$name$` or `{name}` in the dotted chain, `{name}` in a path); the rest of `params` is the query.'
    : ''
  const node = endpoint.method === 'POST' ? '' : ' A node is callable only as a POST, so a GET has three forms.'
  return [
    // The method and path in the heading: a search for the path finds this section first.
    `## The call: \`${endpoint.method} ${endpoint.path}\``,
    '',
    `The dotted chain, then the same call in the other forms; hover a name to see its type and what the catalog says of it.${placeholders}${node}`,
    '',
    callBlock(endpoint),
  ].join('\n')
}

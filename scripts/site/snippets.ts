// The snippet of each endpoint page that runs against the simulator: a whole program that starts
// `@wxpay/simulator`, prepares what the call needs (flows.ts), makes the call and prints one value,
// which the page states and a test checks by running every page's snippet.
import { type EndpointDefinition, endpoints } from '@wxpay/sdk/protocol'
import { dotted } from '../catalog-calls.js'
import { callArguments, exampleCall } from './calls.js'
import { type ExampleOptions, source } from './examples.js'
import { type Flow, flowOf, SIGNERS, type Step } from './flows.js'
import { familyOf, kindOf } from './kinds.js'
import { titleParts } from './links.js'
import { fence } from './markdown.js'

/** Plain HTTP is accepted on loopback: the simulator posts its notifications there. */
export const LOOPBACK_URL = 'http://127.0.0.1:8080/wxpay/notify'
const INDENT = '  '

const endpointOf = (key: string) => (endpoints as Record<string, EndpointDefinition>)[key]

/** `await wxpay.v3.….post(body, { params })` for a catalog endpoint, its example adjusted by `options`. */
function callLine(endpoint: EndpointDefinition, options: ExampleOptions = {}, result = ''): string {
  const { body, params } = exampleCall(endpoint, { notifyUrl: LOOPBACK_URL, ...options })
  const args = callArguments(endpoint, body && source(body), params && source(params))
  return `${result}await ${dotted(endpoint.path)}.${endpoint.method.toLowerCase()}(${args})`
}

function stepLines(step: Step): string[] {
  if ('say' in step) return [`// ${step.say}`]
  if ('code' in step) return [step.code]
  return [callLine(endpointOf(step.call), step.options)]
}

function signLines(flow: Flow): string[] {
  if (!flow.signer) return []
  const signer = endpointOf(SIGNERS[flow.signer])
  return [
    `// the user signs a contract: ${titleParts(signer.title).zh}`,
    callLine(signer, flow.signerOptions, 'const signed = '),
    'const { contract_id } = sim.agree(signed.data.pre_entrustweb_id)',
  ]
}

/** What the call's result is named, and how a pre-sign's session is agreed to. */
function resultLines(endpoint: EndpointDefinition): { result: string; after: string[] } {
  const result = endpoint.response ? 'const { data } = ' : 'const { status } = '
  if (kindOf(endpoint) !== 'presign') return { result, after: [] }
  const fields = Object.keys(endpoint.response?.fields ?? {})
  const id = fields.includes('pre_entrustweb_id')
    ? 'data.pre_entrustweb_id'
    : `'${exampleCall(endpoint).body?.out_contract_code}'`
  return { result, after: [`const contract = sim.agree(${id}) // the simulated user agrees`] }
}

function prelude(flow: Flow): string[] {
  const options = [flow.clock ? 'clock' : '', flow.mode ? `mode: '${flow.mode}'` : ''].filter(Boolean).join(', ')
  return [
    "import { WechatPay } from '@wxpay/sdk'",
    `import { createSimulator${flow.clock ? ', ManualClock' : ''} } from '@wxpay/simulator'`,
    '',
    ...(flow.clock
      ? ["const clock = new ManualClock(Date.parse('2026-12-01T10:00:00+08:00')) // 10:00 Beijing time"]
      : []),
    `const sim = await createSimulator(${options ? `{ ${options} }` : ''})`,
    `const wxpay = new WechatPay({ ...sim.merchant, certs: sim.certs, baseURL: sim.url${flow.clock ? ', clock' : ''} })`,
  ]
}

/** The whole program, and what it prints. */
export function snippetOf(endpoint: EndpointDefinition): { code: string; prints: string } {
  const kind = kindOf(endpoint)
  const flow = flowOf(kind, familyOf(endpoint), endpoint.role === 'partner')
  const { result, after } = resultLines(endpoint)
  const body = [
    ...signLines(flow),
    ...(flow.steps ?? []).flatMap(stepLines),
    callLine(endpoint, flow.options, result),
    ...after,
    `console.log(${flow.print}) // ${flow.prints}`,
  ]
  const indented = body.join('\n').replace(/^(?=.)/gm, INDENT)
  const code = [...prelude(flow), 'try {', indented, '} finally {', `${INDENT}await sim.close()`, '}'].join('\n')
  return { code, prints: flow.prints }
}

export const SNIPPET_START = '<!-- snippet:simulator -->'
export const SNIPPET_END = '<!-- snippet:end -->'

export function snippetSection(endpoint: EndpointDefinition): string {
  const { code } = snippetOf(endpoint)
  return [
    '## Against the simulator',
    '',
    'A whole program: it starts a simulator on 127.0.0.1, prepares what the call needs and prints the value in the last comment. The test suite runs it as written.',
    '',
    SNIPPET_START,
    fence('ts', code, 'twoslash'),
    SNIPPET_END,
  ].join('\n')
}

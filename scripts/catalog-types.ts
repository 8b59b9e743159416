// Writes the TypeScript types of the catalog, with a JSDoc line on every endpoint, chain node and
// field, so that an editor shows on hover what the catalog knows (issue: hover documentation).
// The schemas stay the one source: `npm run docs` regenerates this file and a test checks it is current.
import { type EndpointDefinition, endpoints, events, type Schema } from '@wxpay/sdk/protocol'
import { type ChainNodeInfo, chainNodes, endpointDoc, endpointTypeName, propertyKey } from './catalog-names.js'

export const GENERATED_TYPES_PATH = 'packages/sdk/src/generated/catalog-types.ts'

type Direction = 'input' | 'output'

const comment = (lines: string[], indent: string) => {
  const text = lines.filter(Boolean).map((line) => line.replace(/\*\//g, '*\\/'))
  if (text.length === 0) return ''
  if (text.length === 1) return `${indent}/** ${text[0]} */\n`
  return `${indent}/**\n${text.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`
}

/** The limits of a field in parts: bounds and format, the encrypted and personal marks, and the source of the bounds. */
export function limitParts(schema: Schema): { limits: string[]; marks: string[]; source?: string } {
  const limits: string[] = []
  const marks: string[] = []
  if (schema.kind === 'string') {
    if (schema.minLength !== undefined || schema.maxLength !== undefined) {
      limits.push(`${schema.minLength ?? 0}–${schema.maxLength ?? '∞'} characters`)
    }
    if (schema.patternHint) limits.push(schema.patternHint)
    if (schema.format === 'date') limits.push('YYYY-MM-DD')
    if (schema.format === 'datetime') limits.push('RFC 3339')
    if (schema.format === 'notify-url') limits.push('HTTPS, no query')
    if (schema.enum) limits.push(`${schema.open ? 'known values' : 'one of'} ${schema.enum.join(', ')}`)
    if (schema.encrypted) marks.push('encrypted by the SDK (RSA-OAEP)')
    if (schema.personal) marks.push('personal data')
  } else if (schema.kind === 'int') {
    limits.push(schema.fen ? 'integer, fen (分)' : 'integer')
    if (schema.min !== undefined || schema.max !== undefined) limits.push(`${schema.min ?? '−∞'}…${schema.max ?? '∞'}`)
  } else if (schema.kind === 'array' && (schema.minItems !== undefined || schema.maxItems !== undefined)) {
    limits.push(`${schema.minItems ?? 0}–${schema.maxItems ?? '∞'} items`)
  }
  const bounded = limits.length + marks.length > 0 && schema.kind !== 'boolean'
  return { limits, marks, source: bounded ? schema.source : undefined }
}

/** The limits of a field, in words: what the validator checks, and whether it refuses or warns. */
export function limitsOf(schema: Schema): string {
  const { limits, marks, source } = limitParts(schema)
  return [...limits, ...marks, ...(source ? [`source ${source}`] : [])].join('; ')
}

/** A field's one-line doc: what it is, then the limits its doc line does not already say. */
function fieldDoc(schema: Schema): string {
  const doc = schema.doc ?? ''
  const limits = limitsOf(schema)
    .split('; ')
    .filter((part) => part !== '' && !doc.includes(part))
    .join('; ')
  return [doc, limits].filter(Boolean).join(' — ')
}

/** The TypeScript type of a schema; input enums are widened so that values held in a `string` compile. */
export function typeOf(schema: Schema, direction: Direction, indent = ''): string {
  switch (schema.kind) {
    case 'string': {
      if (!schema.enum) return 'string'
      const union = schema.enum.map((value) => `'${value}'`).join(' | ')
      return direction === 'input' || schema.open ? `${union} | (string & {})` : union
    }
    case 'int':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'json':
      return 'unknown'
    case 'array': {
      // Input arrays are readonly, so that a body built `as const` is accepted.
      const item = typeOf(schema.items, direction, indent)
      return `${direction === 'input' ? 'ReadonlyArray' : 'Array'}<${item}>`
    }
    case 'object':
      return objectType(schema.fields, direction, indent)
  }
}

function objectType(fields: Record<string, any>, direction: Direction, indent: string): string {
  const inner = `${indent}  `
  const members = Object.entries(fields).map(([name, declared]) => {
    const optional = declared.kind === 'optional'
    const schema: Schema = optional ? declared.inner : declared
    return `${comment([fieldDoc(schema)], inner)}${inner}${propertyKey(name)}${optional ? '?' : ''}: ${typeOf(schema, direction, inner)}`
  })
  return members.length === 0 ? 'Record<string, never>' : `{\n${members.join('\n')}\n${indent}}`
}

const declare = (name: string, doc: string[], schema: Schema | undefined, direction: Direction) =>
  schema ? `${comment(doc, '')}export type ${name} = ${typeOf(schema, direction)}\n` : ''

function endpointTypes(key: string, endpoint: EndpointDefinition): string {
  const name = endpointTypeName(key)
  const what = `${endpoint.title}: ${key}`
  return [
    declare(`${name}Params`, [`Path and query parameters of ${what}.`], endpoint.params, 'input'),
    declare(`${name}Request`, [`The body of ${what}.`], endpoint.request, 'input'),
    declare(`${name}Response`, [`The 200 body of ${what}.`], endpoint.response, 'output'),
  ].join('')
}

function callSignature(key: string, endpoint: EndpointDefinition): string {
  const name = endpointTypeName(key)
  const params = endpoint.params ? `${name}Params` : undefined
  const required =
    endpoint.params && Object.values(endpoint.params.fields).some((field: any) => field.kind !== 'optional')
  const config = !params
    ? 'config?: CallOptions<never>'
    : required
      ? `config: CallOptions<${params}> & { params: ${params} }`
      : `config?: CallOptions<${params}>`
  const result = `Promise<WechatPayResponse<${endpoint.response ? `${name}Response` : 'undefined'}>>`
  const body = endpoint.request
    ? `data: ${name}Request, `
    : endpoint.method === 'GET' || endpoint.method === 'DELETE'
      ? ''
      : 'data?: undefined, '
  return `(${body}${config}): ${result}`
}

function nodeInterface(node: ChainNodeInfo): string {
  const lines: string[] = []
  const post = node.verbs.find((verb) => verb.method === 'POST')
  if (post)
    lines.push(
      `${comment(['Calling the node is a POST (the seed pages\' "shortland").', ...endpointDoc(post.key, post.endpoint)], '  ')}  ${callSignature(post.key, post.endpoint)}`,
    )
  for (const verb of node.verbs) {
    lines.push(
      `${comment(endpointDoc(verb.key, verb.endpoint), '  ')}  ${verb.method.toLowerCase()}${callSignature(verb.key, verb.endpoint)}`,
    )
  }
  for (const child of node.children) {
    const doc = comment(child.doc, '  ')
    for (const key of child.keys) lines.push(`${doc}  readonly ${propertyKey(key)}: ${child.typeName}`)
  }
  return `${comment(node.doc, '')}export interface ${node.typeName} {\n${lines.join('\n')}\n}\n`
}

function eventTypes(): string {
  const entries = Object.entries(events).map(([type, event]) => {
    const doc = [event.resource.doc ?? `The decrypted resource of ${type}.`]
    return `${comment(doc, '  ')}  '${type}': ${typeOf(event.resource as Schema, 'output', '  ')}`
  })
  return `/** The decrypted resource of each notification event type. */\nexport interface EventResources {\n${entries.join('\n')}\n}\n`
}

/** The whole generated module. */
export function renderCatalogTypes(): string {
  const list = Object.entries(endpoints) as [string, EndpointDefinition][]
  const nodes = chainNodes(list)
  const routes = nodes
    .filter((node) => node.verbs.length > 0)
    .map((node) => `${comment(node.doc, '  ')}  readonly '${node.path}': ${node.typeName}`)
  const paths = nodes.map((node) => `  '${node.path}': ${node.typeName}`)
  const map = list.map(([key, endpoint]) => {
    const name = endpointTypeName(key)
    const part = (suffix: string, present: unknown) => (present ? `${name}${suffix}` : 'undefined')
    return `  '${key}': { params: ${part('Params', endpoint.params)}; request: ${part('Request', endpoint.request)}; response: ${part('Response', endpoint.response)} }`
  })
  return [
    '// Generated from the catalog (packages/sdk/src/catalog) by `npm run docs`: do not edit; change the',
    '// catalog and run it again. A test fails when this file is out of date.',
    "import type { CallOptions, WechatPayResponse } from '../call.js'",
    '',
    ...list.map(([key, endpoint]) => endpointTypes(key, endpoint)),
    '/** The types of each catalog endpoint, by `METHOD /path`. */',
    `export interface EndpointTypes {\n${map.join('\n')}\n}\n`,
    ...nodes.map(nodeInterface),
    "/** Every catalog endpoint as `wxpay['v3/…']`. */",
    `export interface CatalogRoutes {\n${routes.join('\n')}\n}\n`,
    '/** Every node of the typed chain by its path, for `wxpay.chain(path)`. */',
    `export interface ChainPaths {\n${paths.join('\n')}\n}\n`,
    eventTypes(),
  ].join('\n')
}

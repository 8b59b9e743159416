// Writes a compile-time test with one call to every catalog endpoint through the dotted chain, and,
// for each product, a misspelt field and a wrong type that must not compile. `npm run typecheck`
// checks it; `npm run docs` regenerates it when the catalog changes.
import { type EndpointDefinition, products, type Schema } from '@wxpay/sdk/protocol'
import { keysOf, propertyKey } from './catalog-names.js'

export const CATALOG_CALLS_PATH = 'packages/sdk/test/catalog-calls.check.ts'

/** A value of the schema's type that satisfies its documented form (types only matter here). */
export function example(schema: Schema): unknown {
  switch (schema.kind) {
    case 'string':
      if (schema.enum) return schema.enum[0]
      if (schema.format === 'date') return '2026-12-01'
      if (schema.format === 'datetime') return '2026-12-01T10:00:00+08:00'
      if (schema.format === 'notify-url') return 'https://merchant.example.com/wxpay/notify'
      return 'A1'
    case 'int':
      return schema.min ?? 1
    case 'boolean':
      return true
    case 'json':
      return {}
    case 'array':
      return [example(schema.items)]
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.fields as Record<string, any>)
          .filter(([, field]) => field.kind !== 'optional')
          .map(([name, field]) => [name, example(field)]),
      )
  }
}

const literal = (value: unknown) => JSON.stringify(value).replace(/"([A-Za-z_$][\w$]*)":/g, '$1:')

/** `wxpay.v3.papay.insuranceSign.…` for an endpoint path. */
export const dotted = (path: string) =>
  `wxpay${path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const key = keysOf(segment).at(-1)!
      return propertyKey(key) === key ? `.${key}` : `[${propertyKey(key)}]`
    })
    .join('')}`

function call(endpoint: EndpointDefinition, body: string | undefined): string {
  const params = endpoint.params ? `{ params: ${literal(example(endpoint.params))} }` : ''
  const args = [endpoint.request ? body : undefined, params].filter(Boolean).join(', ')
  return `await ${dotted(endpoint.path)}.${endpoint.method.toLowerCase()}(${args})`
}

/** The first string field of a request body (a place for a wrong type). */
const stringField = (schema: Schema) =>
  schema.kind === 'object'
    ? Object.entries(schema.fields as Record<string, any>).find(([, field]) => field.kind === 'string')?.[0]
    : undefined

function productCases(name: string, list: EndpointDefinition[]): string[] {
  const lines = list.map((endpoint) => `  ${call(endpoint, endpoint.request && literal(example(endpoint.request)))}`)
  const target = list.find((endpoint) => endpoint.request && stringField(endpoint.request))
  if (target?.request) {
    const body = example(target.request) as Record<string, unknown>
    const field = stringField(target.request)!
    lines.push(
      `  // @ts-expect-error: a misspelt field (${name})`,
      `  ${call(target, literal({ ...body, [`${field}x`]: body[field] }))}`,
      `  // @ts-expect-error: a number where ${field} is a string (${name})`,
      `  ${call(target, literal({ ...body, [field]: 1 }))}`,
    )
  }
  return lines
}

export function renderCatalogCalls(): string {
  const sections = products.map((product, index) => {
    const list = Object.values(product.endpoints) as EndpointDefinition[]
    return [
      `/** ${product.name} */`,
      `export async function product${index}() {`,
      ...productCases(product.name, list),
      '}',
    ].join('\n')
  })
  return [
    '// Generated from the catalog by `npm run docs`: one call per endpoint through the typed chain, checked',
    '// by `npm run typecheck`; never executed. Do not edit: change the catalog and run `npm run docs`.',
    "import type { WechatPay } from '@wxpay/sdk'",
    '',
    'declare const wxpay: WechatPay',
    '',
    ...sections.map((section) => `${section}\n`),
  ].join('\n')
}

// A catalog schema as the tables of an endpoint or event page: one row per field, nested fields by
// their dotted path, with type, required or optional, limits and format (unit, encryption), what
// the field is, and where its bounds are documented (a bound with a source refuses; one without warns).
import type { ObjectSchema, Schema } from '@wxpay/sdk/protocol'
import { limitParts } from '../catalog-types.js'
import { cell, code, table } from './markdown.js'

interface Row {
  path: string
  schema: Schema
  optional: boolean
}

const unwrap = (declared: any): { schema: Schema; optional: boolean } =>
  declared.kind === 'optional' ? { schema: declared.inner, optional: true } : { schema: declared, optional: false }

/** Every field below an object, depth first: `policy_periods[].estimated_deduct_amount.total`. */
export function flatten(object: ObjectSchema, prefix = ''): Row[] {
  return Object.entries(object.fields as Record<string, any>).flatMap(([name, declared]) => {
    const { schema, optional } = unwrap(declared)
    const path = `${prefix}${name}`
    const row = { path, schema, optional }
    const inner = schema.kind === 'array' ? schema.items : schema
    if (inner.kind !== 'object') return [row]
    return [row, ...flatten(inner, `${path}${schema.kind === 'array' ? '[]' : ''}.`)]
  })
}

export function typeName(schema: Schema): string {
  switch (schema.kind) {
    case 'int':
      return 'integer'
    case 'json':
      return 'any JSON'
    case 'array':
      return `${typeName(schema.items)}[]`
    default:
      return schema.kind
  }
}

/**
 * Where the field's bounds come from. In what the SDK validates (a request), a bound with a source
 * is refused when broken and one without only warns; answers and notifications are typed, not refused.
 */
function sourceOf(schema: Schema, validated: boolean): string {
  const { limits, source } = limitParts(schema)
  const bounded = limits.some((part) => part !== 'integer' && part !== 'integer, fen (分)')
  if (!validated) return source ? cell(source) : ''
  if (source) return `${cell(source)}: refused when broken`
  return bounded ? 'none given: warns only' : ''
}

function describe(schema: Schema): string {
  const deviation = schema.deviation ? ` **Departs from the upstream YAML:** ${cell(schema.deviation)}` : ''
  return `${cell(schema.doc ?? '')}${deviation}`
}

function rowCells({ path, schema, optional }: Row, validated = true): string[] {
  const { limits, marks } = limitParts(schema)
  const shown = [...limits.filter((part) => part !== 'integer'), ...marks]
  return [
    code(path),
    typeName(schema),
    optional ? 'optional' : '**required**',
    cell(shown.join('; ')),
    describe(schema),
    sourceOf(schema, validated),
  ]
}

const HEADERS = ['field', 'type', 'required', 'limits and format', 'what it is', 'source of the limits']

/** The table of a request body (`validated`), or of an answer or a notification's resource. */
export const fieldTable = (object: ObjectSchema, validated: boolean) =>
  table(
    HEADERS,
    flatten(object).map((row) => rowCells(row, validated)),
  )

/** The table of path and query parameters: the same columns and where each goes. */
export function paramTable(params: ObjectSchema, path: string): string {
  const rows = flatten(params).map((row) => {
    const [field, ...rest] = rowCells(row)
    return [field, path.includes(`{${row.path}}`) ? 'path' : 'query', ...rest]
  })
  return table([HEADERS[0], 'in', ...HEADERS.slice(1)], rows)
}

/** The cross-field rules of an object and of the objects inside it, with their sources. */
export function rulesOf(object: ObjectSchema): string[] {
  const own = (object.rules ?? []).map(
    (rule) => `- ${cell(rule.doc)} — ${rule.source ? `${cell(rule.source)}: refused` : 'inferred: warns only'}`,
  )
  const nested = flatten(object).flatMap(({ schema }) => {
    const inner = schema.kind === 'array' ? schema.items : schema
    return inner.kind === 'object' ? rulesOf({ ...inner, fields: {} }) : []
  })
  return [...own, ...nested]
}

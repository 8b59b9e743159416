// The catalog against the upstream per-endpoint YAML (../shared/spec/openapi, the field-level source
// of truth): every endpoint, every field of every body with its type, the required lists, the enums,
// the encrypted fields, the Wechatpay-Serial header and the path and query parameters. A difference
// passes only where the catalog field says why (`deviation`).
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { type EndpointDefinition, endpoints, type Schema } from '@wxpay/sdk/protocol'
import { parse } from 'yaml'

const OPENAPI = fileURLToPath(new URL('../../../../shared/spec/openapi/docs/', import.meta.url))

interface YamlSchema {
  type?: string
  format?: string
  enum?: unknown[]
  description?: string
  required?: string[]
  properties?: Record<string, YamlSchema>
  items?: YamlSchema
}
interface YamlParameter extends YamlSchema {
  $ref?: string
  name?: string
  in?: 'body' | 'path' | 'query' | 'header'
  schema?: YamlSchema
}
interface Operation {
  summary: string
  description?: string
  parameters?: YamlParameter[]
  responses: Record<string, { schema?: YamlSchema }>
}
interface Upstream {
  key: string
  file: string
  operation: Operation
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? yamlFiles(path) : entry.name.endsWith('.yaml') ? [path] : []
  })
}

/** Every operation under docs/v3 but the webhooks, keyed `METHOD /path` like the catalog. */
function loadUpstream(): Upstream[] {
  assert.ok(existsSync(OPENAPI), `the upstream YAML is missing: expected ${OPENAPI} (../shared beside the checkout)`)
  return yamlFiles(join(OPENAPI, 'v3'))
    .filter((file) => !file.endsWith('webhooks.yaml'))
    .flatMap((file) => {
      const path = `/${relative(OPENAPI, file).replace(/\.yaml$/, '')}`
      return Object.entries(parse(readFileSync(file, 'utf8')) as Record<string, Operation>).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path}`,
        file,
        operation: op,
      }))
    })
}

/** A parameter with its `$ref` (into definitions/Parameters.yaml) resolved. */
function resolve(parameter: YamlParameter, file: string): YamlParameter {
  if (!parameter.$ref) return parameter
  const [target, name] = parameter.$ref.split('#/')
  const definitions = parse(readFileSync(join(dirname(file), target), 'utf8')) as Record<string, YamlParameter>
  assert.ok(definitions[name], `${parameter.$ref} resolves`)
  return definitions[name]
}

const KINDS: Record<string, Schema['kind']> = {
  string: 'string',
  number: 'int',
  integer: 'int',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
}
type Declared = Schema | { kind: 'optional'; inner: Schema }
const unwrap = (declared: Declared): Schema => (declared.kind === 'optional' ? declared.inner : declared)
const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value) => b.includes(value))

/**
 * How the catalog's schema differs from the YAML's at `pointer`, each difference in one line. A
 * field's `deviation` excuses its own type, enum and required-ness, never a missing field.
 */
function differences(yaml: YamlSchema, catalog: Schema, pointer: string): string[] {
  const found: string[] = []
  const excused = catalog.deviation !== undefined
  const expected = KINDS[yaml.type ?? '']
  if (catalog.kind !== expected) {
    if (!excused) found.push(`${pointer}: ${yaml.type} upstream, ${catalog.kind} in the catalog`)
    return found
  }
  found.push(...enumDifferences(yaml, catalog, pointer))
  if (catalog.kind === 'string' && (yaml.format === 'base64') !== (catalog.encrypted === true) && !excused) {
    found.push(`${pointer}: encrypted ${yaml.format === 'base64'} upstream (format: base64), not in the catalog`)
  }
  if (catalog.kind === 'array') found.push(...differences(yaml.items ?? {}, catalog.items, `${pointer}/*`))
  if (catalog.kind === 'object') found.push(...objectDifferences(yaml, catalog.fields, pointer))
  return found
}

function enumDifferences(yaml: YamlSchema, catalog: Schema, pointer: string): string[] {
  if (catalog.deviation !== undefined) return []
  const closed = catalog.kind === 'string' && catalog.enum !== undefined && catalog.open !== true
  if (yaml.enum) {
    if (catalog.kind === 'string' && closed && sameSet(yaml.enum, catalog.enum!)) return []
    return [`${pointer}: enum ${yaml.enum.join('|')} upstream, not the catalog's`]
  }
  return closed ? [`${pointer}: a closed enum the YAML does not give`] : []
}

function objectDifferences(yaml: YamlSchema, fields: Record<string, Declared>, pointer: string): string[] {
  const found: string[] = []
  const properties = yaml.properties ?? {}
  const required = new Set(yaml.required ?? [])
  for (const [name, property] of Object.entries(properties)) {
    const declared = fields[name]
    if (!declared) {
      found.push(`${pointer}/${name}: missing from the catalog`)
      continue
    }
    const schema = unwrap(declared)
    if ((declared.kind !== 'optional') !== required.has(name) && schema.deviation === undefined) {
      found.push(`${pointer}/${name}: ${required.has(name) ? 'required' : 'optional'} upstream, not in the catalog`)
    }
    found.push(...differences(property, schema, `${pointer}/${name}`))
  }
  for (const [name, declared] of Object.entries(fields)) {
    if (!(name in properties) && unwrap(declared).deviation === undefined) {
      found.push(`${pointer}/${name}: in the catalog, not upstream`)
    }
  }
  return found
}

/** Path and query parameters as one object schema, as the catalog keeps them. */
function parameterSchema(parameters: YamlParameter[]): YamlSchema {
  const wanted = parameters.filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
  return {
    type: 'object',
    properties: Object.fromEntries(wanted.map((parameter) => [parameter.name!, parameter])),
    required: wanted.filter((p) => p.in === 'path' || p.required).map((p) => p.name!),
  }
}

/** Everything that differs between one upstream operation and its catalog endpoint. */
function endpointDifferences(upstream: Upstream, endpoint: EndpointDefinition): string[] {
  const parameters = (upstream.operation.parameters ?? []).map((parameter) => resolve(parameter, upstream.file))
  const found: string[] = []
  const body = parameters.find((parameter) => parameter.in === 'body')?.schema
  if (body) {
    if (endpoint.request) found.push(...differences(body, endpoint.request, 'request'))
    else found.push('request: a body upstream, none in the catalog')
  } else if (endpoint.request) found.push('request: a body in the catalog, none upstream')
  const ok = upstream.operation.responses['200']?.schema
  if (ok && endpoint.response) found.push(...differences(ok, endpoint.response, 'response'))
  else if (ok || endpoint.response) found.push(`response: ${ok ? '200 upstream' : '204 upstream'}, not in the catalog`)
  const paramsUpstream = parameterSchema(parameters)
  if (Object.keys(paramsUpstream.properties!).length > 0 || endpoint.params) {
    found.push(...differences(paramsUpstream, endpoint.params ?? { kind: 'object', fields: {} }, 'params'))
  }
  const headers = parameters.filter((parameter) => parameter.in === 'header')
  const serial = headers.some((header) => header.name === 'Wechatpay-Serial' && header.required)
  if (serial !== (endpoint.requiresWechatpaySerial === true)) {
    found.push(`Wechatpay-Serial: ${serial ? 'required' : 'not referenced'} upstream, not so in the catalog`)
  }
  for (const header of headers.filter((h) => h.name !== 'Wechatpay-Serial')) found.push(`header ${header.name}`)
  return found
}

const upstream = loadUpstream()
const catalog = endpoints as Record<string, EndpointDefinition>

describe('the catalog against the upstream YAML', () => {
  it('has exactly the 48 upstream endpoints, keyed by method and the YAML file path', () => {
    assert.equal(upstream.length, 48)
    assert.deepEqual(Object.keys(catalog).sort(), upstream.map((entry) => entry.key).sort())
    for (const [key, endpoint] of Object.entries(catalog)) assert.equal(`${endpoint.method} ${endpoint.path}`, key)
  })

  for (const entry of upstream) {
    it(entry.key, () => {
      const endpoint = catalog[entry.key]
      assert.ok(endpoint, `${entry.key} is in the catalog`)
      assert.deepEqual(endpointDifferences(entry, endpoint), [])
      const summary = entry.operation.summary.replace(/API$/, '')
      assert.ok(endpoint.title.startsWith(`${summary} (`), `the title starts with the summary: ${summary}`)
      const official = /\[官方文档\]\((https?:[^)]+)\)/.exec(entry.operation.description ?? '')?.[1]
      if (official) assert.equal(endpoint.docs, official, 'docs is the official page the YAML links')
      assert.match(endpoint.spec, /^§\d+\.\d+ (S\d|#\d+)$/)
    })
  }
})

describe('the comparison itself', () => {
  const key = 'POST /v3/papay/pay/transactions/apply'
  const entry = upstream.find((candidate) => candidate.key === key)!
  const endpoint = catalog[key]
  const withRequest = (request: Schema) => endpointDifferences(entry, { ...endpoint, request } as EndpointDefinition)
  const fields = (endpoint.request as { fields: Record<string, Declared> }).fields

  it('finds a missing field, a wrong type, an undeclared required difference and an enum', () => {
    const { attach: _, ...withoutAttach } = fields
    assert.deepEqual(withRequest({ kind: 'object', fields: withoutAttach }), [
      'request/attach: missing from the catalog',
    ])
    assert.deepEqual(withRequest({ kind: 'object', fields: { ...fields, contract_id: { kind: 'int' } } }), [
      'request/contract_id: string upstream, int in the catalog',
    ])
    assert.deepEqual(withRequest({ kind: 'object', fields: { ...fields, goods_tag: { kind: 'string' } } }), [
      'request/goods_tag: optional upstream, not in the catalog',
    ])
    const closed = { kind: 'optional', inner: { kind: 'string', enum: ['TAG'] } } as const
    assert.deepEqual(withRequest({ kind: 'object', fields: { ...fields, goods_tag: closed } }), [
      'request/goods_tag: a closed enum the YAML does not give',
    ])
  })

  it('lets a deviation excuse required-ness but not a missing field', () => {
    const declared = { kind: 'string', deviation: 'required by [PAY some page]' } as const
    assert.deepEqual(withRequest({ kind: 'object', fields: { ...fields, goods_tag: declared } }), [])
    const { appid: _, ...rest } = fields
    assert.deepEqual(withRequest({ kind: 'object', fields: rest, deviation: 'x' }), [
      'request/appid: missing from the catalog',
    ])
  })
})

/** Each field of a schema with its pointer and the YAML's description at that place, if any. */
function* fieldsOf(
  schema: Schema,
  yaml: YamlSchema | undefined,
  pointer: string,
): Generator<[string, Schema, string?]> {
  if (schema.kind === 'array') yield* fieldsOf(schema.items, yaml?.items, `${pointer}/*`)
  if (schema.kind !== 'object') return
  for (const [name, declared] of Object.entries(schema.fields as Record<string, Declared>)) {
    const property = yaml?.properties?.[name]
    yield [`${pointer}/${name}`, unwrap(declared), property?.description]
    yield* fieldsOf(unwrap(declared), property, `${pointer}/${name}`)
  }
}

describe('documentation', () => {
  it('every field of every request, response and parameter list has one line of its own doc', () => {
    const missing: string[] = []
    for (const entry of upstream) {
      const endpoint = catalog[entry.key]
      const parameters = (entry.operation.parameters ?? []).map((parameter) => resolve(parameter, entry.file))
      const parts: [string, Schema | undefined, YamlSchema | undefined][] = [
        ['params', endpoint.params, parameterSchema(parameters)],
        ['request', endpoint.request, parameters.find((parameter) => parameter.in === 'body')?.schema],
        ['response', endpoint.response, entry.operation.responses['200']?.schema],
      ]
      for (const [part, schema, yaml] of parts) {
        if (!schema) continue
        for (const [pointer, field, upstreamText] of fieldsOf(schema, yaml, part)) {
          const doc = field.doc ?? ''
          if (!doc.trim() || doc.includes('\n') || doc === upstreamText) missing.push(`${entry.key} ${pointer}`)
        }
      }
    }
    assert.deepEqual(missing, [])
  })

  it('every bound and rule that refuses cites a dossier section and a page, every deviation its page', () => {
    const bad: string[] = []
    for (const [key, endpoint] of Object.entries(catalog)) {
      for (const part of ['params', 'request', 'response'] as const) {
        const schema = endpoint[part]
        if (!schema) continue
        for (const [pointer, field] of fieldsOf(schema, undefined, part)) {
          if (field.source !== undefined && !/^§\d+\.\d+.* \[\w+/.test(field.source)) bad.push(`${key} ${pointer}`)
          if (field.deviation !== undefined && !/\[(PAY|OA|IM|JS|SK|COMM)\b/.test(field.deviation)) {
            bad.push(`${key} ${pointer} deviation`)
          }
        }
        const objects = [schema, ...[...fieldsOf(schema, undefined, part)].map(([, field]) => field)]
        for (const object of objects) {
          for (const rule of object.kind === 'object' ? (object.rules ?? []) : []) {
            if (rule.source !== undefined && !/^§\d+\.\d+.* \[\w+/.test(rule.source))
              bad.push(`${key} rule ${rule.doc}`)
          }
        }
      }
    }
    assert.deepEqual(bad, [])
  })
})

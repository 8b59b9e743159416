// Request bodies an adversary or a careless caller would pass, for the request-body fuzz: a valid
// body of a catalog endpoint (helpers/arbitrary.ts) with one change, described as plain data (a
// plan, which fast-check generates and shrinks) and built from it: values JSON cannot carry or that
// change while read (BigInt, circular references, getters, toJSON), deep nesting, huge strings,
// bodies that are not objects, and the caller's own bytes.
import { type EndpointDefinition, endpoints } from '@wxpay/sdk/protocol'
import fc from 'fast-check'
import { bodyFor } from './arbitrary.js'

export const VALUE_KINDS = [
  'null',
  'array',
  'object',
  'deep-array',
  'deep-object',
  'bigint',
  'circular',
  'getter-flip',
  'getter-throw',
  'to-json',
  'to-json-bigint',
  'huge-string',
  'undefined',
  'nan',
  'function',
  'symbol',
  'date',
  'map',
  'typed-array',
  'lone-surrogate',
  'emoji',
  'proto-key',
  'number-text',
] as const

export const TOP_KINDS = [
  'array-of-bodies',
  'number',
  'boolean',
  'null',
  'undefined',
  'bigint',
  'symbol',
  'json-text',
  'json-text-array',
  'garbage-text',
  'deep-text',
  'buffer-utf8',
  'buffer-latin1',
  'uint8array',
] as const

export type Mutation =
  | { kind: 'none' }
  | { kind: 'replace' | 'add'; where: number; value: (typeof VALUE_KINDS)[number]; size: number }
  | { kind: 'top'; top: (typeof TOP_KINDS)[number]; size: number }
  | { kind: 'identity'; length: number; raw: boolean }

export interface Plan {
  path: string
  endpoint: EndpointDefinition
  body: Record<string, unknown>
  mutation: Mutation
}

const posts = Object.values(endpoints as Record<string, EndpointDefinition>).filter(
  (endpoint) => endpoint.method === 'POST' && endpoint.request && !endpoint.path.includes('{'),
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constantFrom('replace' as const, 'add' as const),
      where: fc.nat(),
      value: fc.constantFrom(...VALUE_KINDS),
      size: fc.nat({ max: 5000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('top' as const), top: fc.constantFrom(...TOP_KINDS), size: fc.nat(5000) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('identity' as const), length: fc.nat(120), raw: fc.boolean() }),
  },
)

// Valid bodies, generated once per endpoint (seeded): a plan picks one and a copy is changed.
const BODIES_PER_ENDPOINT = 32
const pool = posts.map((endpoint) =>
  fc.sample(bodyFor(endpoint.request!), { seed: 1, numRuns: BODIES_PER_ENDPOINT }),
) as Record<string, unknown>[][]

/** A plan: an endpoint, one of its valid bodies, and the change to make. */
export const plans: fc.Arbitrary<Plan> = fc
  .record({ index: fc.nat(posts.length - 1), body: fc.nat(BODIES_PER_ENDPOINT - 1), mutation })
  .map(({ index, body, mutation }) => ({
    path: posts[index].path.slice(1),
    endpoint: posts[index],
    body: structuredClone(pool[index][body]),
    mutation,
  }))

/** Over the limit of 32 mostly by a little, one time in eight by 10,000 levels (past JSON.stringify's stack). */
const depthOf = (size: number) => (size % 8 === 0 ? 10_000 : 30 + (size % 100))
/** Mostly kilobytes, one time in sixteen a megabyte. */
const lengthOf = (size: number) => (size % 16 === 0 ? 1 << 20 : size * 4)

const nest = (depth: number, wrap: (inner: unknown) => unknown) => {
  let value: unknown = 1
  for (let level = 0; level < depth; level++) value = wrap(value)
  return value
}

/** The value of `kind`, to be put under `key` of `container`; getters are defined there. */
function place(container: Record<string, any>, key: string, kind: (typeof VALUE_KINDS)[number], size: number): void {
  const values: Partial<Record<(typeof VALUE_KINDS)[number], () => unknown>> = {
    null: () => null,
    array: () => [container[key]],
    object: () => ({ inner: container[key] }),
    'deep-array': () => nest(depthOf(size), (inner) => [inner]),
    'deep-object': () => nest(depthOf(size), (inner) => ({ next: inner })),
    bigint: () => BigInt(size),
    circular: () => container,
    'to-json': () => ({ toJSON: () => ({ replaced: size }) }),
    'to-json-bigint': () => ({ toJSON: () => 10n }),
    'huge-string': () => 'x'.repeat(lengthOf(size)),
    undefined: () => undefined,
    nan: () => Number.NaN,
    function: () => () => 1,
    symbol: () => Symbol('s'),
    date: () => new Date(size),
    map: () => new Map([[1, 2]]),
    'typed-array': () => new Uint8Array([1, 2, 3]),
    'lone-surrogate': () => '\ud800x',
    emoji: () => '😀',
    'proto-key': () => JSON.parse('{"__proto__":{"polluted":true}}'),
    'number-text': () => String(size),
  }
  if (kind === 'getter-flip' || kind === 'getter-throw') {
    const original = container[key]
    let reads = 0
    Object.defineProperty(container, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (kind === 'getter-throw') throw new Error('getter broke')
        return reads++ % 2 === 0 ? original : { flipped: reads }
      },
    })
    return
  }
  container[key] = values[kind]!()
}

/** Every object or array in the body, with itself first. */
function containers(body: unknown): Record<string, any>[] {
  const found: Record<string, any>[] = []
  const stack = [body]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    found.push(node as Record<string, any>)
    stack.push(...Object.values(node))
  }
  return found
}

const identity = (length: number) => ({
  real_name: '王'.repeat(length),
  id_card_number: '110101199003074578',
})

/** The body the plan describes, and whether it reads the same every time (no getter). */
export function build(plan: Plan): { data: unknown; stable: boolean } {
  const { body, mutation: change } = plan
  switch (change.kind) {
    case 'none':
      return { data: body, stable: true }
    case 'identity': {
      const withIdentity = { ...body, real_identity: identity(change.length) }
      return { data: change.raw ? JSON.stringify(withIdentity) : withIdentity, stable: true }
    }
    case 'top':
      return { data: topLevel(change.top, body, change.size), stable: true }
    default: {
      const all = containers(body)
      const container = all[change.where % all.length]
      const keys = Object.keys(container)
      const key = change.kind === 'add' || keys.length === 0 ? 'x_fuzz' : keys[change.where % keys.length]
      place(container, key, change.value, change.size)
      return { data: body, stable: !change.value.startsWith('getter') }
    }
  }
}

function topLevel(kind: (typeof TOP_KINDS)[number], body: Record<string, unknown>, size: number): unknown {
  const text = JSON.stringify(body)
  const tops: Record<(typeof TOP_KINDS)[number], () => unknown> = {
    'array-of-bodies': () => [{ ...body, real_identity: identity(3) }],
    number: () => size,
    boolean: () => size % 2 === 0,
    null: () => null,
    undefined: () => undefined,
    bigint: () => BigInt(size),
    symbol: () => Symbol('body'),
    'json-text': () => text,
    'json-text-array': () => `[${text}]`,
    'garbage-text': () => text.slice(0, size % (text.length + 1)),
    'deep-text': () => `{"a":${'['.repeat(depthOf(size))}${']'.repeat(depthOf(size))}}`,
    'buffer-utf8': () => Buffer.from(text),
    'buffer-latin1': () => Buffer.from(`${text.slice(0, -1)},"x_fuzz":"é"}`, 'latin1'),
    uint8array: () => new Uint8Array(Buffer.from(text)),
  }
  return tops[kind]()
}

// The request body, serialised once. An object is turned into JSON once, and what is validated and
// encrypted is what JSON.parse gives back from those exact bytes: a `toJSON` or a getter cannot make
// the sent body differ from the checked one, and a value JSON cannot carry (a BigInt, a circular
// reference, a throwing getter) is a ValidationError naming where it is. A string or a Buffer is the
// caller's bytes: parsed to be checked, sent byte for byte.
import { isPlainObject, MAX_JSON_DEPTH, pointerToken } from './catalog/json.js'
import type { Issue } from './catalog/schema.js'
import { utf8Bytes } from './encoding.js'
import { ValidationError } from './errors.js'

export interface RequestBody {
  /** The bytes to sign and send; undefined for no body. */
  bytes: Uint8Array | undefined
  /** What JSON.parse gives back from `bytes`, when they were parsed; undefined otherwise. */
  value: unknown
  /** The caller's own bytes (a string or Buffer): sent byte for byte, never re-serialised. */
  raw: boolean
}

const NO_BODY: RequestBody = { bytes: undefined, value: undefined, raw: false }
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Which bodies are parsed back: `all` for a catalog endpoint with a request schema that is validated,
 * `objects` when it is not (its encrypted fields are still found in the value), `none` elsewhere.
 */
export type ParseMode = 'all' | 'objects' | 'none'

/**
 * The body as bytes, with its parsed value as `mode` says. `undefined` and `null` are no body, as
 * elsewhere; a catalog endpoint's check refuses them where a body is required.
 */
export function serialiseBody(endpoint: string, data: unknown, mode: ParseMode): RequestBody {
  if (data === undefined) return NO_BODY
  if (data === null) return { ...NO_BODY, value: mode === 'all' ? null : undefined }
  const raw = rawBytes(data)
  if (raw) return { bytes: raw, value: mode === 'all' ? parseRaw(endpoint, raw) : undefined, raw: true }
  const text = stringify(endpoint, data)
  return { bytes: utf8Bytes(text), value: mode === 'none' ? undefined : JSON.parse(text), raw: false }
}

function rawBytes(data: unknown): Uint8Array | undefined {
  if (typeof data === 'string') return utf8Bytes(data)
  if (data instanceof Uint8Array) return data
  return undefined
}

/** The value a body of the caller's bytes holds; refused when not UTF-8 JSON. */
function parseRaw(endpoint: string, bytes: Uint8Array): unknown {
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    throw refused(endpoint, '/', 'is not valid UTF-8', 'send the body as UTF-8 JSON (WeChat Pay reads UTF-8 only)')
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    const why = (error as Error).message.slice(0, 120)
    throw refused(endpoint, '/', `is not JSON (${why})`, 'pass the body as an object, or as the text of a JSON object')
  }
}

/** JSON text of `data`, once; a value JSON cannot carry is a ValidationError at its pointer. */
export function stringify(endpoint: string, data: unknown): string {
  let text: string | undefined
  try {
    text = JSON.stringify(data)
  } catch (error) {
    throw unserialisable(endpoint, data, error)
  }
  if (text === undefined) {
    throw refused(
      endpoint,
      '/',
      `is ${typeof data === 'function' ? 'a function' : `a ${typeof data}`}, which serialises to nothing`,
      'pass the request body as an object',
    )
  }
  return text
}

const refused = (endpoint: string, field: string, issue: string, fix: string) =>
  new ValidationError(endpoint, [{ field, issue, fix }])

/** Where serialisation failed and why: a second pass with a replacer that tracks pointers and depth. */
function unserialisable(endpoint: string, data: unknown, error: unknown): ValidationError {
  const located = locate(data)
  const found: Located = located ?? { field: '/', kind: 'other', error }
  return new ValidationError(endpoint, [describeFailure(found)])
}

interface Located {
  field: string
  kind: 'bigint' | 'circular' | 'deep' | 'other'
  error?: unknown
}

class Stop extends Error {
  constructor(readonly located: Located) {
    super(located.kind)
  }
}

/** Serialises again, watching each value: the first one JSON cannot carry, or undefined if none failed. */
function locate(data: unknown): Located | undefined {
  const places = new WeakMap<object, { pointer: string; depth: number }>()
  let last = '/'
  function replacer(this: object, key: string, value: unknown) {
    const parent = places.get(this)
    const pointer = parent === undefined ? '' : `${parent.pointer}/${pointerToken(key)}`
    const depth = (parent?.depth ?? 0) + 1
    last = pointer || '/'
    if (typeof value === 'bigint') throw new Stop({ field: last, kind: 'bigint' })
    if (typeof value === 'object' && value !== null) {
      if (depth > MAX_JSON_DEPTH) throw new Stop({ field: last, kind: 'deep' })
      places.set(value, { pointer, depth })
    }
    return value
  }
  try {
    JSON.stringify(data, replacer)
  } catch (error) {
    if (error instanceof Stop) return error.located
    const circular = error instanceof TypeError && /circular/i.test(error.message)
    return { field: last, kind: circular ? 'circular' : 'other', error }
  }
  return undefined
}

function describeFailure({ field, kind, error }: Located): Issue {
  switch (kind) {
    case 'bigint':
      return { field, issue: 'is a BigInt, which JSON cannot carry', fix: 'pass a number (a safe integer)' }
    case 'circular':
      return {
        field,
        issue: 'refers back to an object that contains it (a circular reference)',
        fix: 'send plain data: copy the values the request needs into a new object',
      }
    case 'deep':
      return {
        field,
        issue: `nests deeper than ${MAX_JSON_DEPTH} levels`,
        fix: 'no WeChat Pay request nests that deep: flatten the value, or send it as a JSON string',
      }
    default: {
      const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      return {
        field,
        issue: `could not be serialised as JSON (${cause.slice(0, 160)})`,
        fix: 'send plain data: no toJSON or getter that throws',
      }
    }
  }
}

/** The issue of a catalog body that is not an object; its value is left out (it may hold personal data). */
export function notAnObject(value: unknown): Issue | undefined {
  if (value === undefined || isPlainObject(value)) return undefined
  const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
  return { field: '/', issue: `must be a JSON object, not ${what}`, fix: 'pass the request body as an object: { … }' }
}

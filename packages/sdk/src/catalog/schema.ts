// A small schema language for the endpoint catalog. One definition gives the TypeScript type
// (Infer), the SDK's validation before sending and the simulator's PARAM_ERROR checks.

export interface Issue {
  /** JSON pointer into the body (`/policy_periods/0/policy_period_id`), or the parameter name. */
  field: string
  /** The offending value; omitted for encrypted fields, whose plaintext is personal data. */
  value?: unknown
  /** What is wrong, in one line. */
  issue: string
  /** How to fix it, in one line. */
  fix: string
}

export interface StringSchema<T extends string = string> {
  readonly kind: 'string'
  readonly maxLength?: number
  readonly minLength?: number
  readonly pattern?: RegExp
  /** Said in the error when `pattern` does not match, e.g. "digits and letters only". */
  readonly patternHint?: string
  readonly format?: 'date' | 'datetime' | 'notify-url'
  readonly enum?: readonly T[]
  /** Sent as RSA-OAEP ciphertext under a WeChat Pay key named by `Wechatpay-Serial`. */
  readonly encrypted?: boolean
  readonly _type?: T
}
export interface IntSchema {
  readonly kind: 'int'
  readonly min?: number
  readonly max?: number
  /** An amount in fen (分): 1 CNY is 100. */
  readonly fen?: boolean
}
export interface BooleanSchema {
  readonly kind: 'boolean'
}
/** Any JSON value: for fields the sources leave open. */
export interface JsonSchema {
  readonly kind: 'json'
}
export interface ArraySchema<I extends Schema = Schema> {
  readonly kind: 'array'
  readonly items: I
  readonly minItems?: number
  readonly maxItems?: number
}
export type Fields = Record<string, Schema | OptionalSchema<Schema>>
/** A cross-field rule; it runs once the fields themselves are valid. */
export type ObjectRule = (value: Record<string, any>, pointer: string, issues: Issue[]) => void
export interface ObjectSchema<F extends Fields = Fields> {
  readonly kind: 'object'
  readonly fields: F
  readonly rules?: readonly ObjectRule[]
}
export interface OptionalSchema<S extends Schema = Schema> {
  readonly kind: 'optional'
  readonly inner: S
}
export type Schema = StringSchema<any> | IntSchema | BooleanSchema | JsonSchema | ArraySchema<any> | ObjectSchema<any>

type Simplify<T> = { [K in keyof T]: T[K] } & {}
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalSchema<any> ? never : K }[keyof F]
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>
type Unwrap<S> = S extends OptionalSchema<infer I> ? I : S

/** The TypeScript type a schema describes. */
export type Infer<S> =
  S extends StringSchema<infer T>
    ? T
    : S extends IntSchema
      ? number
      : S extends BooleanSchema
        ? boolean
        : S extends JsonSchema
          ? unknown
          : S extends ArraySchema<infer I>
            ? Infer<I>[]
            : S extends ObjectSchema<infer F>
              ? Simplify<
                  { [K in RequiredKeys<F>]: Infer<Unwrap<F[K]>> } & { [K in OptionalKeys<F>]?: Infer<Unwrap<F[K]>> }
                >
              : unknown

type StringOptions = Omit<StringSchema, 'kind' | 'enum' | '_type'>

export const s = {
  string: (options: StringOptions = {}): StringSchema => ({ kind: 'string', ...options }),
  enum: <const T extends string>(values: readonly T[], options: StringOptions = {}): StringSchema<T> => ({
    kind: 'string',
    enum: values,
    ...options,
  }),
  int: (options: Omit<IntSchema, 'kind'> = {}): IntSchema => ({ kind: 'int', ...options }),
  boolean: (): BooleanSchema => ({ kind: 'boolean' }),
  json: (): JsonSchema => ({ kind: 'json' }),
  array: <I extends Schema>(items: I, options: Omit<ArraySchema, 'kind' | 'items'> = {}): ArraySchema<I> => ({
    kind: 'array',
    items,
    ...options,
  }),
  object: <F extends Fields>(fields: F, rules?: readonly ObjectRule[]): ObjectSchema<F> => ({
    kind: 'object',
    fields,
    rules,
  }),
  optional: <S extends Schema>(inner: S): OptionalSchema<S> => ({ kind: 'optional', inner }),
}

/** Escapes one JSON-pointer token (RFC 6901). */
export const pointerToken = (key: string | number): string => {
  const text = String(key)
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
// WeChat Pay accepts UTF-8 characters of one to three bytes only (no emoji and other astral characters).
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function isValidDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function checkNotifyUrl(text: string): { issue: string; fix: string } | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { issue: 'is not an absolute URL', fix: 'pass a full https:// URL of your notification endpoint' }
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith('127.')
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      issue: 'must use HTTPS',
      fix: 'use an https:// URL (plain http is accepted only on a loopback host, for local tests)',
    }
  }
  if (url.search !== '' || text.includes('?')) {
    return {
      issue: 'must not carry query parameters',
      fix: 'remove the ?query; WeChat Pay calls the URL exactly as given and drops nothing',
    }
  }
  return undefined
}

function codePoints(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/**
 * Validates `value` against `schema` and returns every problem found (an empty array when valid).
 * Unknown fields are tolerated, as WeChat Pay does.
 */
export function validate(schema: Schema, value: unknown, pointer = ''): Issue[] {
  const issues: Issue[] = []
  check(schema, value, pointer, issues)
  return issues
}

function check(schema: Schema, value: unknown, pointer: string, issues: Issue[]): void {
  const field = pointer || '/'
  const push = (issue: string, fix: string, secret = false) =>
    issues.push(secret ? { field, issue, fix } : { field, value, issue, fix })
  if (value === null) {
    push('is null; WeChat Pay does not accept null values', 'omit the field instead of sending null')
    return
  }
  switch (schema.kind) {
    case 'string': {
      const secret = schema.encrypted === true
      if (typeof value !== 'string') {
        push(`must be a string, not ${describe(value)}`, 'pass the value as a JSON string', secret)
        return
      }
      // Limits count characters (code points); UTF-16 length bounds them, so count only when it matters.
      const count =
        (schema.maxLength !== undefined && value.length > schema.maxLength) ||
        (schema.minLength !== undefined && value.length < 2 * schema.minLength)
      const length = count ? codePoints(value) : value.length
      if (schema.minLength !== undefined && length < schema.minLength) {
        push(
          schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters`,
          'pass a non-empty value',
          secret,
        )
      } else if (schema.maxLength !== undefined && length > schema.maxLength) {
        push(
          `is ${length} characters, over the limit of ${schema.maxLength}`,
          `shorten it to ${schema.maxLength} characters`,
          secret,
        )
      }
      if (ASTRAL.test(value)) {
        push('contains a 4-byte UTF-8 character (e.g. an emoji)', 'remove emoji and other astral characters', secret)
      }
      if (schema.enum && !schema.enum.includes(value)) {
        push(`must be one of ${schema.enum.join(', ')}`, `use one of: ${schema.enum.join(', ')}`)
      }
      if (schema.pattern && !schema.pattern.test(value)) {
        push(
          `does not match ${schema.patternHint ?? schema.pattern.source}`,
          `use ${schema.patternHint ?? 'the documented format'}`,
        )
      }
      if (schema.format === 'date' && !isValidDate(value)) {
        push('is not a date in YYYY-MM-DD form', 'write the date as YYYY-MM-DD, e.g. 2026-01-31')
      } else if (schema.format === 'datetime' && !DATETIME.test(value)) {
        push('is not an RFC 3339 date-time', 'write it like 2026-01-31T10:00:00+08:00')
      } else if (schema.format === 'notify-url') {
        const problem = checkNotifyUrl(value)
        if (problem) push(problem.issue, problem.fix)
      }
      return
    }
    case 'int': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        const fix = schema.fen
          ? 'amounts are integers in fen (分): 12.34 CNY is 1234'
          : typeof value === 'string'
            ? `pass the number itself, not a string (${Number(value)})`
            : 'pass a JSON integer'
        push(`must be an integer, not ${describe(value)}`, fix)
        return
      }
      if (!Number.isSafeInteger(value)) {
        push(
          Number.isInteger(value) ? 'is too large to be exact' : 'must be an integer',
          schema.fen
            ? `amounts are integers in fen (分): ${value} CNY is ${Math.round(value * 100)}`
            : 'pass an integer',
        )
        return
      }
      if (schema.min !== undefined && value < schema.min) {
        push(
          `must be at least ${schema.min}`,
          `pass a value from ${schema.min}${schema.max ? ` to ${schema.max}` : ''}`,
        )
      } else if (schema.max !== undefined && value > schema.max) {
        push(`must be at most ${schema.max}`, `pass a value from ${schema.min ?? 0} to ${schema.max}`)
      }
      return
    }
    case 'boolean':
      if (typeof value !== 'boolean') push(`must be a boolean, not ${describe(value)}`, 'pass true or false')
      return
    case 'json':
      return
    case 'array': {
      if (!Array.isArray(value)) {
        push(`must be an array, not ${describe(value)}`, 'pass a JSON array')
        return
      }
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        push(`must have at least ${schema.minItems} item(s)`, `pass at least ${schema.minItems} item(s)`)
      } else if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        push(`must have at most ${schema.maxItems} items`, `pass at most ${schema.maxItems} items`)
      }
      value.forEach((item, index) => {
        check(schema.items, item, `${pointer}/${index}`, issues)
      })
      return
    }
    case 'object': {
      if (!isPlainObject(value)) {
        push(`must be an object, not ${describe(value)}`, 'pass a JSON object')
        return
      }
      const before = issues.length
      for (const [key, declared] of Object.entries(schema.fields as Fields)) {
        const optional = declared.kind === 'optional'
        const fieldSchema = declared.kind === 'optional' ? declared.inner : declared
        const child = value[key]
        const childPointer = `${pointer}/${pointerToken(key)}`
        if (child === undefined) {
          if (!optional) issues.push({ field: childPointer, issue: 'is required', fix: `add ${key}` })
          continue
        }
        check(fieldSchema, child, childPointer, issues)
      }
      if (issues.length === before) for (const rule of schema.rules ?? []) rule(value, pointer, issues)
      return
    }
  }
}

/** JSON pointers of the fields marked `encrypted` in a schema (array items as `*`). */
export function encryptedPointers(schema: Schema, pointer = ''): string[] {
  switch (schema.kind) {
    case 'string':
      return schema.encrypted ? [pointer] : []
    case 'array':
      return encryptedPointers(schema.items, `${pointer}/*`)
    case 'object':
      return Object.entries(schema.fields as Fields).flatMap(([key, declared]) =>
        encryptedPointers(declared.kind === 'optional' ? declared.inner : declared, `${pointer}/${pointerToken(key)}`),
      )
    default:
      return []
  }
}

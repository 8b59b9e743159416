// Validation against the catalog's schemas: every problem found, each with its JSON pointer, what
// is wrong and the fix. Unknown fields are tolerated, as WeChat Pay tolerates them.
import { deeperThan, isPlainObject, MAX_JSON_DEPTH, pointerToken } from './json.js'
import type { ArraySchema, Fields, IntSchema, Issue, ObjectSchema, Schema, StringSchema } from './schema.js'

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

/** What validation found: refusals, and warnings about bounds the sources do not give. */
export interface Findings {
  /** Problems WeChat Pay documents: the request is refused. */
  issues: Issue[]
  /** Inferred bounds broken: worth a look, never a refusal. */
  warnings: Issue[]
}

/**
 * Validates `value` against `schema` and returns every problem that refuses it (an empty array when
 * valid). Unknown fields are tolerated, as WeChat Pay does.
 */
export function validate(schema: Schema, value: unknown, options: ValidateOptions = {}): Issue[] {
  return validateWithWarnings(schema, value, options).issues
}

export interface ValidateOptions {
  /**
   * Whether the encrypted fields hold their ciphertext (the caller encrypted them, or the request
   * arrived at WeChat Pay's side) rather than the plaintext the SDK will encrypt: their length
   * bounds are the plaintext's, so they are not applied to ciphertext.
   */
  ciphertext?: boolean
}

/**
 * Validates and also returns the warnings: bounds and rules that cite no source. A value nested deeper
 * than MAX_JSON_DEPTH is refused first, as one issue without its value, before anything walks it.
 */
export function validateWithWarnings(schema: Schema, value: unknown, options: ValidateOptions = {}): Findings {
  const deep = deeperThan(value)
  if (deep !== undefined) {
    const fix = 'no WeChat Pay request nests that deep: flatten the value, or send it as a JSON string'
    return { issues: [{ field: deep, issue: `nests deeper than ${MAX_JSON_DEPTH} levels`, fix }], warnings: [] }
  }
  const findings: Collector = { issues: [], warnings: [], ciphertext: options.ciphertext === true }
  check(schema, value, '', findings)
  return { issues: findings.issues, warnings: findings.warnings }
}

interface Collector extends Findings {
  ciphertext: boolean
}

/**
 * `bound`: a length, range, count or pattern, which refuses only when the schema cites a source;
 * `warn`: a finding that never refuses (a value outside an open enum).
 */
type Push = (issue: string, fix: string, options?: { secret?: boolean; bound?: boolean; warn?: boolean }) => void

function check(schema: Schema, value: unknown, pointer: string, findings: Collector): void {
  const field = pointer || '/'
  const push: Push = (issue, fix, options = {}) => {
    const list = options.warn || (options.bound && schema.source === undefined) ? findings.warnings : findings.issues
    list.push(options.secret ? { field, issue, fix } : { field, value, issue, fix })
  }
  if (value === null) {
    push('is null; WeChat Pay does not accept null values', 'omit the field instead of sending null')
    return
  }
  switch (schema.kind) {
    case 'string':
      checkString(schema, value, push, findings.ciphertext)
      return
    case 'int':
      checkInt(schema, value, push)
      return
    case 'boolean':
      if (typeof value !== 'boolean') push(`must be a boolean, not ${describe(value)}`, 'pass true or false')
      return
    case 'json':
      return
    case 'array':
      checkArray(schema, value, pointer, findings, push)
      return
    case 'object':
      checkObject(schema, value, pointer, findings, push)
      return
  }
}

function checkString(schema: StringSchema, value: unknown, push: Push, ciphertext: boolean): void {
  const secret = schema.encrypted === true
  if (typeof value !== 'string') {
    push(`must be a string, not ${describe(value)}`, 'pass the value as a JSON string', { secret })
    return
  }
  if (secret && ciphertext) return
  // Limits count characters (code points); UTF-16 length bounds them, so count only when it matters.
  const count =
    (schema.maxLength !== undefined && value.length > schema.maxLength) ||
    (schema.minLength !== undefined && value.length < 2 * schema.minLength)
  const length = count ? codePoints(value) : value.length
  if (schema.minLength !== undefined && length < schema.minLength) {
    push(
      schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters`,
      'pass a non-empty value',
      { secret, bound: true },
    )
  } else if (schema.maxLength !== undefined && length > schema.maxLength) {
    push(
      `is ${length} characters, over the limit of ${schema.maxLength}`,
      `shorten it to ${schema.maxLength} characters`,
      {
        secret,
        bound: true,
      },
    )
  }
  if (ASTRAL.test(value)) {
    push('contains a 4-byte UTF-8 character (e.g. an emoji)', 'remove emoji and other astral characters', { secret })
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const values = schema.enum.join(', ')
    if (schema.open)
      push(`is none of the values the sources show (${values})`, `check it; expected ${values}`, { warn: true })
    else push(`must be one of ${values}`, `use one of: ${values}`)
  }
  if (schema.pattern && !schema.pattern.test(value)) {
    push(
      `does not match ${schema.patternHint ?? schema.pattern.source}`,
      `use ${schema.patternHint ?? 'the documented format'}`,
      { bound: true },
    )
  }
  checkFormat(schema, value, push)
}

function checkFormat(schema: StringSchema, value: string, push: Push): void {
  if (schema.format === 'date' && !isValidDate(value)) {
    push('is not a date in YYYY-MM-DD form', 'write the date as YYYY-MM-DD, e.g. 2026-01-31')
  } else if (schema.format === 'datetime' && !DATETIME.test(value)) {
    push('is not an RFC 3339 date-time', 'write it like 2026-01-31T10:00:00+08:00')
  } else if (schema.format === 'notify-url') {
    const problem = checkNotifyUrl(value)
    if (problem) push(problem.issue, problem.fix)
  }
}

function checkInt(schema: IntSchema, value: unknown, push: Push): void {
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
      schema.fen ? `amounts are integers in fen (分): ${value} CNY is ${Math.round(value * 100)}` : 'pass an integer',
    )
    return
  }
  if (schema.min !== undefined && value < schema.min) {
    push(`must be at least ${schema.min}`, `pass a value from ${schema.min}${schema.max ? ` to ${schema.max}` : ''}`, {
      bound: true,
    })
  } else if (schema.max !== undefined && value > schema.max) {
    push(`must be at most ${schema.max}`, `pass a value from ${schema.min ?? 0} to ${schema.max}`, { bound: true })
  }
}

function checkArray(schema: ArraySchema, value: unknown, pointer: string, findings: Collector, push: Push): void {
  if (!Array.isArray(value)) {
    push(`must be an array, not ${describe(value)}`, 'pass a JSON array')
    return
  }
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    push(`must have at least ${schema.minItems} item(s)`, `pass at least ${schema.minItems} item(s)`, { bound: true })
  } else if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    push(`must have at most ${schema.maxItems} items`, `pass at most ${schema.maxItems} items`, { bound: true })
  }
  value.forEach((item, index) => {
    check(schema.items, item, `${pointer}/${index}`, findings)
  })
}

function checkObject(schema: ObjectSchema, value: unknown, pointer: string, findings: Collector, push: Push): void {
  if (!isPlainObject(value)) {
    push(`must be an object, not ${describe(value)}`, 'pass a JSON object')
    return
  }
  const before = findings.issues.length
  for (const [key, declared] of Object.entries(schema.fields as Fields)) {
    const optional = declared.kind === 'optional'
    const fieldSchema = declared.kind === 'optional' ? declared.inner : declared
    const child = value[key]
    const childPointer = `${pointer}/${pointerToken(key)}`
    if (child === undefined) {
      if (!optional) findings.issues.push({ field: childPointer, issue: 'is required', fix: `add ${key}` })
      continue
    }
    check(fieldSchema, child, childPointer, findings)
  }
  if (findings.issues.length !== before) return
  for (const rule of schema.rules ?? []) rule.check(value, pointer, rule.source ? findings.issues : findings.warnings)
}

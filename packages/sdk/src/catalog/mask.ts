// Personal data in WeChat Pay's error details. A PARAM_ERROR echoes the value it refused in
// `detail.value` (`{ field, value, issue, location }`); an error built from it would carry that value
// into its message, stack, inspect and JSON. The value is kept only when it is a number, boolean,
// null or string of a named field that the catalog marks neither encrypted nor personal, and that
// holds no such field; anything else is replaced by MASKED.
import type { EndpointDefinition } from './endpoints/index.js'
import { personalFieldNames } from './index.js'
import { isPlainObject, pointerTokens } from './json.js'
import { pointersWhere, type Schema, type StringSchema } from './schema.js'

export const MASKED = '<masked>'

const isMarked = (field: StringSchema) => field.encrypted === true || field.personal === true
const markedCache = new WeakMap<EndpointDefinition, string[][]>()

/** The endpoint's encrypted and personal fields, as pointer tokens (`*` for array items). */
function markedPointers(endpoint: EndpointDefinition): string[][] {
  let marked = markedCache.get(endpoint)
  if (!marked) {
    const schemas: Schema[] = [endpoint.request, endpoint.params].filter((schema) => schema !== undefined)
    marked = schemas.flatMap((schema) => pointersWhere(schema, isMarked).map(pointerTokens))
    markedCache.set(endpoint, marked)
  }
  return marked
}

/** Whether the field a detail names is, or may hold, a field marked encrypted or personal. */
function isSensitive(field: unknown, endpoint: EndpointDefinition | undefined): boolean {
  if (typeof field !== 'string' || field === '') return true
  const tokens = field.startsWith('/') ? pointerTokens(field) : field.split(/[./]/).filter(Boolean)
  const names = personalFieldNames()
  if (tokens.length === 0 || tokens.some((token) => names.has(token))) return true
  const marked = endpoint ? markedPointers(endpoint) : []
  // The field itself or one of its ancestors: an object echoed whole would show what it holds.
  return marked.some(
    (pointer) =>
      tokens.length <= pointer.length &&
      tokens.every((token, index) => pointer[index] === '*' || pointer[index] === token),
  )
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** One detail, or a list of them, with every value that may be personal data replaced by MASKED. */
export function maskDetail(detail: unknown, endpoint?: EndpointDefinition): unknown {
  if (Array.isArray(detail)) return detail.map((item) => maskOne(item, endpoint))
  return maskOne(detail, endpoint)
}

function maskOne(detail: unknown, endpoint: EndpointDefinition | undefined): unknown {
  if (!isPlainObject(detail) || !Object.hasOwn(detail, 'value')) return detail
  if (isScalar(detail.value) && !isSensitive(detail.field, endpoint)) return detail
  return { ...detail, value: MASKED }
}

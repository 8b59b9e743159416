// JSON values as the catalog sees them: plain objects, and JSON pointers (RFC 6901) into bodies,
// with `*` standing for every item of an array in the catalog's own pointers.

/** An object that JSON.parse could have produced: not null, not an array, not a Buffer. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)

/**
 * How deep a request body may nest (the body itself is level 1). The deepest body in the catalog nests
 * 6 levels (`/policy_periods/0/policy_coverage_detail/policy_clauses/0`), and no WeChat Pay APIv3 page
 * shows one deeper than that, so 32 refuses nothing WeChat Pay accepts while keeping every walk over a
 * body (validation, rules, error details) far from the stack's limit.
 */
export const MAX_JSON_DEPTH = 32

/**
 * The pointer of the first container (in document order) nested deeper than `limit`, or undefined.
 * Iterative and visiting each container once, so that neither depth nor shared references can make
 * it overflow the stack or run long.
 */
export function deeperThan(value: unknown, limit = MAX_JSON_DEPTH): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const stack: [object, number, string][] = [[value, 1, '']]
  const seen = new WeakSet<object>()
  while (stack.length > 0) {
    const [node, depth, pointer] = stack.pop()!
    if (depth > limit) return pointer
    if (seen.has(node)) continue
    seen.add(node)
    const keys = Object.keys(node)
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = (node as Record<string, unknown>)[keys[index]]
      if (typeof child === 'object' && child !== null) {
        stack.push([child, depth + 1, `${pointer}/${pointerToken(keys[index])}`])
      }
    }
  }
  return undefined
}

/**
 * Whether two JSON values are equal, object keys in any order. Values nested deeper than
 * MAX_JSON_DEPTH compare unequal: validation refuses them before any rule compares.
 */
export function sameJson(a: unknown, b: unknown, depth = 1): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (depth > MAX_JSON_DEPTH || Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1),
  )
}

/** Escapes one JSON-pointer token (RFC 6901). */
export const pointerToken = (key: string | number): string => {
  const text = String(key)
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text
}

/** The unescaped tokens of a pointer: `/a~1b/0` → `['a/b', '0']`. */
export const pointerTokens = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))

/** The value a concrete pointer names, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node: any = data
  for (const token of pointerTokens(pointer)) {
    if (typeof node !== 'object' || node === null) return undefined
    node = node[token]
  }
  return node
}

/** The concrete pointers (array indexes expanded) of the fields that hold a string value. */
export function findPresent(data: unknown, pointers: readonly string[]): string[] {
  const found: string[] = []
  const walk = (node: unknown, rest: string[], at: string) => {
    if (rest.length === 0) {
      if (typeof node === 'string') found.push(at)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const [head, ...tail] = rest
    if (head === '*') {
      if (Array.isArray(node)) {
        node.forEach((item, index) => {
          walk(item, tail, `${at}/${index}`)
        })
      }
      return
    }
    walk((node as Record<string, unknown>)[head], tail, `${at}/${pointerToken(head)}`)
  }
  for (const pointer of pointers) walk(data, pointerTokens(pointer), '')
  return found
}

/** A copy of `data` with each pointed string replaced by `transform(value)`; the caller's object is untouched. */
export function replaceAt<T>(data: T, pointers: readonly string[], transform: (value: string) => string): T {
  const root: any = Array.isArray(data) ? [...data] : { ...data }
  for (const pointer of pointers) {
    const path = pointerTokens(pointer)
    let node = root
    for (const key of path.slice(0, -1)) {
      node[key] = Array.isArray(node[key]) ? [...node[key]] : { ...node[key] }
      node = node[key]
    }
    const last = path[path.length - 1]
    node[last] = transform(node[last])
  }
  return root
}

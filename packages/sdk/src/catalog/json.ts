// JSON values as the catalog sees them: plain objects, and JSON pointers (RFC 6901) into bodies,
// with `*` standing for every item of an array in the catalog's own pointers.

/** An object that JSON.parse could have produced: not null, not an array, not a Buffer. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)

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

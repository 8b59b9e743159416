// Locating and replacing the encrypted fields of a request body, from the catalog's `encrypted` marks.
import type { EndpointDefinition } from './catalog/endpoints.js'
import { encryptedPointers } from './catalog/schema.js'

const cache = new WeakMap<EndpointDefinition, string[]>()

/** JSON pointers of the endpoint's encrypted request fields (`*` for array items). */
export function encryptedFieldsOf(endpoint: EndpointDefinition): string[] {
  let pointers = cache.get(endpoint)
  if (!pointers) {
    pointers = endpoint.request ? encryptedPointers(endpoint.request) : []
    cache.set(endpoint, pointers)
  }
  return pointers
}

const tokens = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))

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
    walk((node as Record<string, unknown>)[head], tail, `${at}/${head}`)
  }
  for (const pointer of pointers) walk(data, tokens(pointer), '')
  return found
}

/** A copy of `data` with each pointed string replaced by `transform(value)`; the caller's object is untouched. */
export function replaceAt<T>(data: T, pointers: readonly string[], transform: (value: string) => string): T {
  const root: any = Array.isArray(data) ? [...data] : { ...data }
  for (const pointer of pointers) {
    const path = tokens(pointer)
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

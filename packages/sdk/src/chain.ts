// The chainable API at run time: `wxpay.v3.papay.insuranceSign` is a proxy that collects path
// segments (camelCase → kebab-case, `$name$` → `{name}`) until a verb sends the request. A node is
// also callable: `node(data, config)` is `node.post(data, config)`, as in wechatpay-axios-plugin.
import type { CallOptions } from './call.js'

/** Sends one request; what it resolves to is the caller's (the compat layer's is axios-shaped). */
export type Send = (
  method: string,
  path: string,
  data: unknown,
  config: CallOptions<any> | undefined,
) => Promise<unknown>

/**
 * How a chain names its segments. `segment` turns a property key into a path segment; `special`
 * may answer a key itself (the compat layer's `chain()` and `client`), `undefined` for a segment.
 */
export interface Naming {
  segment(key: string): string
  special?(key: string, segments: readonly string[]): unknown
}

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete'])
const WITHOUT_BODY = new Set(['GET', 'DELETE'])

/** `insuranceSign` → `insurance-sign`, `$plan_id$` → `{plan_id}`; `{plan_id}` and kebab-case stay as they are. */
export function toSegment(key: string): string {
  const placeholder = /^\$(\w+)\$$/.exec(key)
  if (placeholder) return `{${placeholder[1]}}`
  if (/^\{\w+\}$/.test(key)) return key
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}

/** Splits `v3/a/b-c/$x$` (leading slash optional) into path segments. */
export const splitPath = (path: string): string[] =>
  path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (/^\$(\w+)\$$/.test(segment) ? toSegment(segment) : segment))

const SDK_NAMING: Naming = { segment: toSegment }

/**
 * Keys that are never segments, because the language calls them on any object: `then` (so that
 * `await node` and returning a node from an async function send nothing) and `toJSON` (so that
 * `JSON.stringify(node)` does not call a `to-j-s-o-n` node, now that nodes are callable). Both are
 * reachable as segments through `chain('…/then')`.
 */
const NOT_SEGMENTS = new Set(['then', 'toJSON'])

/**
 * A chain node. Calling it sends a POST; names such as `get` or `delete` are verbs, and reachable as
 * segments through `chain()`. Symbol keys are never segments: `Symbol.toPrimitive` gives the path,
 * so that `${node}` or `String(node)` does not call a `toString` segment (which would be a POST).
 */
export function createNode(send: Send, segments: readonly string[], naming: Naming = SDK_NAMING): unknown {
  // Nodes and verbs are made once per path and kept: a call walks the same few nodes every time.
  const children = new Map<string, unknown>()
  const path = `/${segments.join('/')}`
  // The target is a function so that the proxy can be called; an arrow function has no `prototype`
  // (a non-configurable property whose value `get` would have to return), and its `name` and
  // `length` are configurable, so answering them with child nodes keeps the proxy invariants.
  return new Proxy(() => {}, {
    apply: (_, __, args: unknown[]) => send('POST', path, args[0], args[1] as CallOptions<any> | undefined),
    get(_, key) {
      if (key === Symbol.toPrimitive) return () => path
      if (typeof key !== 'string' || NOT_SEGMENTS.has(key)) return undefined
      let child = children.get(key)
      if (child === undefined) {
        child =
          naming.special?.(key, segments) ??
          (VERBS.has(key)
            ? verb(send, key.toUpperCase(), path)
            : createNode(send, [...segments, naming.segment(key)], naming))
        // Keys built at run time could grow the map without end: keep only the first few hundred.
        if (children.size < MAX_CHILDREN) children.set(key, child)
      }
      return child
    },
  })
}

const MAX_CHILDREN = 256

function verb(send: Send, method: string, path: string) {
  return WITHOUT_BODY.has(method)
    ? (config?: CallOptions<any>) => send(method, path, undefined, config)
    : (data?: unknown, config?: CallOptions<any>) => send(method, path, data, config)
}

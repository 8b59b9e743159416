// The chainable API at run time: `wxpay.v3.papay.insuranceSign` is a proxy that collects path
// segments (camelCase → kebab-case, `$name$` → `{name}`) until a verb sends the request.
import type { CallOptions, WechatPayResponse } from './chain-types.js'

export type Send = (
  method: string,
  path: string,
  data: unknown,
  config: CallOptions<any> | undefined,
) => Promise<WechatPayResponse<any>>

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

/**
 * A chain node. `then` is never a segment, so `await node` and returning a node from an async
 * function send nothing; names such as `then` or `get` are reachable as segments through `chain()`.
 */
export function createNode(send: Send, segments: readonly string[]): unknown {
  // Nodes and verbs are made once per path and kept: a call walks the same few nodes every time.
  const children = new Map<string, unknown>()
  return new Proxy(Object.create(null), {
    get(_, key) {
      if (typeof key !== 'string' || key === 'then') return undefined
      let child = children.get(key)
      if (child === undefined) {
        child = VERBS.has(key)
          ? verb(send, key.toUpperCase(), `/${segments.join('/')}`)
          : createNode(send, [...segments, toSegment(key)])
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

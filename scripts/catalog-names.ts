// Names the generated types use: one type name per endpoint, and the tree of chain nodes with the
// keys each child is reached by (camelCase, and `{name}` / `$name$` for path parameters), exactly
// as the chain resolves them at run time (packages/sdk/src/chain.ts).
import type { EndpointDefinition } from '@wxpay/sdk/protocol'

export const isPlaceholder = (segment: string) => /^\{\w+\}$/.test(segment)

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const pascal = (segment: string, separators: RegExp) => segment.split(separators).map(capitalise).join('')

/** `POST /v3/papay/insurance-sign/…/mini-program` → `PapayInsuranceSign…MiniProgramPost`. */
export function endpointTypeName(key: string): string {
  const [method, path] = key.split(' ')
  const words = path
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'v3' && !isPlaceholder(segment))
    .map((segment) => pascal(segment, /[-_]/))
  return `${words.join('')}${capitalise(method.toLowerCase())}`
}

/** A property name, quoted when it is not an identifier. */
export const propertyKey = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`)

/** The keys that reach a segment: `insurance-sign` → `insuranceSign`; `{plan_id}` → `{plan_id}`, `$plan_id$`. */
export function keysOf(segment: string): string[] {
  if (isPlaceholder(segment)) return [segment, `$${segment.slice(1, -1)}$`]
  return [segment.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())]
}

export interface ChainNodeInfo {
  /** `v3/papay/insurance-sign` */
  path: string
  typeName: string
  doc: string[]
  verbs: { method: string; key: string; endpoint: EndpointDefinition }[]
  children: { keys: string[]; typeName: string; doc: string[] }[]
}

/** The type name of the node at `path`: `V3PapayInsuranceSignNode`; `{plan_id}` → `PlanIdParam`. */
export const nodeTypeName = (path: string) =>
  `${path
    .split('/')
    .map((segment) => (isPlaceholder(segment) ? `${pascal(segment.slice(1, -1), /_/)}Param` : pascal(segment, /-/)))
    .join('')}Node`

/** Every node of the chain, from `v3` down to each endpoint, with its verbs and children. */
export function chainNodes(list: [string, EndpointDefinition][]): ChainNodeInfo[] {
  const paths = new Set<string>()
  for (const [, endpoint] of list) {
    const segments = endpoint.path.split('/').filter(Boolean)
    for (let index = 0; index < segments.length; index++) paths.add(segments.slice(0, index + 1).join('/'))
  }
  const names = new Map<string, string>()
  for (const path of paths) {
    const name = nodeTypeName(path)
    if (names.has(name)) throw new Error(`two chain nodes are named ${name}: ${names.get(name)} and ${path}`)
    names.set(name, path)
  }
  const below = (path: string) =>
    list.filter(([, endpoint]) => endpoint.path.startsWith(`/${path}/`) || endpoint.path === `/${path}`)
  return [...paths].sort().map((path) => {
    const verbs = list
      .filter(([, endpoint]) => endpoint.path === `/${path}`)
      .map(([key, endpoint]) => ({ method: endpoint.method, key, endpoint }))
    const children = [...paths]
      .filter((other) => other.startsWith(`${path}/`) && !other.slice(path.length + 1).includes('/'))
      .sort()
      .map((child) => ({
        keys: keysOf(child.split('/').pop()!),
        typeName: nodeTypeName(child),
        doc: nodeDoc(child, below(child)),
      }))
    return { path, typeName: nodeTypeName(path), doc: nodeDoc(path, below(path)), verbs, children }
  })
}

/** The JSDoc of an endpoint call: its title and key, who calls it, the official page. */
export function endpointDoc(key: string, endpoint: EndpointDefinition): string[] {
  const role = {
    merchant: '普通商户 (direct merchant)',
    partner: '服务商 (service provider)',
    platform: '平台商户 (platform)',
    any: 'any merchant',
  }[endpoint.role]
  return [
    `${endpoint.title} — \`${key}\`, called by ${role}${endpoint.response ? '' : '; answers 204'}.`,
    endpoint.docs ? `@see ${endpoint.docs}` : '',
  ]
}

/** What a node holds: its own endpoints' docs, or how many endpoints lie below it. */
function nodeDoc(path: string, endpoints: [string, EndpointDefinition][]): string[] {
  const own = endpoints.filter(([, endpoint]) => endpoint.path === `/${path}`)
  if (own.length > 0) {
    const lines = own.map(([key, endpoint]) => endpointDoc(key, endpoint))
    return [...lines.map((doc) => doc[0]), ...lines.map((doc) => doc[1])].filter(Boolean)
  }
  return [`\`/${path}/…\`: ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} below`]
}

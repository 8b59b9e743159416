// Looking endpoints up by method and concrete path, derived once from the catalog.
import { type EndpointDefinition, type EndpointKey, endpoints } from './endpoints/index.js'
import { events } from './events.js'
import { pointerTokens } from './json.js'
import { type Issue, pointersWhere } from './schema.js'
import { validate } from './validate.js'

export interface MatchedEndpoint {
  key: EndpointKey
  endpoint: EndpointDefinition
  /** Path parameters decoded from the concrete path. */
  pathParams: Record<string, string>
}

interface Route {
  key: EndpointKey
  endpoint: EndpointDefinition
  pattern: RegExp
  names: string[]
}

const routes: Route[] = (Object.entries(endpoints) as [EndpointKey, EndpointDefinition][]).map(([key, endpoint]) => {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
  const source = endpoint.path
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('([^/]+)')
  return { key, endpoint, pattern: new RegExp(`^${source}$`), names }
})

/** The template's path-parameter names, in order. */
export const pathParamNames = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1])

/** Finds the catalog endpoint for a method and a path without query (template or concrete). */
export function matchEndpoint(method: string, path: string): MatchedEndpoint | undefined {
  const direct = (endpoints as Record<string, EndpointDefinition>)[`${method} ${path}`]
  if (direct) return { key: `${method} ${path}` as EndpointKey, endpoint: direct, pathParams: {} }
  for (const route of routes) {
    if (route.endpoint.method !== method) continue
    const match = route.pattern.exec(path)
    if (!match) continue
    const pathParams: Record<string, string> = {}
    route.names.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(match[index + 1])
    })
    return { key: route.key, endpoint: route.endpoint, pathParams }
  }
  return undefined
}

/** Whether `path` is served by the catalog under some method (so a wrong method is a 405, not a 404). */
export const methodsForPath = (path: string): string[] =>
  routes.filter((route) => route.pattern.test(path)).map((route) => route.endpoint.method)

/**
 * Validates path and query parameters. Values from a URL are strings, so digit strings count as
 * integers; issues name the parameter without a leading slash, as WeChat Pay's PARAM_ERROR does.
 */
export function validateParams(endpoint: EndpointDefinition, params: Record<string, unknown>): Issue[] {
  if (!endpoint.params) return []
  const fields = endpoint.params.fields
  const given: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(params)) {
    const schema = fields[key]
    const kind = schema?.kind === 'optional' ? schema.inner.kind : schema?.kind
    given[key] = kind === 'int' && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  }
  return validate(endpoint.params, given).map((issue) => ({ ...issue, field: issue.field.slice(1) }))
}

export type {
  ContractFamily,
  EndpointDefinition,
  EndpointKey,
  Endpoints,
  Handoff,
  Method,
  Role,
  SimulatorFacts,
} from './endpoints/index.js'
export { products } from './endpoints/index.js'
export { endpoints }

let personal: Set<string> | undefined

/**
 * The names of the fields the catalog marks `personal`, in any endpoint or callback: what the tools
 * mask when they print a body or a notification.
 */
export function personalFieldNames(): Set<string> {
  if (personal) return personal
  const names = new Set<string>()
  const schemas = [
    ...Object.values(endpoints as Record<string, EndpointDefinition>).flatMap((e) => [e.params, e.request, e.response]),
    ...Object.values(events).map((event) => event.resource),
  ]
  for (const schema of schemas) {
    if (!schema) continue
    for (const pointer of pointersWhere(schema, (field) => field.personal === true)) {
      names.add(pointerTokens(pointer).at(-1)!)
    }
  }
  personal = names
  return names
}

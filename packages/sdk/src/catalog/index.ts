// Looking endpoints up by method and concrete path, derived once from the catalog.
import { type EndpointDefinition, type EndpointKey, endpoints } from './endpoints.js'
import { type Issue, validate } from './schema.js'

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

export type { ContractFamily, EndpointDefinition, EndpointKey, Endpoints, Method, Role } from './endpoints.js'
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

export { endpoints }

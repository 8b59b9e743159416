// A request before it is signed: its target (the catalog endpoint, the concrete URL with path and
// query parameters encoded), the checks the catalog makes, the headers the caller may set, and the
// body, serialised once.

import type { CallOptions } from './call.js'
import type { EndpointDefinition } from './catalog/endpoints/index.js'
import { matchEndpoint, validateParams } from './catalog/index.js'
import type { Issue } from './catalog/schema.js'
import { validateWithWarnings } from './catalog/validate.js'
import { ValidationError } from './errors.js'
import { notAnObject } from './request-body.js'

export interface RequestOptions extends CallOptions<Record<string, unknown>> {
  method: string
  /** `/v3/…` or `v3/…`, with `{name}` placeholders filled from `params`; may carry a query. */
  url: string
  /** An object (serialised once as JSON), or a string / Buffer / Uint8Array sent byte for byte. */
  data?: unknown
}

/** A request that breaks an inferred bound; it was sent. */
export interface ValidationWarning {
  /** `POST /v3/…` */
  endpoint: string
  issues: Issue[]
}

export interface RequestTarget {
  method: string
  /** Path and query as sent and signed. */
  url: string
  endpoint: EndpointDefinition | undefined
  /** `POST /v3/…`: the catalog's template when matched. */
  name: string
  /** Path and query parameters given, with those decoded from a concrete path. */
  params: Record<string, unknown>
  /** Placeholders left without a value. */
  issues: Issue[]
}

/** The endpoint and the URL: `{name}` filled and encoded, the other parameters as the query. */
export function resolveTarget(options: RequestOptions): RequestTarget {
  const method = options.method.toUpperCase()
  const [rawPath, rawQuery = ''] = options.url.split('?', 2)
  const template = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
  const params: Record<string, unknown> = { ...(options.params ?? {}) }
  const matched = matchEndpoint(method, template)
  const issues: Issue[] = []
  const path = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name]
    if (value === undefined || value === '') {
      issues.push({ field: name, issue: 'is a path parameter without a value', fix: `pass params: { ${name}: … }` })
      return placeholder
    }
    return encodeURIComponent(String(value))
  })
  const query = Object.entries(params)
    .filter(([name, value]) => value !== undefined && !template.includes(`{${name}}`))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&')
  const url = path + (rawQuery || query ? `?${[rawQuery, query].filter(Boolean).join('&')}` : '')
  return {
    method,
    url,
    endpoint: matched?.endpoint,
    name: `${method} ${matched ? matched.endpoint.path : template}`,
    params: { ...matched?.pathParams, ...params },
    issues,
  }
}

/**
 * Refuses, before anything is sent, a request the catalog says WeChat Pay would refuse; returns the
 * warnings: bounds that no page documents, which do not stop the request. `value` is the body as
 * parsed back from the bytes to be sent. With `ciphertext` the caller encrypted the sensitive fields
 * (their own Wechatpay-Serial), so plaintext bounds do not apply.
 */
export function checkRequest(
  target: RequestTarget,
  value: unknown,
  validateAgainstCatalog: boolean,
  ciphertext: boolean,
): Issue[] {
  const issues = [...target.issues]
  const warnings: Issue[] = []
  const endpoint = target.endpoint
  if (endpoint && validateAgainstCatalog) {
    for (const issue of validateParams(endpoint, target.params)) {
      if (!issues.some((other) => other.field === issue.field)) issues.push(issue)
    }
    const shape = endpoint.request ? notAnObject(value) : undefined
    if (shape) issues.push(shape)
    else if (endpoint.request) {
      const findings = validateWithWarnings(endpoint.request, value, { ciphertext })
      issues.push(...findings.issues)
      warnings.push(...findings.warnings)
    }
  }
  if (issues.length > 0) throw new ValidationError(target.name, issues)
  return warnings
}

const HEADERS_WE_OWN = new Set(['authorization', 'wechatpay-serial', 'content-length', 'host'])

/** The caller's headers, without those the pipeline owns; `Wechatpay-Serial` set apart. */
export function ownHeaders(given: Record<string, string> | undefined): {
  headers: Record<string, string>
  callerSerial: string | undefined
} {
  const headers: Record<string, string> = {}
  let callerSerial: string | undefined
  for (const [name, value] of Object.entries(given ?? {})) {
    const lower = name.toLowerCase()
    // An empty or blank value, as the seed pages show it, means "not given": the SDK then chooses.
    if (lower === 'wechatpay-serial') callerSerial = String(value).trim() || undefined
    else if (!HEADERS_WE_OWN.has(lower)) headers[name] = String(value)
  }
  return { headers, callerSerial }
}

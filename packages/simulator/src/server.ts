// Start-up and routing: a node:http server on loopback (we keep node:http for the raw request bytes
// that signatures need), find-my-way for the routes of the catalog and of the control API, and
// WeChat Pay's 404 and 405 answers for everything else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { type EndpointDefinition, type EndpointKey, endpoints } from '@wxpay/sdk/protocol'
import FindMyWay, { type HTTPMethod } from 'find-my-way'
import { CONTROL_ROUTES, type ControlRoute } from './control.js'
import { answer, type Exchange, refuseMalformed } from './http.js'
import type { PlatformKey } from './keys.js'

/** Where a request goes: an APIv3 endpoint of the catalog, or a control route. */
export interface Routes {
  api(
    request: IncomingMessage,
    response: ServerResponse,
    key: EndpointKey,
    params: Record<string, string>,
  ): void | Promise<void>
  control(
    request: IncomingMessage,
    response: ServerResponse,
    name: ControlRoute,
    params: Record<string, string>,
  ): void | Promise<void>
  /** Told of each request before it is routed (the request log, the state file). */
  observe?(request: IncomingMessage, response: ServerResponse): void
  /** The key that signs the 404/405 answers of `/v3/` paths. */
  signer(): PlatformKey
  nowSeconds(): number
}

type Route = { kind: 'api'; key: EndpointKey } | { kind: 'control'; name: ControlRoute }
const METHODS: HTTPMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/**
 * Serves `routes` on `server`: every request through the router, each failure of a route (a throw or
 * a rejection) answered 500 rather than left to end the process, and requests that node:http cannot
 * parse answered with WeChat Pay's JSON error instead of its bare 400.
 */
export function serve(server: Server, routes: Routes): void {
  const route = createRouter(routes)
  // The latest request of each connection, for the parse errors that come after it (http.ts).
  const latest = new WeakMap<Duplex, Exchange>()
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    latest.set(request.socket, { request, response })
    routes.observe?.(request, response)
    if (request.httpVersion === '1.1' && request.headers.host === undefined) return missingHost(response, routes)
    const fail = (error: unknown) => failed(response, error, routes)
    try {
      route(request, response)?.catch(fail)
    } catch (error) {
      fail(error)
    }
  })
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    refuseMalformed(error, socket, latest.get(socket), routes),
  )
  // node:http hands CONNECT to its own event and closes the connection when nothing listens.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) =>
    refuseMalformed(Object.assign(new Error('CONNECT'), { code: 'CONNECT' }), socket, undefined, routes),
  )
}

/** HTTP/1.1 requires Host (node:http's own check answers a bare 400, so it is turned off in listen()). */
function missingHost(response: ServerResponse, routes: Routes): void {
  answer(response, {
    status: 400,
    body: {
      code: 'INVALID_REQUEST',
      message: 'HTTP 请求不符合微信支付 APIv3 接口规则: an HTTP/1.1 request needs a Host header',
    },
    headers: { Connection: 'close' },
    signer: routes.signer(),
    nowSeconds: routes.nowSeconds(),
  })
}

/** The last resort for a route that failed: a fixed 500 SYSTEM_ERROR if nothing was sent yet, else a cut. */
function failed(response: ServerResponse, error: unknown, routes: Routes): void {
  console.error('[wxpay simulator] a route failed:', error instanceof Error ? error.stack : typeof error)
  if (response.headersSent) {
    response.destroy()
    return
  }
  try {
    answer(response, {
      status: 500,
      body: { code: 'SYSTEM_ERROR', message: '系统异常，请稍后重试 (simulator fault, see its log)' },
      signer: routes.signer(),
      nowSeconds: routes.nowSeconds(),
    })
  } catch {
    response.destroy()
  }
}

/** The request listener: one find-my-way router over the catalog's paths and the control routes. */
function createRouter(routes: Routes): (request: IncomingMessage, response: ServerResponse) => void | Promise<void> {
  const router = FindMyWay<FindMyWay.HTTPVersion.V1>({ ignoreTrailingSlash: false, caseSensitive: true })
  const table = new Map<string, Route>()
  const register = (method: HTTPMethod, path: string, route: Route) => {
    const id = `${method} ${path}`
    table.set(id, route)
    router.on(method, path, () => {}, { id })
  }
  for (const [key, endpoint] of Object.entries(endpoints) as [EndpointKey, EndpointDefinition][]) {
    register(endpoint.method, endpoint.path.replace(/\{(\w+)\}/g, ':$1'), { kind: 'api', key })
  }
  for (const [method, path, name] of CONTROL_ROUTES) register(method, path, { kind: 'control', name })

  return (request, response) => {
    const path = (request.url ?? '/').split('?')[0]
    // `OPTIONS *` and other paths that are no path are found nowhere (find-my-way would read `*` as `/`).
    const found = path.startsWith('/') ? router.find(request.method as HTTPMethod, path) : null
    const route = found && table.get((found.store as { id: string }).id)
    if (!found || !route) return notFound(router, routes, request, response, path)
    const params = found.params as Record<string, string>
    if (route.kind === 'api') return routes.api(request, response, route.key, params)
    return routes.control(request, response, route.name, params)
  }
}

function notFound(
  router: FindMyWay.Instance<FindMyWay.HTTPVersion.V1>,
  routes: Routes,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): void {
  const allowed = path.startsWith('/') ? METHODS.filter((method) => router.find(method, path)) : []
  const signer = path.startsWith('/v3/') ? routes.signer() : undefined
  const nowSeconds = routes.nowSeconds()
  if (allowed.length > 0) {
    answer(response, {
      status: 405,
      body: { code: 'METHOD_NOT_ALLOWED', message: `${request.method} is not allowed here; use ${allowed.join(', ')}` },
      headers: { Allow: allowed.join(', ') },
      signer,
      nowSeconds,
    })
    return
  }
  answer(response, {
    status: 404,
    body: { code: 'NOT_FOUND', message: `no such endpoint: ${path}` },
    signer,
    nowSeconds,
  })
}

/** A server listening on `host:port` (a free port when 0), with no request listener yet. */
export async function listen(port: number, host: string): Promise<{ server: Server; url: string }> {
  const server = createServer({ requireHostHeader: false })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return { server, url: `http://${hostname}:${address.port}` }
}

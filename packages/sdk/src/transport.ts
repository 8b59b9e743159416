// How a signed request reaches WeChat Pay. By default node:http / node:https with a keep-alive pool
// per client: about a third of the CPU of the global fetch for the same round trip (bench/results),
// and idle connections closed after 4 s, before WeChat Pay closes them at about 8 s, so that a
// request is never written to a connection the server is closing. A `fetch` given in the options
// replaces it; both send the same bytes and report the same errors.
import http from 'node:http'
import https from 'node:https'
import { NetworkError, TimeoutError } from './errors.js'

export interface TransportRequest {
  method: string
  /** The path and query, appended to the base URL. */
  url: string
  headers: Record<string, string>
  body: Buffer | undefined
  /** The caller's signal: an abort rejects with its reason. */
  signal?: AbortSignal
  /** Milliseconds for the whole exchange; then the request is dropped with a `TransportTimeout`. */
  timeout: number
}

export interface TransportResponse {
  status: number
  statusText: string
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>
  body: Buffer
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>

/** Thrown by a transport when the request's own timeout ran out. */
export class TransportTimeout extends Error {
  constructor() {
    super('timeout')
    this.name = 'TransportTimeout'
  }
}

/** Idle keep-alive connections are closed after this long (WeChat Pay closes them after about 8 s). */
export const IDLE_CONNECTION_MS = 4_000

/** The default transport: node:http or node:https by the base URL's scheme, one keep-alive pool. */
export function nodeTransport(baseURL: string): Transport {
  const base = new URL(baseURL)
  const secure = base.protocol === 'https:'
  const request = secure ? https.request : http.request
  const agent = new (secure ? https.Agent : http.Agent)({
    keepAlive: true,
    // TCP keep-alive probes on open connections, and the idle time after which a pooled one is closed.
    keepAliveMsecs: 1_000,
    timeout: IDLE_CONNECTION_MS,
    scheduling: 'lifo',
  })
  const hostname = base.hostname.startsWith('[') ? base.hostname.slice(1, -1) : base.hostname
  const port = base.port || (secure ? 443 : 80)
  const prefix = base.pathname === '/' ? '' : base.pathname.replace(/\/+$/, '')

  const target = { request, agent, hostname, port, prefix }
  return (transportRequest) => sendOverNode(target, transportRequest)
}

interface NodeTarget {
  request: typeof http.request
  agent: http.Agent
  hostname: string
  port: string | number
  /** The base URL's path, prepended to every request's. */
  prefix: string
}

/** One exchange over node:http(s): time-out and abort drop the connection and report themselves. */
function sendOverNode(target: NodeTarget, { method, url, headers, body, signal, timeout }: TransportRequest) {
  return new Promise<TransportResponse>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    let done = false
    let failure: unknown
    let timer: NodeJS.Timeout | undefined
    const finish = (error: unknown, response?: TransportResponse) => {
      if (done) return
      done = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      // A timeout or an abort reports itself, whatever error the dropped connection raised.
      if (failure !== undefined) reject(failure)
      else if (error !== undefined) reject(error)
      else resolve(response!)
    }
    const drop = (reason: unknown) => {
      if (done) return
      failure = reason
      req.destroy()
      finish(reason)
    }
    const onAbort = () => drop(signal!.reason)
    const outgoing = body === undefined ? headers : { ...headers, 'Content-Length': String(body.length) }
    const { request, agent, hostname, port, prefix } = target
    const req = request({ agent, hostname, port, method, path: prefix + url, headers: outgoing }, (res) =>
      collect(res, finish),
    )
    timer = setTimeout(() => drop(new TransportTimeout()), timeout)
    signal?.addEventListener('abort', onAbort, { once: true })
    req.on('error', finish)
    req.end(body)
  })
}

/** Reads a response whole; repeated headers are joined with `, ` under their lower-case name. */
function collect(res: http.IncomingMessage, finish: (error: unknown, response?: TransportResponse) => void): void {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('error', finish)
  res.on('aborted', () => finish(new Error('the connection closed before the response was complete')))
  res.on('end', () => {
    const raw = res.rawHeaders
    const received: Record<string, string> = {}
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase()
      const previous = received[name]
      received[name] = previous === undefined ? raw[i + 1] : `${previous}, ${raw[i + 1]}`
    }
    finish(undefined, {
      status: res.statusCode ?? 0,
      statusText: res.statusMessage ?? '',
      headers: received,
      body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
    })
  })
}

/** A caller's fetch as a transport: the exchange it had before the built-in transport, unchanged. */
export function fetchTransport(baseURL: string, fetchImpl: typeof fetch): Transport {
  return async ({ method, url, headers, body, signal, timeout }) => {
    // A timer cleared on completion rather than AbortSignal.timeout, which keeps every signal alive
    // until its time-out has passed (seconds of garbage under load).
    const timer = new AbortController()
    const timeoutId = setTimeout(() => timer.abort(new TransportTimeout()), timeout)
    try {
      const response = await fetchImpl(baseURL + url, {
        method,
        headers,
        body: body as BodyInit | undefined,
        signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal,
      })
      const bytes = Buffer.from(await response.arrayBuffer())
      const received: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        received[name] = value
      })
      return { status: response.status, statusText: response.statusText, headers: received, body: bytes }
    } catch (error) {
      if (timer.signal.aborted && !signal?.aborted) throw new TransportTimeout()
      throw error
    } finally {
      clearTimeout(timeoutId)
    }
  }
}

/** The typed error for a transport failure: our TimeoutError, the caller's abort reason, or a NetworkError. */
export function transportFailure(error: unknown, request: TransportRequest, baseURL: string): unknown {
  const { method, url, signal, timeout } = request
  if (error instanceof TransportTimeout) return new TimeoutError(`${method} ${url}: no response within ${timeout} ms`)
  if (signal?.aborted) return error
  return new NetworkError(`${method} ${baseURL}${url}: ${(error as Error)?.message ?? error}`, { cause: error })
}

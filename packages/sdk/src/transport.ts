// How a signed request reaches WeChat Pay. By default node:http / node:https with a keep-alive pool
// per client and origin: about a third of the CPU of the global fetch for the same round trip
// (bench/results), and idle connections closed after 4 s, before WeChat Pay closes them at about 8 s,
// so that a request is never written to a connection the server is closing. A `fetch` given in the
// options replaces it; both send the same bytes and report the same errors. A failure says whether
// the request may have been written: the retry policy (retry.ts) resends only what was not.
import http from 'node:http'
import https from 'node:https'

export interface TransportRequest {
  method: string
  /** Where this attempt goes: the client's base URL, or the backup domain. */
  baseURL: string
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

/**
 * Thrown by a transport when the connection failed. `written` is false only when the request cannot
 * have reached the server: node:http failed before the request was flushed ('finish'); a fetch
 * failed while connecting (refused, DNS, connect time-out). Anything else counts as written.
 */
export class TransportFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly written: boolean,
  ) {
    super((error as Error)?.message ?? String(error), { cause: error })
    this.name = 'TransportFailure'
  }
  /** The system error code (`ECONNREFUSED`, `ECONNRESET`…), when there is one. */
  get code(): string | undefined {
    const error = this.error as { code?: unknown; cause?: { code?: unknown } }
    const code = error?.code ?? error?.cause?.code
    return typeof code === 'string' ? code : undefined
  }
}

/** Idle keep-alive connections are closed after this long (WeChat Pay closes them after about 8 s). */
export const IDLE_CONNECTION_MS = 4_000

/** The default transport: node:http or node:https by the base URL's scheme, one keep-alive pool per origin. */
export function nodeTransport(): Transport {
  const targets = new Map<string, NodeTarget>()
  return (transportRequest) => {
    let target = targets.get(transportRequest.baseURL)
    if (!target) {
      target = nodeTarget(transportRequest.baseURL)
      targets.set(transportRequest.baseURL, target)
    }
    return sendOverNode(target, transportRequest)
  }
}

function nodeTarget(baseURL: string): NodeTarget {
  const base = new URL(baseURL)
  const secure = base.protocol === 'https:'
  const agent = new (secure ? https.Agent : http.Agent)({
    keepAlive: true,
    // TCP keep-alive probes on open connections, and the idle time after which a pooled one is closed.
    keepAliveMsecs: 1_000,
    timeout: IDLE_CONNECTION_MS,
    scheduling: 'lifo',
  })
  return {
    request: secure ? https.request : http.request,
    agent,
    hostname: base.hostname.startsWith('[') ? base.hostname.slice(1, -1) : base.hostname,
    port: base.port || (secure ? 443 : 80),
    prefix: base.pathname === '/' ? '' : base.pathname.replace(/\/+$/, ''),
  }
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
    // Until 'finish' the request was not all flushed: the server cannot have acted on it.
    let written = false
    req.on('finish', () => {
      written = true
    })
    req.on('error', (error) => finish(new TransportFailure(error, written)))
    req.end(body)
  })
}

/** Reads a response whole; repeated headers are joined with `, ` under their lower-case name. */
function collect(res: http.IncomingMessage, finish: (error: unknown, response?: TransportResponse) => void): void {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('error', (error) => finish(new TransportFailure(error, true)))
  res.on('aborted', () =>
    finish(new TransportFailure(new Error('the connection closed before the response was complete'), true)),
  )
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

// A fetch failure with one of these codes happened while connecting: the request was not written.
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])

/** A caller's fetch as a transport: the exchange it had before the built-in transport, unchanged. */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async ({ method, baseURL, url, headers, body, signal, timeout }) => {
    // A timer cleared on completion rather than AbortSignal.timeout, which keeps every signal alive
    // until its time-out has passed (seconds of garbage under load).
    const timer = new AbortController()
    const timeoutId = setTimeout(() => timer.abort(new TransportTimeout()), timeout)
    let answered = false
    try {
      const response = await fetchImpl(baseURL + url, {
        method,
        headers,
        body: body as BodyInit | undefined,
        signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal,
      })
      answered = true
      const bytes = Buffer.from(await response.arrayBuffer())
      const received: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        received[name] = value
      })
      return { status: response.status, statusText: response.statusText, headers: received, body: bytes }
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      if (timer.signal.aborted) throw new TransportTimeout()
      // Conservative: only a failure known to come from connecting counts as not written.
      const failure = new TransportFailure(error, true)
      const connecting = !answered && failure.code !== undefined && CONNECT_CODES.has(failure.code)
      throw connecting ? new TransportFailure(error, false) : failure
    } finally {
      clearTimeout(timeoutId)
    }
  }
}

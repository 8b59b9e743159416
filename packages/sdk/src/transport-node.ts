// The default transport on Node: node:http / node:https with a keep-alive pool per client and origin:
// about a third of the CPU of the global fetch for the same round trip (bench/results), and idle
// connections closed after 4 s, before WeChat Pay closes them at about 8 s, so that a request is never
// written to a connection the server is closing. Node-only: the builds for other runtimes use fetch.
import http from 'node:http'
import https from 'node:https'
import {
  type Transport,
  TransportFailure,
  type TransportRequest,
  type TransportResponse,
  TransportTimeout,
} from './transport.js'

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

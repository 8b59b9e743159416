// How a signed request reaches WeChat Pay: the transport's interface and errors, and the fetch
// transport. On Node the default is node:http (transport-node.ts); elsewhere, and with a `fetch`
// option, fetch. Both send the same bytes and report the same errors. A failure says whether the
// request may have been written: the retry policy (retry.ts) resends only what was not.

export interface TransportRequest {
  method: string
  /** Where this attempt goes: the client's base URL, or the backup domain. */
  baseURL: string
  /** The path and query, appended to the base URL. */
  url: string
  headers: Record<string, string>
  body: Uint8Array | undefined
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
  body: Uint8Array
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
      const bytes = new Uint8Array(await response.arrayBuffer())
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

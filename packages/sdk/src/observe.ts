// What a client tells about its attempts: the `onRequest`, `onResponse` and `onRetry` hooks, and
// with NODE_DEBUG=wxpay one line per attempt on stderr (util.debuglog, on Node). They carry the
// method, the URL, the status, the Request-ID, the attempt number and the duration: never a body, a
// key or the Authorization header.
import type { RetryReason } from './retry-policy.js'
import { runtime } from './runtime/current.js'

const { debug } = runtime

/** An attempt about to be sent. */
export interface RequestEvent {
  method: string
  /** The full URL of this attempt: the base URL (or the backup domain's), path and query. */
  url: string
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number
}

/** An attempt that ended: with an answer (`status`), or without one (`error`). */
export interface ResponseEvent extends RequestEvent {
  /** The HTTP status, when an answer came. */
  status?: number
  /** The error code of an error answer (`SYSTEM_ERROR`…), when its body has one. */
  code?: string
  requestId?: string
  /** Milliseconds from sending to the end of this attempt. */
  durationMs: number
  /** Why no answer came: a system error code (`ECONNREFUSED`…), `timeout` or `aborted`. */
  error?: string
}

/** An attempt that will be tried again. */
export interface RetryEvent extends ResponseEvent {
  reason: RetryReason
  /** Milliseconds waited before the next attempt. */
  delayMs: number
  /** Where the next attempt goes: the same URL, or the backup domain's. */
  nextUrl: string
}

export interface Hooks {
  /** Before each attempt is sent. */
  onRequest?: (event: RequestEvent) => void
  /** After each attempt, answered or not. */
  onResponse?: (event: ResponseEvent) => void
  /** When an attempt is to be tried again, before the wait. */
  onRetry?: (event: RetryEvent) => void
}

/** Calls the hooks, never letting one break a request (a hook that throws is reported), and prints the debug line. */
export class Observer {
  constructor(
    private readonly hooks: Hooks,
    private readonly report: (error: Error) => void,
  ) {}

  request(event: RequestEvent): void {
    this.#call('onRequest', event)
  }

  /** The end of an attempt: one debug line, `onResponse`, and `onRetry` when it is tried again. */
  attempt(event: ResponseEvent, retry?: RetryEvent): void {
    if (debug.enabled) debug.log(describeAttempt(event, retry))
    this.#call('onResponse', event)
    if (retry) this.#call('onRetry', retry)
  }

  #call<K extends keyof Hooks>(name: K, event: Parameters<NonNullable<Hooks[K]>>[0]): void {
    const hook = this.hooks[name] as ((event: unknown) => void) | undefined
    if (!hook) return
    try {
      hook(event)
    } catch (error) {
      this.report(new Error(`${name} threw: ${(error as Error)?.message ?? error}`, { cause: error }))
    }
  }
}

/** `POST https://…/v3/… attempt 1: 500 SYSTEM_ERROR, Request-ID 08…, 12 ms; retry in 500 ms (server-error)` */
export function describeAttempt(event: ResponseEvent, retry?: RetryEvent): string {
  const outcome =
    event.status !== undefined ? `${event.status}${event.code ? ` ${event.code}` : ''}` : (event.error ?? 'failed')
  const id = event.requestId ? `, Request-ID ${event.requestId}` : ''
  const next = retry
    ? `; retry in ${retry.delayMs} ms (${retry.reason})${retry.nextUrl !== event.url ? ` at ${retry.nextUrl}` : ''}`
    : ''
  return `${event.method} ${event.url} attempt ${event.attempt}: ${outcome}${id}, ${event.durationMs} ms${next}`
}

// The pipeline's send stage: attempts, each signed anew by the runner (a new nonce and timestamp),
// tried again where retry-policy.ts says it is safe, within the call's `timeout` as one budget for
// every attempt and wait, stopped by the caller's AbortSignal. When the primary domain cannot be
// reached, the next attempts go to the backup domain. Failures end as typed errors that name the
// method, the URL and the last Request-ID.
import { AbortError, NetworkError, type RequestFailureContext, TimeoutError } from './errors.js'
import type { Observer, ResponseEvent, RetryEvent } from './observe.js'
import { errorCode, type Outcome, retryDelay, retryReason } from './retry-policy.js'
import { TransportFailure, type TransportResponse, TransportTimeout } from './transport.js'

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })

export interface SendPlan {
  method: string
  /** Path and query, as signed. */
  url: string
  baseURL: string
  /** The backup domain for a primary that cannot be reached; undefined for none. */
  backupBaseURL: string | undefined
  maxRetries: number
  /** Milliseconds for every attempt and wait together. */
  timeout: number
  signal?: AbortSignal
  /** A POST that carries its endpoint's unique key (retried on SYSTEM_ERROR and FREQUENCY_LIMITED). */
  keyed: boolean
}

/** Signs and sends one attempt to `baseURL` within `timeout` ms. */
export type AttemptRunner = (baseURL: string, timeout: number) => Promise<TransportResponse>

export interface RetryParts {
  observer: Observer
  /** The client's clock's sleep, or a timer. */
  sleep: Sleep
  /** The client's clock: the budget is counted on it (a test clock's sleep advances it), and HTTP-dates read by it. */
  now: () => number
}

/** Sends `plan` through `run`, retrying where safe; resolves to the last answer, or throws a typed error. */
export async function sendWithRetries(plan: SendPlan, run: AttemptRunner, parts: RetryParts) {
  const { method, url, signal, maxRetries } = plan
  const deadline = parts.now() + plan.timeout
  let baseURL = plan.baseURL
  let requestId: string | undefined
  for (let attempt = 1; ; attempt++) {
    const context = (): RequestFailureContext => ({ method, url: baseURL + url, requestId })
    if (signal?.aborted) throw abortFailure(signal.reason, context())
    const remaining = deadline - parts.now()
    if (remaining <= 0) throw timedOut(plan, attempt - 1, context())
    const share = attemptTime(method, remaining, maxRetries - attempt + 2)
    parts.observer.request({ method, url: baseURL + url, attempt })
    const started = performance.now()
    const outcome = await attemptOnce(run, baseURL, Math.max(1, Math.ceil(share)))
    const event = responseEvent(method, baseURL + url, attempt, started, outcome, signal)
    requestId = event.requestId ?? requestId
    const next = attempt <= maxRetries ? nextAttempt(plan, baseURL, outcome, event, parts, deadline) : undefined
    parts.observer.attempt(event, next?.retry)
    if (!next) {
      if ('response' in outcome) return outcome.response
      throw typedFailure(outcome.failure, plan, attempt, context())
    }
    try {
      await parts.sleep(next.retry.delayMs, signal)
    } catch (reason) {
      throw abortFailure(signal?.aborted ? signal.reason : reason, context())
    }
    baseURL = next.baseURL
  }
}

/** A GET attempt, at least, unless less time is left: under it, time-outs are not worth a retry. */
export const MIN_GET_ATTEMPT_MS = 1_000

/**
 * The time one attempt may take. A GET may be tried again after a time-out, so it gets an equal share
 * of what is left among the attempts still allowed, but never less than MIN_GET_ATTEMPT_MS (or all that
 * is left); any other request all that is left, as it is never resent once written.
 */
function attemptTime(method: string, remaining: number, attemptsLeft: number): number {
  if (method !== 'GET') return remaining
  return Math.max(remaining / attemptsLeft, Math.min(remaining, MIN_GET_ATTEMPT_MS))
}

async function attemptOnce(run: AttemptRunner, baseURL: string, timeout: number): Promise<Outcome> {
  try {
    const response = await run(baseURL, timeout)
    return { response, code: errorCode(response) }
  } catch (failure) {
    return { failure }
  }
}

function responseEvent(
  method: string,
  url: string,
  attempt: number,
  started: number,
  outcome: Outcome,
  signal: AbortSignal | undefined,
): ResponseEvent {
  const event: ResponseEvent = { method, url, attempt, durationMs: Math.round(performance.now() - started) }
  if ('response' in outcome) {
    event.status = outcome.response.status
    if (outcome.code) event.code = outcome.code
    const requestId = outcome.response.headers['request-id']
    if (requestId) event.requestId = requestId
  } else {
    const { failure } = outcome
    event.error = signal?.aborted
      ? 'aborted'
      : failure instanceof TransportTimeout
        ? 'timeout'
        : failure instanceof TransportFailure
          ? (failure.code ?? failure.message)
          : ((failure as Error)?.name ?? 'failed')
  }
  return event
}

/** The retry after `outcome`, when the policy allows one and the budget has room for its wait. */
function nextAttempt(
  plan: SendPlan,
  baseURL: string,
  outcome: Outcome,
  event: ResponseEvent,
  parts: RetryParts,
  deadline: number,
): { retry: RetryEvent; baseURL: string } | undefined {
  if (plan.signal?.aborted) return undefined
  const reason = retryReason(plan.method, plan.keyed, outcome)
  if (!reason) return undefined
  // A primary that cannot be reached: the backup domain, at once (it is not the one that failed).
  const failover = reason === 'not-sent' && plan.backupBaseURL !== undefined && baseURL === plan.baseURL
  const next = failover ? plan.backupBaseURL! : baseURL
  const response = 'response' in outcome ? outcome.response : undefined
  const delayMs = failover ? 0 : retryDelay(event.attempt, response, parts.now())
  if (parts.now() + delayMs >= deadline) return undefined
  return { retry: { ...event, reason, delayMs, nextUrl: next + plan.url }, baseURL: next }
}

const attempts = (count: number) => (count > 1 ? ` (${count} attempts)` : '')

function timedOut(plan: SendPlan, count: number, context: RequestFailureContext): TimeoutError {
  return new TimeoutError(
    `${plan.method} ${plan.url}: no response within ${plan.timeout} ms${attempts(count)}`,
    context,
  )
}

/** The typed error of the last attempt's failure. */
function typedFailure(failure: unknown, plan: SendPlan, count: number, context: RequestFailureContext): unknown {
  if (plan.signal?.aborted) return abortFailure(plan.signal.reason, context)
  if (failure instanceof TransportTimeout) return timedOut(plan, count, context)
  if (failure instanceof TransportFailure) {
    const message = `${plan.method} ${context.url}: ${failure.message}${attempts(count)}`
    return new NetworkError(message, context, { cause: failure.error })
  }
  return failure
}

/** A caller's abort: our TimeoutError for `AbortSignal.timeout`, an AbortError otherwise; the reason as cause. */
function abortFailure(reason: unknown, context: RequestFailureContext): Error {
  const where = `${context.method} ${context.url}`
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return new TimeoutError(`${where}: the call's AbortSignal timed out`, context, { cause: reason })
  }
  return new AbortError(`${where}: aborted by the caller's AbortSignal`, context, { cause: reason })
}

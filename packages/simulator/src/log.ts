// What the simulator says as it runs: one line per request and one per delivery attempt, each
// starting with the simulator's time in RFC 3339 (Beijing time, as WeChat Pay's own times). Paths
// are printed without their query, and no header or body is: no key, signature or personal field.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { beijingTime } from '@wxpay/sdk/protocol'
import type { SimulatorClock } from './clock.js'
import type { Delivery } from './delivery-log.js'

/** Where the lines go: `(line) => process.stdout.write(`${line}\n`)`. */
export type LogSink = (line: string) => void

/** `2026-11-22T10:00:00+08:00 POST /v3/… 200 Request-ID 08A1… 3 ms`; a connection reset instead of an answer is `reset`. */
export function requestLine(
  time: number,
  request: { method?: string; url?: string },
  answer: { status?: number; requestId?: string; ms: number },
): string {
  const path = (request.url ?? '/').split('?')[0]
  const status = answer.status === undefined ? 'reset' : `${answer.status} Request-ID ${answer.requestId ?? '-'}`
  return `${beijingTime(time)} ${request.method} ${path} ${status} ${answer.ms} ms`
}

/** `… DELIVERY INSURANCE_ENTRUST.SIGN attempt 1 → http://…: 500 failed, next attempt at …`. */
export function deliveryLine(delivery: Delivery): string {
  const what = delivery.probe ? 'probe' : `attempt ${delivery.attempt}${delivery.resend ? ' (resend)' : ''}`
  const answer = delivery.status === undefined ? (delivery.error ?? 'no answer') : String(delivery.status)
  const outcome = delivery.acknowledged
    ? 'acknowledged'
    : delivery.probe
      ? 'not acknowledged'
      : delivery.retryAt !== undefined
        ? `failed, next attempt at ${beijingTime(delivery.retryAt)}`
        : delivery.resend
          ? 'failed'
          : 'failed, no attempt left'
  return `${beijingTime(delivery.at)} DELIVERY ${delivery.eventType} ${what} → ${delivery.url}: ${answer} ${outcome}`
}

/** Logs each request once it is answered (or its connection closes unanswered). */
export function logRequest(sink: LogSink, clock: SimulatorClock, request: IncomingMessage, response: ServerResponse) {
  const started = performance.now()
  const done = () => {
    response.off('finish', done)
    response.off('close', done)
    const answered = response.headersSent
    const requestId = response.getHeader('Request-ID')
    sink(
      requestLine(clock.now(), request, {
        status: answered ? response.statusCode : undefined,
        requestId: typeof requestId === 'string' ? requestId : undefined,
        ms: Math.round(performance.now() - started),
      }),
    )
  }
  response.once('finish', done)
  response.once('close', done)
}

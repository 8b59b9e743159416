// The pipeline every adapter shares: parse (verify, decrypt), skip an id already handled, run the
// user's handler, remember the id, answer. Success only after the handler resolved; a notification
// that does not verify never reaches the handler and never gets a 2xx. A store shared by several
// instances (one with `claim`) is asked to claim the id first, so that one instance runs the handler.
import type { DedupeStore } from './dedupe.js'
import { DEFAULT_DEDUPE_LEASE_SECONDS, DEFAULT_DEDUPE_TTL_SECONDS } from './dedupe.js'
import type { NotificationEvent } from './event.js'
import type { NotificationHeaders, NotificationInput, ParseOptions, RawBody } from './parse.js'
import { answerOf, failureReply, failureReplyFor, type NotificationReply, successReply } from './replies.js'

/**
 * The user's code for one verified, decrypted event; throw (or reject) to have WeChat Pay retry. It may
 * resolve to a reply built by `terminateInquiryReply` to answer an `ENTRUST.TERMINATE_INQUIRY`.
 */
export type NotificationHandler = (event: NotificationEvent) => unknown

export interface HandleOptions extends ParseOptions {
  /** Where handled ids are remembered: default the client's in-memory store; `false` for none. */
  dedupe?: DedupeStore | false
  /** How long a handled id is remembered; default 25 hours. */
  dedupeTtlSeconds?: number
  /** A store with `claim` (several instances): how long a claim holds while the handler runs; default 60 s. */
  dedupeLeaseSeconds?: number
  /**
   * A store with `claim`: the answer to a delivery whose id another instance is handling right now.
   * 'retry' (default): 503, WeChat Pay sends it again later, safe if that handler fails. 'success': 200.
   */
  whenBusy?: 'retry' | 'success'
  /** The success answer: 200 `{"code":"SUCCESS"}` (default) or 204. */
  successStatus?: 200 | 204
  /**
   * Told of every notification answered with a failure, and of a store that failed after the handler
   * succeeded. Default: `console.error`. Error messages carry no key and no decrypted data.
   */
  onError?: (error: unknown, reply: NotificationReply) => void
}

/** The request as an adapter has it: the body may still be arriving. */
export interface HandleInput {
  headers: NotificationHeaders
  body: RawBody | Promise<RawBody>
}

export interface HandleContext {
  parse(input: NotificationInput, options: ParseOptions): Promise<NotificationEvent>
  dedupe: DedupeStore
  /** Deliveries being handled, by id: a concurrent duplicate gets the first one's answer. */
  inFlight: Map<string, Promise<NotificationReply>>
}

const logError = (error: unknown, reply: NotificationReply) =>
  console.error(`[wxpay] notification answered ${reply.status}:`, error)

/** Reports the failure, then returns its reply. */
const failWith =
  (report: (error: unknown, reply: NotificationReply) => void) => (error: unknown, reply: NotificationReply) => {
    report(error, reply)
    return reply
  }

export async function handleNotification(
  input: HandleInput,
  handler: NotificationHandler,
  context: HandleContext,
  options: HandleOptions = {},
): Promise<NotificationReply> {
  const report = options.onError ?? logError
  const fail = failWith(report)
  const success = successReply(options.successStatus)
  let event: NotificationEvent
  try {
    const body = await input.body
    event = await context.parse({ headers: input.headers, body }, { maxBodyBytes: options.maxBodyBytes })
  } catch (error) {
    return fail(error, failureReplyFor(error))
  }

  const pending = context.inFlight.get(event.id)
  if (pending) return pending
  const dedupe = options.dedupe === false ? undefined : (options.dedupe ?? context.dedupe)
  const run = async (): Promise<NotificationReply> => {
    if (dedupe?.claim) return runClaimed(event, handler, dedupe, options, report)
    try {
      if (dedupe && (await dedupe.has(event.id))) return success
    } catch (error) {
      return fail(error, failureReply(500, 'dedupe store unavailable'))
    }
    let answer: NotificationReply
    try {
      answer = answerOf(await handler(event), success)
    } catch (error) {
      return fail(error, failureReply(500, 'handler failed'))
    }
    try {
      await dedupe?.set(event.id, options.dedupeTtlSeconds ?? DEFAULT_DEDUPE_TTL_SECONDS)
    } catch (error) {
      // The handler has done its work: answer success so that it is not run again.
      report(error, answer)
    }
    return answer
  }
  const reply = run().finally(() => context.inFlight.delete(event.id))
  context.inFlight.set(event.id, reply)
  return reply
}

/** The shared-store path: one instance of the fleet wins the id, runs the handler, then marks it done. */
async function runClaimed(
  event: NotificationEvent,
  handler: NotificationHandler,
  store: DedupeStore,
  options: HandleOptions,
  report: (error: unknown, reply: NotificationReply) => void,
): Promise<NotificationReply> {
  const fail = failWith(report)
  const success = successReply(options.successStatus)
  let claim: string
  try {
    if (typeof store.complete !== 'function' || typeof store.release !== 'function') {
      throw new TypeError('dedupe: a store with claim() needs complete(id, ttlSeconds) and release(id) too')
    }
    claim = await store.claim!(event.id, options.dedupeLeaseSeconds ?? DEFAULT_DEDUPE_LEASE_SECONDS)
  } catch (error) {
    return fail(error, failureReply(500, 'dedupe store unavailable'))
  }
  if (claim === 'done' || (claim === 'busy' && options.whenBusy === 'success')) return success
  if (claim !== 'claimed') {
    const busy = new Error(
      `notification ${event.id} is being handled by another instance: answered 503, WeChat Pay retries`,
    )
    return fail(busy, failureReply(503, 'being handled by another instance; retry later'))
  }
  let answer: NotificationReply
  try {
    answer = answerOf(await handler(event), success)
  } catch (error) {
    const reply = fail(error, failureReply(500, 'handler failed'))
    // Released, the next retry runs the handler again; should this fail, the claim lapses after its lease.
    await Promise.resolve()
      .then(() => store.release!(event.id))
      .catch((releaseError) => report(releaseError, reply))
    return reply
  }
  try {
    await store.complete(event.id, options.dedupeTtlSeconds ?? DEFAULT_DEDUPE_TTL_SECONDS)
  } catch (error) {
    // The handler has done its work: answer success so that WeChat Pay does not send it again.
    report(error, answer)
  }
  return answer
}

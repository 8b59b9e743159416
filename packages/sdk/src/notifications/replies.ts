// The answers WeChat Pay expects (spec §1.8): 200 {"code":"SUCCESS"} or 204 for success; a 4xx/5xx with
// {"code":"FAIL","message":…} otherwise, after which WeChat Pay retries. A notification that does not
// verify is never answered with a 2xx. ENTRUST.TERMINATE_INQUIRY is a question, answered 200 with a code.
import { DecryptionError, NotificationFormatError, SignatureVerificationError } from '../errors.js'

export interface NotificationReply {
  status: number
  headers: Record<string, string>
  /** Empty for 204. */
  body: string
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' }
// WeChat Pay bounds the reply's message to 64 characters (spec §1.7).
const MAX_MESSAGE = 64

/** The success answer: 200 `{"code":"SUCCESS"}` (default) or 204 without a body. */
export function successReply(status: 200 | 204 = 200): NotificationReply {
  if (status === 204) return { status: 204, headers: {}, body: '' }
  if (status !== 200) throw new RangeError('successReply(status): WeChat Pay takes 200 or 204 as success')
  return { status: 200, headers: { ...JSON_HEADERS }, body: '{"code":"SUCCESS"}' }
}

/** What a merchant answers to an `ENTRUST.TERMINATE_INQUIRY`: the documented form of the reply body. */
export interface TerminateInquiryAnswer {
  /** `SUCCESS` or `FAIL`; the sources do not say which of them lets the user terminate. */
  code: 'SUCCESS' | 'FAIL'
  /** Free text beside the code; cut to 64 characters. */
  message?: string
}

/**
 * The answer to `ENTRUST.TERMINATE_INQUIRY` (HarmonyOS papay: while a user terminates a contract,
 * WeChat Pay asks the merchant whether it may be terminated): HTTP 200 with `{"code":…}` and, when
 * given, `"message"`. Send it within 5 seconds. The sources document this form only (wechatpay.im
 * webhook/v3/ENTRUST.TERMINATE_INQUIRY.md: code `SUCCESS` or `FAIL`, message; the official page
 * https://pay.weixin.qq.com/doc/v3/merchant/4012978455, spec §6.5, of which only the beginning was
 * available). They do not say which code allows the termination, nor whether the answer carries
 * more: confirm that with WeChat Pay before relying on it. Always 200: a 4xx or 5xx is a failed
 * delivery, which WeChat Pay retries (spec §1.8), not an answer.
 */
export function terminateInquiryReply(answer: TerminateInquiryAnswer): NotificationReply {
  const reply = inquiryReply(answer)
  handlerAnswers.add(reply)
  return reply
}

/**
 * Replies a handler may return to answer in its own words (the inquiry's decision). Only replies made
 * by our builders count: an object a handler happens to return (a database row with a `status`) does not.
 */
const handlerAnswers = new WeakSet<NotificationReply>()

/** The reply a handler returned, if it is one of ours; else the usual success. */
export const answerOf = (returned: unknown, success: NotificationReply): NotificationReply =>
  typeof returned === 'object' && returned !== null && handlerAnswers.has(returned as NotificationReply)
    ? (returned as NotificationReply)
    : success

function inquiryReply(answer: TerminateInquiryAnswer): NotificationReply {
  if (answer.code !== 'SUCCESS' && answer.code !== 'FAIL') {
    throw new RangeError('terminateInquiryReply({ code }): the documented codes are SUCCESS and FAIL')
  }
  const body =
    answer.message === undefined
      ? { code: answer.code }
      : { code: answer.code, message: answer.message.slice(0, MAX_MESSAGE) }
  return { status: 200, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) }
}

/** The failure answer: a 4xx or 5xx with `{"code":"FAIL","message":…}`; WeChat Pay will retry. */
export function failureReply(status: number, message: string): NotificationReply {
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    throw new RangeError(`failureReply(status): ${status} is not a 4xx or 5xx; WeChat Pay reads a 2xx as success`)
  }
  return {
    status,
    headers: { ...JSON_HEADERS },
    body: JSON.stringify({ code: 'FAIL', message: message.slice(0, MAX_MESSAGE) }),
  }
}

/**
 * The failure answer for an error thrown while parsing: 4xx for a notification that does not verify,
 * decrypt or parse; 5xx for anything else (configuration, a body the code could not read), so that
 * WeChat Pay retries once it is fixed. The message is generic: the details stay in the log.
 */
export function failureReplyFor(error: unknown): NotificationReply {
  if (error instanceof SignatureVerificationError) return failureReply(401, 'signature verification failed')
  if (error instanceof NotificationFormatError) {
    return error.reason === 'body-too-large'
      ? failureReply(413, 'body too large')
      : failureReply(400, 'not a valid notification')
  }
  if (error instanceof DecryptionError) return failureReply(400, 'resource decryption failed')
  return failureReply(500, 'notification not processed')
}

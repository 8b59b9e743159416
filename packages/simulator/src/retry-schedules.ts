// How long WeChat Pay keeps resending a notification nobody acknowledged, per product (spec §1.8):
// the generic APIv3 schedule; ENTRUST.* "all notification frequencies (4 hours)"; combine-papay's
// ECOMMERCE_ENTRUST.* 0/10/10/10/30/30/30 s then 300 s × 23. Each list holds the waits between
// attempts, in seconds.
import { RETRY_SCHEDULE_SECONDS } from './notifier.js'

const FOUR_HOURS = 4 * 3600

/**
 * ENTRUST.*: the page gives only the total, 4 hours (spec §1.8). The simulator takes the generic
 * schedule's steps while they stay within it (inferred): 10 retries over 3 h 4 min.
 */
export const ENTRUST_RETRY_SECONDS: readonly number[] = RETRY_SCHEDULE_SECONDS.filter(
  (_, index) => RETRY_SCHEDULE_SECONDS.slice(0, index + 1).reduce((sum, wait) => sum + wait, 0) <= FOUR_HOURS,
)

/** ECOMMERCE_ENTRUST.* (combine-papay): 29 retries over about 2 hours. */
export const COMBINE_PAPAY_RETRY_SECONDS: readonly number[] = [10, 10, 10, 30, 30, 30, ...Array(23).fill(300)]

/** The waits between attempts of a notification of this event type. */
export function retryScheduleOf(eventType: string): readonly number[] {
  if (eventType.startsWith('ENTRUST.')) return ENTRUST_RETRY_SECONDS
  if (eventType.startsWith('ECOMMERCE_ENTRUST.')) return COMBINE_PAPAY_RETRY_SECONDS
  return RETRY_SCHEDULE_SECONDS
}

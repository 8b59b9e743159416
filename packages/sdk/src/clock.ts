// Time, injectable: every signature timestamp, five-minute check, certificate validity and cache
// expiry reads this clock, so that tests are exact without sleeping.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /**
   * Waits `ms` (between retries), rejecting with the signal's reason when it aborts first. Default: a
   * timer. A test clock may advance itself and resolve at once.
   */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = { now: () => Date.now() }

/** Unix seconds, as WeChat Pay's timestamps count. */
export const unixSeconds = (clock: Clock): number => Math.floor(clock.now() / 1000)

/** RFC 3339 in Beijing time, as WeChat Pay writes it. */
export function beijingTime(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

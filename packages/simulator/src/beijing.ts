// Beijing time (UTC+8, no daylight saving), in which WeChat Pay states every window: the calendar
// day of an instant, the instant a Beijing wall-clock time falls on, and whether an instant lies in
// a daily [from, to) window. Dates are `YYYY-MM-DD` strings, instants epoch milliseconds.

const OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** The Beijing calendar date of an instant, `YYYY-MM-DD`. */
export const beijingDate = (ms: number): string => new Date(ms + OFFSET_MS).toISOString().slice(0, 10)

/** The Beijing wall-clock time of an instant, `HH:MM:SS`. */
export const beijingClock = (ms: number): string => new Date(ms + OFFSET_MS).toISOString().slice(11, 19)

/** The instant a Beijing date and wall-clock time (`HH:MM`, `HH:MM:SS`, default midnight) fall on. */
export const beijingInstant = (date: string, time = '00:00'): number => Date.parse(`${date}T${time}+08:00`)

/** A date `days` calendar days after (or before, when negative) another. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)

/** A daily window of Beijing wall-clock times, from inclusive to exclusive, e.g. ['08:00', '19:30']. */
export type DailyWindow = readonly [from: string, to: string]

/** Whether an instant falls inside the daily window on its Beijing day. */
export function inDailyWindow(ms: number, [from, to]: DailyWindow): boolean {
  const day = beijingDate(ms)
  return ms >= beijingInstant(day, from) && ms < beijingInstant(day, to)
}

/** `[08:00, 19:30)`, as the refusals write a window. */
export const describeWindow = ([from, to]: DailyWindow): string => `[${from}, ${to}) Beijing time`

// What each part of the fault suite measured, for docs/reliability.md: `npm run reliability` runs the
// suite with WXPAY_FAULT_FIGURES naming a file, and each test appends its figures to it as one JSON
// line. The seeds: fixed, or FAULT_SEED for another run.
import { appendFileSync } from 'node:fs'

/** The seed of a generated part: FAULT_SEED when set, else the part's own fixed one. */
export function seedFor(fixed: number): number {
  const given = process.env.FAULT_SEED
  if (given === undefined) return fixed
  const seed = Number(given)
  if (!Number.isSafeInteger(seed)) throw new RangeError(`FAULT_SEED=${given} is not a whole number`)
  return seed
}

/** Appends `figures` for `part` to the figures file, if one is named. */
export function record(part: string, figures: Record<string, unknown>): void {
  const file = process.env.WXPAY_FAULT_FIGURES
  if (file) appendFileSync(file, `${JSON.stringify({ part, ...figures })}\n`)
}

export const MIB = 1024 * 1024

/** Milliseconds since `start`, to one decimal. */
export const elapsed = (start: number) => Math.round((performance.now() - start) * 10) / 10

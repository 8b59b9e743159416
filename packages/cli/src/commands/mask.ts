// Personal data as the catalog marks it (spec §6: openids, names, the merchant's user ids), masked
// wherever the commands print a request, a response or a notification.
import { personalFieldNames } from '@wxpay/sdk/protocol'

const PERSONAL = personalFieldNames()

/** Keeps the first character (and the last, for long values): enough to recognise, not to identify. */
export function mask(value: string): string {
  const characters = [...value]
  if (characters.length <= 1) return '*'
  const stars = '*'.repeat(Math.min(characters.length - (characters.length >= 8 ? 2 : 1), 6))
  return characters[0] + stars + (characters.length >= 8 ? characters[characters.length - 1] : '')
}

/** A copy of `value` with every personal field's string masked, at any depth. */
export function maskPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonal)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      PERSONAL.has(key) && typeof inner === 'string' ? mask(inner) : maskPersonal(inner),
    ]),
  )
}

// The parsed notification: the envelope (spec §1.8) with its resource decrypted, typed by event_type
// from the catalog.
import { type EventResource, type EventType, events } from '../catalog/events.js'

interface Envelope<E extends string, R> {
  /** The notification id; the same id on every retry of one notification. */
  id: string
  /** RFC 3339 (a compact `YYYYMMDDHHmmss` is rewritten as Beijing time). */
  create_time: string
  event_type: E
  resource_type: string
  summary: string
  /** The decrypted resource. */
  resource: R
}

/** An event of this family: `resource` typed by `event_type`. */
export type KnownNotificationEvent = { [E in EventType]: Envelope<E, EventResource<E>> }[EventType]

/** An event type this SDK does not know: `resource` is the decrypted object, untyped. */
export type UnknownNotificationEvent = Envelope<string, Record<string, unknown>>

/**
 * What `parse` returns. Narrow with `isKnownEvent` before switching on `event_type`: an open
 * fallback in a union keeps TypeScript from narrowing by a string literal.
 */
export type NotificationEvent = KnownNotificationEvent | UnknownNotificationEvent

/** The event of one type, e.g. `NotificationOf<'ENTRUST.SIGN'>`. */
export type NotificationOf<E extends EventType> = Extract<KnownNotificationEvent, { event_type: E }>

/** Whether the event is one this SDK types; narrows `NotificationEvent` to the typed union. */
export const isKnownEvent = (event: NotificationEvent): event is KnownNotificationEvent =>
  Object.hasOwn(events, event.event_type)

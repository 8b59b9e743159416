// `@wxpay/sdk/testing`: builds a notification exactly as WeChat Pay sends it — the envelope with the
// resource encrypted by AEAD_AES_256_GCM under the merchant's APIv3 key, and the Wechatpay-* headers
// signed by a platform key — so that a merchant can unit-test a webhook with keys of their own.
// The simulator's notifier sends these too.
import { createPrivateKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto'
import { events } from '../catalog/events.js'
import { beijingTime } from '../clock.js'
import { encryptAesGcm, wechatpaySignatureHeaders } from '../crypto/node-sync.js'

export { beijingTime }

export interface TestNotificationEvent {
  event_type: string
  resource: object
  /** Defaults to the summary WeChat Pay uses for the event type. */
  summary?: string
  /** `resource.original_type`; defaults per event type; `null` leaves it out, as the papay examples do. */
  original_type?: string | null
  /** `resource.associated_data`; empty by default, as in the papay examples. */
  associated_data?: string
  id?: string
  create_time?: string
}

export interface TestNotificationKeys {
  /** The platform private key (the WeChat Pay side's); PEM or KeyObject. */
  privateKey: string | KeyObject
  /** The id of the key that signs: `PUB_KEY_ID_…` or a platform certificate serial. */
  serial: string
  /** The merchant's APIv3 key (32 bytes). */
  apiV3Key: string | Buffer
  /** Seconds; defaults to now. */
  timestamp?: number
  /** Replaces the signature, e.g. with a `WECHATPAY/SIGNTEST/` probe. */
  signature?: string
}

export interface TestNotification {
  headers: Record<string, string>
  body: string
}

export function createTestNotification(event: TestNotificationEvent, keys: TestNotificationKeys): TestNotification {
  const known = events[event.event_type as keyof typeof events]
  const timestamp = keys.timestamp ?? Math.floor(Date.now() / 1000)
  const apiV3Key = Buffer.isBuffer(keys.apiV3Key) ? keys.apiV3Key : Buffer.from(keys.apiV3Key, 'utf8')
  if (apiV3Key.length !== 32) {
    throw new RangeError(
      `createTestNotification: apiV3Key must be exactly 32 bytes, like the merchant's APIv3 key; this one is ${apiV3Key.length}`,
    )
  }
  const encrypted = encryptAesGcm(JSON.stringify(event.resource), apiV3Key, event.associated_data ?? '')
  const originalType = event.original_type === undefined ? known?.originalType : event.original_type
  const envelope = {
    id: event.id ?? randomUUID(),
    create_time: event.create_time ?? beijingTime(timestamp * 1000),
    resource_type: 'encrypt-resource',
    event_type: event.event_type,
    summary: event.summary ?? known?.summary ?? event.event_type,
    resource: {
      original_type: originalType ?? undefined,
      algorithm: encrypted.algorithm,
      ciphertext: encrypted.ciphertext,
      associated_data: encrypted.associated_data,
      nonce: encrypted.nonce,
    },
  }
  return { headers: signNotification(JSON.stringify(envelope), keys), body: JSON.stringify(envelope) }
}

/** The Wechatpay-* headers of a notification body, signed now (or at `keys.timestamp`). */
export function signNotification(body: string, keys: Omit<TestNotificationKeys, 'apiV3Key'>): Record<string, string> {
  const key = typeof keys.privateKey === 'string' ? createPrivateKey(keys.privateKey) : keys.privateKey
  const timestamp = keys.timestamp ?? Math.floor(Date.now() / 1000)
  return {
    ...wechatpaySignatureHeaders(
      Buffer.from(body),
      { privateKey: key, serial: keys.serial },
      timestamp,
      keys.signature,
    ),
    'Request-ID': `08${randomBytes(12).toString('hex').toUpperCase()}`,
    'Content-Type': 'application/json',
  }
}

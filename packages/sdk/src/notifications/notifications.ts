// `wxpay.notifications`: parse one notification, or handle it end to end (verify, deduplicate, run
// the handler, answer). Verification goes through the same verifySignature as responses, unless the
// client passes its own verifier (e.g. one that refreshes the trust store on an unknown serial).
import type { ResolvedConfig } from '../config.js'
import { verifySignature } from '../crypto/signature.js'
import { type DedupeStore, memoryDedupe } from './dedupe.js'
import type { NotificationEvent } from './event.js'
import { type HandleInput, type HandleOptions, handleNotification, type NotificationHandler } from './handle.js'
import { type NotificationInput, type NotificationVerifier, type ParseOptions, parseNotification } from './parse.js'
import type { NotificationReply } from './replies.js'

type NotificationsConfig = Pick<ResolvedConfig, 'apiV3Key' | 'clock' | 'store'>

export class Notifications {
  readonly #config: NotificationsConfig
  readonly #verify: NotificationVerifier
  readonly #dedupe: DedupeStore
  readonly #inFlight = new Map<string, Promise<NotificationReply>>()

  constructor(config: NotificationsConfig, verify?: NotificationVerifier) {
    this.#config = config
    this.#verify =
      verify ??
      ((headers, body) =>
        verifySignature(headers, body, config.store, {
          subject: 'notification',
          nowSeconds: Math.floor(config.clock.now() / 1000),
        }))
    this.#dedupe = memoryDedupe({ clock: config.clock })
  }

  /**
   * Verifies a notification from its raw bytes and decrypts it. `body` must be the bytes as received
   * (string, Buffer or Uint8Array), never a parsed object. Throws `SignatureVerificationError`
   * (`NotificationProbeError` for a WECHATPAY/SIGNTEST/ probe), `NotificationFormatError` or
   * `DecryptionError`; answer those with a 4xx.
   */
  parse(input: NotificationInput, options: ParseOptions = {}): Promise<NotificationEvent> {
    return parseNotification(input, { ...options, verify: this.#verify, apiV3Key: this.#config.apiV3Key })
  }

  /**
   * Parses, skips an id already handled, runs `handler`, and returns the reply to send: success once
   * the handler resolved, a 4xx for a notification that does not verify, a 5xx if the handler threw.
   * Never rejects for a bad notification. The framework adapters are built on this.
   */
  handle(input: HandleInput, handler: NotificationHandler, options: HandleOptions = {}): Promise<NotificationReply> {
    return handleNotification(
      input,
      handler,
      {
        parse: (parsed, parseOptions) => this.parse(parsed, parseOptions),
        dedupe: this.#dedupe,
        inFlight: this.#inFlight,
      },
      options,
    )
  }
}

/** What the adapters need of a client: a `WechatPay` instance. */
export interface NotificationsHost {
  readonly notifications: Notifications
}

// `wxpay.notifications`: parse one notification, or handle it end to end (verify, deduplicate, run
// the handler, answer). Verification is the client's Verifier, the one its responses go through, so a
// notification signed by a new platform certificate is followed as a response would be.
import type { ResolvedConfig } from '../config.js'
import type { Crypto } from '../crypto/types.js'
import { runtime } from '../runtime/current.js'
import { storeVerifier, type Verifier } from '../verification.js'
import { type DedupeStore, memoryDedupe } from './dedupe.js'
import type { NotificationEvent } from './event.js'
import { type HandleInput, type HandleOptions, handleNotification, type NotificationHandler } from './handle.js'
import { type NotificationInput, type ParseOptions, parseNotification } from './parse.js'
import type { NotificationReply } from './replies.js'

/** `crypto` defaults to this runtime's (node:crypto on Node, WebCrypto elsewhere). */
type NotificationsConfig = Pick<ResolvedConfig, 'apiV3Key' | 'clock' | 'store'> & { crypto?: Crypto }

export class Notifications {
  readonly #config: NotificationsConfig
  readonly #crypto: Crypto
  readonly #verifier: Verifier
  readonly #dedupe: DedupeStore
  readonly #inFlight = new Map<string, Promise<NotificationReply>>()

  constructor(config: NotificationsConfig, verifier?: Verifier) {
    this.#config = config
    this.#crypto = config.crypto ?? runtime.crypto.default
    this.#verifier = verifier ?? storeVerifier(config.store, config.clock, this.#crypto)
    this.#dedupe = memoryDedupe({ clock: config.clock })
  }

  /**
   * Verifies a notification from its raw bytes and decrypts it. `body` must be the bytes as received
   * (string, Buffer or Uint8Array), never a parsed object. Throws `SignatureVerificationError`
   * (`NotificationProbeError` for a WECHATPAY/SIGNTEST/ probe), `NotificationFormatError` or
   * `DecryptionError`; answer those with a 4xx.
   */
  parse(input: NotificationInput, options: ParseOptions = {}): Promise<NotificationEvent> {
    return parseNotification(input, {
      ...options,
      verifier: this.#verifier,
      apiV3Key: this.#config.apiV3Key,
      crypto: this.#crypto,
    })
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

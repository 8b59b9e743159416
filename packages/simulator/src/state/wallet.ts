// The simulated users' wallets: a deduction succeeds unless a test said otherwise, either for the
// next deduction of one contract or for every deduction of one user (openid), with a named reason
// that the TRANSACTION.FAIL notification reports. The reason names are the simulator's: no source
// lists papay failure reasons for APIv3 (spec §6.3, §10); NOTENOUGH is APIv2's balance code.

export const FAILURE_REASONS = {
  NOTENOUGH: '用户账户余额不足 (insufficient balance)',
  ACCOUNT_FROZEN: '用户账户已冻结 (the account is frozen)',
  EXCEED_LIMIT: '超出用户支付限额 (over the user’s payment limit)',
  PAYMENT_METHOD_INVALID: '用户支付方式不可用 (no usable payment method)',
} as const

export type FailureReason = keyof typeof FAILURE_REASONS

export function isFailureReason(reason: unknown): reason is FailureReason {
  return typeof reason === 'string' && Object.hasOwn(FAILURE_REASONS, reason)
}

/** The reason as text, or a RangeError naming the reasons there are. */
export function checkReason(reason: unknown): FailureReason {
  if (isFailureReason(reason)) return reason
  throw new RangeError(
    `unknown failure reason ${JSON.stringify(reason)}: use ${Object.keys(FAILURE_REASONS).join(', ')}`,
  )
}

export interface WalletOptions {
  /** Every deduction of these users fails, with the reason given: `{ [openid]: 'NOTENOUGH' }`. */
  failingUsers?: Record<string, FailureReason>
}

/** The wallet's switches as a saved state holds them. */
export interface WalletState {
  /** The reasons the next deductions of each contract fail, first first. */
  failNext: Record<string, FailureReason[]>
  failingUsers: Record<string, FailureReason>
}

export class Wallet {
  /** Reasons the next deductions of a contract fail, first first. */
  readonly #nextByContract = new Map<string, FailureReason[]>()
  readonly #byUser = new Map<string, FailureReason>()

  constructor(options: WalletOptions = {}) {
    for (const [openid, reason] of Object.entries(options.failingUsers ?? {})) this.failUser(openid, reason)
  }

  /** The next deduction of the contract fails (each call queues one more failure). */
  failNext(contractId: string, reason: FailureReason = 'NOTENOUGH'): void {
    const queue = this.#nextByContract.get(contractId) ?? []
    queue.push(checkReason(reason))
    this.#nextByContract.set(contractId, queue)
  }

  /** Every deduction of the user fails with `reason`, or succeeds again when `reason` is undefined. */
  failUser(openid: string, reason: FailureReason | undefined): void {
    if (reason === undefined) this.#byUser.delete(openid)
    else this.#byUser.set(openid, checkReason(reason))
  }

  /** The switches set: failures queued by contract, and failing users. */
  snapshot(): WalletState {
    return {
      failNext: Object.fromEntries([...this.#nextByContract].map(([id, reasons]) => [id, [...reasons]])),
      failingUsers: Object.fromEntries(this.#byUser),
    }
  }

  /** Takes back what `snapshot` gave. */
  restore(state: WalletState): void {
    for (const [contractId, reasons] of Object.entries(state.failNext)) {
      for (const reason of reasons) this.failNext(contractId, reason)
    }
    for (const [openid, reason] of Object.entries(state.failingUsers)) this.failUser(openid, reason)
  }

  /** Charges one deduction: undefined when it succeeds, else why it failed. */
  charge(contractId: string, openid: string): FailureReason | undefined {
    const queue = this.#nextByContract.get(contractId)
    const next = queue?.shift()
    if (queue?.length === 0) this.#nextByContract.delete(contractId)
    return next ?? this.#byUser.get(openid)
  }
}

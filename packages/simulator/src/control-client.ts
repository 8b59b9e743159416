// A client of the simulator's control API over HTTP, for a simulator in another process (`wxpay
// simulator`): the simulated user, the wallet and the clock, each one request. The API is plain
// JSON, so the same calls work from any language; this is the TypeScript spelling of them.

export interface ClockState {
  /** RFC 3339, Beijing time. */
  now: string
  now_ms: number
}

export class SimulatorControl {
  constructor(readonly url: string) {}

  async #call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = await response.json()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${answer.code}: ${answer.message}`)
    return answer
  }

  /** The simulator's business time. */
  clock(): Promise<ClockState> {
    return this.#call('GET', '/simulator/clock')
  }

  /** Moves time forward by `ms`; resolves once everything due meanwhile ran and was delivered. */
  advance(ms: number): Promise<ClockState> {
    return this.#call('POST', '/simulator/clock', { advance_ms: ms })
  }

  /** Moves time forward to `time` (RFC 3339, or a Date). */
  setClock(time: string | Date): Promise<ClockState> {
    return this.#call('POST', '/simulator/clock', { now: typeof time === 'string' ? time : time.toISOString() })
  }

  /** The simulated user agrees to a pre-sign (by pre_entrustweb_id or out_contract_code); the contract. */
  agree(id: string): Promise<Record<string, any>> {
    return this.#call('POST', `/simulator/sessions/${encodeURIComponent(id)}/agree`)
  }

  decline(id: string): Promise<Record<string, any>> {
    return this.#call('POST', `/simulator/sessions/${encodeURIComponent(id)}/decline`)
  }

  /** The simulated user terminates the contract in WeChat (USER_TERMINATE). */
  terminate(contractId: string): Promise<Record<string, any>> {
    return this.#call('POST', `/simulator/contracts/${encodeURIComponent(contractId)}/terminate`)
  }

  /** The next deduction of the contract fails with `reason`. */
  failNextDeduction(contractId: string, reason = 'NOTENOUGH'): Promise<unknown> {
    return this.#call('POST', '/simulator/wallet', { contract_id: contractId, reason })
  }

  /** Every deduction of the user fails with `reason`, or succeeds again with null. */
  failDeductionsOf(openid: string, reason: string | null): Promise<unknown> {
    return this.#call('POST', '/simulator/wallet', { openid, reason })
  }
}

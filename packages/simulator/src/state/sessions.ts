// Pre-sign sessions: what a pre-sign call opened and the simulated user has not finished. Found by
// pre_entrustweb_id, by out_contract_code and by the merchant's code key, each through an index.
import { randomBytes } from 'node:crypto'
import type { ContractFamily, EndpointDefinition } from '@wxpay/sdk/protocol'
import { codeKey } from './contracts.js'

export type SessionState = 'pending' | 'agreed' | 'declined' | 'expired'

export interface Session {
  pre_entrustweb_id: string
  endpoint: EndpointDefinition
  family: ContractFamily
  mchid: string
  /** The request body, encrypted fields decrypted. Kept in memory only. */
  request: Record<string, any>
  createdAt: number
  expiresAt: number
  state: SessionState
  contract_id?: string
}

export const newSessionId = () => randomBytes(15).toString('base64url').replace(/[-_]/g, 'x')

export class Sessions {
  readonly #byId = new Map<string, Session>()
  /** The latest session of each out_contract_code, whichever merchant opened it. */
  readonly #latestByCode = new Map<string, Session>()
  /** The latest session of each merchant code key (mchid, sub_mchid, code). */
  readonly #latestByKey = new Map<string, Session>()

  constructor(readonly now: () => number) {}

  add(session: Session): void {
    this.#byId.set(session.pre_entrustweb_id, session)
    this.#latestByCode.set(session.request.out_contract_code, session)
    this.#latestByKey.set(keyOf(session), session)
  }

  /** The session by pre_entrustweb_id, else the latest one for that out_contract_code. */
  find(id: string): Session | undefined {
    return this.#byId.get(id) ?? this.#latestByCode.get(id)
  }

  byId(id: string): Session | undefined {
    return this.#byId.get(id)
  }

  /** The pending session for a merchant's code key, if one is still live. */
  live(key: string): Session | undefined {
    const session = this.#latestByKey.get(key)
    return session && this.refresh(session).state === 'pending' ? session : undefined
  }

  all(): Session[] {
    return [...this.#byId.values()].map((session) => this.refresh(session))
  }

  /** Marks a pending session expired once its time is up. */
  refresh(session: Session): Session {
    if (session.state === 'pending' && this.now() >= session.expiresAt) session.state = 'expired'
    return session
  }
}

const keyOf = (session: Session) =>
  codeKey(session.family, session.mchid, session.request.sub_mchid, session.request.out_contract_code)

/** The pre-sign request's plan (template) or password-exempt service id. */
export const templateOf = (session: Session): number =>
  Number(session.family === 'password-exempt' ? session.request.service_id : session.request.plan_id)

// Pre-sign sessions: what a pre-sign call opened and the simulated user has not finished. Found by
// pre_entrustweb_id, by out_contract_code and by the merchant's code key, each through an index.
// A session is dropped `retentionMs` after it expires (a few at each new session, in expiry order:
// constant time); how it ended stays known by id and code, for a bounded number of the latest.
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

/** How long a session is kept after it expires, by default: one hour. */
export const SESSION_RETENTION_MS = 3_600_000
/** How many dropped sessions' ends are remembered (by id and by code); the oldest are forgotten first. */
export const ENDED_SESSIONS_KEPT = 100_000
/** Sessions dropped at each new one at most: a few, so that each pre-sign does constant work. */
const DROPPED_PER_ADD = 4

/** What is left of a dropped session: enough to say how it ended. */
export interface EndedSession {
  pre_entrustweb_id: string
  state: SessionState
}

/** The sessions as a saved state holds them: in creation order, each endpoint by its key. */
export interface SessionsState {
  sessions: (Omit<Session, 'endpoint'> & { endpoint: string })[]
  /** How dropped sessions ended, by pre_entrustweb_id and by out_contract_code, oldest first. */
  ended: [string, EndedSession][]
}

export class Sessions {
  readonly #byId = new Map<string, Session>()
  /** Sessions by lifetime, each in creation order, which is also their order of expiry. */
  readonly #byLifetime = new Map<number, Map<string, Session>>()
  /** Dropped sessions by id and by code, oldest first. */
  readonly #ended = new Map<string, EndedSession>()
  /** The latest session of each out_contract_code, whichever merchant opened it. */
  readonly #latestByCode = new Map<string, Session>()
  /** The latest session of each merchant code key (mchid, sub_mchid, code). */
  readonly #latestByKey = new Map<string, Session>()

  constructor(
    readonly now: () => number,
    readonly retentionMs = SESSION_RETENTION_MS,
  ) {}

  add(session: Session): void {
    this.#drop(DROPPED_PER_ADD)
    this.#byId.set(session.pre_entrustweb_id, session)
    this.#latestByCode.set(session.request.out_contract_code, session)
    this.#latestByKey.set(keyOf(session), session)
    const lifetime = session.expiresAt - session.createdAt
    const queue = this.#byLifetime.get(lifetime) ?? new Map<string, Session>()
    this.#byLifetime.set(lifetime, queue.set(session.pre_entrustweb_id, session))
  }

  /** How a dropped session ended, by pre_entrustweb_id or out_contract_code. */
  ended(id: string): EndedSession | undefined {
    return this.#ended.get(id)
  }

  /** Drops up to `limit` sessions per lifetime whose retention has run out (all of them without a limit). */
  #drop(limit = Number.POSITIVE_INFINITY): void {
    const now = this.now()
    for (const queue of this.#byLifetime.values()) {
      let dropped = 0
      for (const session of queue.values()) {
        if (dropped++ >= limit || now < session.expiresAt + this.retentionMs) break
        queue.delete(session.pre_entrustweb_id)
        this.#forget(session)
      }
    }
  }

  #forget(session: Session): void {
    const code = session.request.out_contract_code
    this.#byId.delete(session.pre_entrustweb_id)
    if (this.#latestByCode.get(code) === session) this.#latestByCode.delete(code)
    if (this.#latestByKey.get(keyOf(session)) === session) this.#latestByKey.delete(keyOf(session))
    const ended = { pre_entrustweb_id: session.pre_entrustweb_id, state: this.refresh(session).state }
    for (const key of [session.pre_entrustweb_id, code]) {
      this.#ended.delete(key) // re-inserted as the newest
      this.#ended.set(key, ended)
    }
    while (this.#ended.size > ENDED_SESSIONS_KEPT) this.#ended.delete(this.#ended.keys().next().value!)
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

  /** The sessions still kept, ended ones included until their retention runs out. */
  all(): Session[] {
    this.#drop()
    return [...this.#byId.values()].map((session) => this.refresh(session))
  }

  /** The kept sessions (in creation order, `request` as `save` gives it) and the ends remembered. */
  snapshot(save: (session: Session) => Record<string, any>): SessionsState {
    const sessions = [...this.#byId.values()]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((session) => ({
        ...session,
        endpoint: `${session.endpoint.method} ${session.endpoint.path}`,
        request: save(session),
      }))
    return { sessions, ended: [...this.#ended] }
  }

  /** Takes back what `snapshot` gave, `endpointOf` finding each endpoint by its key. */
  restore(state: SessionsState, endpointOf: (key: string) => EndpointDefinition): void {
    for (const [key, ended] of state.ended) this.#ended.set(key, ended)
    for (const saved of state.sessions) this.add({ ...saved, endpoint: endpointOf(saved.endpoint) })
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

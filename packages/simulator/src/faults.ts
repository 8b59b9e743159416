// Faults on demand, for testing a merchant's retry and idempotency code: for requests whose path
// matches a pattern (and whose method matches, if one is given), the next `times` answers are a
// 500 SYSTEM_ERROR, a 429 FREQUENCY_LIMITED with Retry-After, a delay, a connection reset before the
// request runs, or a lost answer: the request runs (its state changes stay) and the connection is
// reset instead of answered. Set with `createSimulator({ faults })`, `sim.addFault()` or
// `POST /simulator/faults`; listed by `sim.faults()` and `GET`, cleared by `DELETE`.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { readBody } from './body.js'
import { answer } from './http.js'
import type { PlatformKey } from './keys.js'

export const FAULT_KINDS = ['system-error', 'frequency-limited', 'delay', 'reset', 'lost-answer'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultRule {
  /** The request path, without the query: `*` or `{name}` for one whole segment, a last `**` for any rest. */
  path: string
  /** Only requests of this method (any when absent). */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  kind: FaultKind
  /** How many answers get the fault: 1 to 10,000 (default 1). */
  times?: number
  /** `delay`: real milliseconds before the request runs, 0 to 60,000 (default 1,000). */
  delayMs?: number
  /** `frequency-limited`: the Retry-After seconds, 0 to 3,600 (default 1). */
  retryAfterSeconds?: number
}

/** A fault as set, with how many of its answers are left. Exhausted faults stay listed until cleared. */
export interface Fault extends Required<Omit<FaultRule, 'method' | 'delayMs' | 'retryAfterSeconds'>> {
  id: number
  method?: FaultRule['method']
  delayMs?: number
  retryAfterSeconds?: number
  remaining: number
}

/** At most this many faults are kept; exhausted ones make room first. */
export const MAX_FAULTS = 100
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** A fault rule that cannot be set: what is wrong with which field. */
export class FaultRuleError extends RangeError {}

/** The option names of a rule as the control API spells them (snake_case), for its error messages. */
export const WIRE_NAMES: Record<string, string> = { delayMs: 'delay_ms', retryAfterSeconds: 'retry_after_seconds' }

const whole = (name: string, value: unknown, min: number, max: number, fallback: number): number => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new FaultRuleError(`${name} must be a whole number from ${min} to ${max}`)
  }
  return value as number
}

/** The rule checked and completed with its defaults; a FaultRuleError says what is wrong (fields named by `names`). */
export function checkFaultRule(rule: FaultRule, names: Record<string, string> = {}): Omit<Fault, 'id' | 'remaining'> {
  try {
    return completed(rule)
  } catch (error) {
    if (!(error instanceof FaultRuleError)) throw error
    throw new FaultRuleError(error.message.replace(/delayMs|retryAfterSeconds/g, (name) => names[name] ?? name))
  }
}

function completed(rule: FaultRule): Omit<Fault, 'id' | 'remaining'> {
  if (rule === null || typeof rule !== 'object') throw new FaultRuleError('a fault is an object')
  const { path, method, kind } = rule
  if (typeof path !== 'string' || !path.startsWith('/') || path.length > 512) {
    throw new FaultRuleError('path must be a string starting with / (at most 512 characters)')
  }
  const segments = path.split('/')
  const wild = (segment: string) => /[*{}]/.test(segment) && !/^(\*|\{\w+\})$/.test(segment)
  if (segments.some((segment, index) => wild(segment) && !(segment === '**' && index === segments.length - 1))) {
    throw new FaultRuleError('path: * and {name} stand for a whole segment, and ** only for the last')
  }
  if (method !== undefined && !METHODS.includes(method)) {
    throw new FaultRuleError(`method must be one of ${METHODS.join(', ')}`)
  }
  if (!FAULT_KINDS.includes(kind)) throw new FaultRuleError(`kind must be one of ${FAULT_KINDS.join(', ')}`)
  if (rule.delayMs !== undefined && kind !== 'delay') throw new FaultRuleError('delayMs is for kind delay only')
  if (rule.retryAfterSeconds !== undefined && kind !== 'frequency-limited') {
    throw new FaultRuleError('retryAfterSeconds is for kind frequency-limited only')
  }
  return {
    path,
    ...(method ? { method } : {}),
    kind,
    times: whole('times', rule.times, 1, 10_000, 1),
    ...(kind === 'delay' ? { delayMs: whole('delayMs', rule.delayMs, 0, 60_000, 1000) } : {}),
    ...(kind === 'frequency-limited'
      ? { retryAfterSeconds: whole('retryAfterSeconds', rule.retryAfterSeconds, 0, 3600, 1) }
      : {}),
  }
}

/**
 * A path pattern as a RegExp over paths. A wildcard is a whole segment (`[^/]+`) or the rest of the
 * path (a last `**`), so that matching never backtracks: linear in the path, whatever the pattern.
 */
function patternOf(path: string): RegExp {
  const segments = path.split('/').map((segment, index, all) => {
    if (segment === '**' && index === all.length - 1) return '.*'
    if (segment === '*' || /^\{\w+\}$/.test(segment)) return '[^/]+'
    return segment.replace(/[.+?^$()|[\]\\]/g, '\\$&')
  })
  return new RegExp(`^${segments.join('/')}$`)
}

/** The faults as a saved state holds them. */
export interface FaultsState {
  nextId: number
  faults: Fault[]
}

/** The faults set on one simulator, in the order they were set. */
export class Faults {
  #faults: { fault: Fault; pattern: RegExp }[] = []
  #nextId = 1
  #waits = new Set<() => void>()

  constructor(rules: FaultRule[] = []) {
    for (const rule of rules) this.add(rule)
  }

  add(rule: FaultRule, names?: Record<string, string>): Fault {
    const checked = checkFaultRule(rule, names)
    if (this.#faults.length >= MAX_FAULTS) {
      const exhausted = this.#faults.findIndex((entry) => entry.fault.remaining === 0)
      if (exhausted < 0) throw new FaultRuleError(`${MAX_FAULTS} faults are waiting already; clear some first`)
      this.#faults.splice(exhausted, 1)
    }
    const fault: Fault = { id: this.#nextId++, ...checked, remaining: checked.times }
    this.#faults.push({ fault, pattern: patternOf(checked.path) })
    return { ...fault }
  }

  list(): Fault[] {
    return this.#faults.map((entry) => ({ ...entry.fault }))
  }

  snapshot(): FaultsState {
    return { nextId: this.#nextId, faults: this.list() }
  }

  /** Takes back what `snapshot` gave: each fault with the answers it had left. */
  restore(state: FaultsState): void {
    this.#faults = state.faults.map((fault) => ({
      fault: { ...fault },
      pattern: patternOf(checkFaultRule(fault).path),
    }))
    this.#nextId = state.nextId
  }

  /** Removes every fault; returns how many there were. */
  clear(): number {
    const count = this.#faults.length
    this.#faults = []
    return count
  }

  /** The first fault with answers left that matches the request, one of its answers taken. */
  take(method: string, path: string): Fault | undefined {
    for (const { fault, pattern } of this.#faults) {
      if (fault.remaining === 0 || (fault.method && fault.method !== method) || !pattern.test(path)) continue
      fault.remaining--
      return { ...fault }
    }
    return undefined
  }

  /** Resolves after `ms` real milliseconds (true), or at close() (false). */
  wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (elapsed: boolean) => {
        clearTimeout(timer)
        this.#waits.delete(stop)
        resolve(elapsed)
      }
      const stop = () => done(false)
      const timer = setTimeout(() => done(true), ms)
      this.#waits.add(stop)
    })
  }

  /** Ends every delay in progress: those requests are dropped. */
  close(): void {
    for (const stop of [...this.#waits]) stop()
  }
}

/** How one request is served: the APIv3 pipeline to its answer, which the fault may lose. */
export interface FaultedRequest {
  request: IncomingMessage
  response: ServerResponse
  /** Runs the request to its answer; with `body`, from a body read before. */
  run(body?: Promise<Buffer>): Promise<Parameters<typeof answer>[1] | undefined>
  signer: PlatformKey
  nowSeconds: number
}

/** Serves a request with the fault it drew. */
export async function applyFault(faults: Faults, fault: Fault, served: FaultedRequest): Promise<void> {
  const { request, response, signer, nowSeconds } = served
  const reset = () => void (request.socket as Socket).resetAndDestroy()
  const refuse = (status: number, code: string, message: string, headers?: Record<string, string>) => {
    const body = { code, message: `${message} (fault ${fault.id} set on the simulator)` }
    answer(response, { status, body, headers, signer, nowSeconds })
  }
  switch (fault.kind) {
    case 'system-error':
      return refuse(500, 'SYSTEM_ERROR', '系统异常，请稍后重试')
    case 'frequency-limited':
      return refuse(429, 'FREQUENCY_LIMITED', '频率超限，请降低请求频率', {
        'Retry-After': String(fault.retryAfterSeconds),
      })
    case 'reset':
      return reset()
    case 'delay': {
      // Read as it arrives, so that the request runs after the delay even if the client has gone.
      const body = readBody(request)
      body.catch(() => {})
      if (!(await faults.wait(fault.delayMs!))) return reset()
      const reply = await served.run(body)
      if (reply) answer(response, reply)
      return
    }
    case 'lost-answer':
      await served.run() // the request runs to its end; only its answer is lost
      return reset()
  }
}

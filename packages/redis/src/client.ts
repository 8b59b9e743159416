// The one thing the stores need of a Redis client: run a command given as strings. Both libraries
// are recognised by their shape, never imported: ioredis has `call(command, ...args)` and a `status`,
// node-redis (v4 and later) has `sendCommand(args)` and `isOpen`. Every failure, and a command that
// does not answer in time, becomes a RedisUnavailableError that says what to check.

/** An ioredis client (`new Redis(…)` or `new Redis.Cluster(…)`), by the members used here. */
export interface IoRedisLike {
  readonly status: string
  call(command: string, ...args: (string | number)[]): Promise<unknown>
}

/** A connected node-redis client (`await createClient(…).connect()`), by the members used here. */
export interface NodeRedisLike {
  readonly isOpen: boolean
  sendCommand(args: string[]): Promise<unknown>
}

/** The client you pass: connected, with your host, port, TLS and authentication options. */
export type RedisClient = IoRedisLike | NodeRedisLike

export interface RedisStoreOptions {
  /** Prepended to every key: give each merchant its own when several share one Redis. Default `wxpay:`. */
  prefix?: string
  /** A command that has not answered after this many ms fails with RedisUnavailableError. Default 2000. */
  commandTimeoutMs?: number
}

export const DEFAULT_PREFIX = 'wxpay:'
export const DEFAULT_COMMAND_TIMEOUT_MS = 2000

export type RedisFailure = 'timeout' | 'connection' | 'refused'

/** Redis did not do what the store asked: down, unreachable, too slow, or refusing (authentication, ACL). */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError'
  constructor(
    /** `timeout`: no answer in time; `connection`: not connected or the connection broke; `refused`: an error reply. */
    readonly reason: RedisFailure,
    /** The command and key, e.g. `SET wxpay:notification:EV-…`. */
    readonly command: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`${command}: ${detail}. ${FIXES[reason]}`, options)
  }
}

const FIXES: Record<RedisFailure, string> = {
  timeout: 'Check that Redis is running and reachable; raise commandTimeoutMs if it is only slow',
  connection:
    'Check that Redis is running and that the client is connected (node-redis: await client.connect()) ' +
    'with the right host, port and TLS options',
  refused:
    "Check the client's password or ACL user (it needs GET, SET, DEL and EVAL on the prefix's keys) " +
    'and that nothing else writes keys under the prefix',
}

/** Runs one command; rejects with RedisUnavailableError. */
type Run = (args: string[]) => Promise<unknown>

/** The command runner for `client`, recognised by its shape. */
function commandRunner(client: RedisClient, options: RedisStoreOptions = {}): Run {
  const timeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`commandTimeoutMs: ${timeoutMs} is not a positive number of milliseconds`)
  }
  const send = sender(client)
  return (args) => {
    const command = `${args[0]} ${args[0] === 'EVAL' ? args[3] : args[1]}`
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new RedisUnavailableError('timeout', command, `no answer from Redis within ${timeoutMs} ms`))
      }, timeoutMs)
      timer.unref()
      Promise.resolve()
        .then(() => send(args))
        .then(resolve, (error: unknown) => reject(unavailable(command, error)))
        .finally(() => clearTimeout(timer))
    })
  }
}

function sender(client: RedisClient): (args: string[]) => Promise<unknown> {
  const shape = client as Partial<IoRedisLike & NodeRedisLike> | null
  if (typeof shape?.call === 'function' && typeof shape.status === 'string') {
    return ([command, ...args]) => (client as IoRedisLike).call(command, ...args)
  }
  if (typeof shape?.sendCommand === 'function' && typeof shape.isOpen === 'boolean') {
    return (args) => (client as NodeRedisLike).sendCommand(args)
  }
  throw new TypeError(
    '@wxpay/redis: pass a Redis client: an ioredis client (new Redis(url)) or a connected node-redis client ' +
      '(await createClient({ url }).connect())',
  )
}

function unavailable(command: string, error: unknown): RedisUnavailableError {
  const message = (error as Error)?.message ?? String(error)
  // An error reply: ioredis's ReplyError, node-redis's ErrorReply (SimpleError, BlobError), which are
  // named by their class only. Anything else is about the connection.
  const kind = `${(error as Error)?.name} ${(error as Error)?.constructor?.name}`
  const refused = /ReplyError|ErrorReply|SimpleError|BlobError/.test(kind)
  return new RedisUnavailableError(
    refused ? 'refused' : 'connection',
    command,
    refused ? `Redis answered ${message}` : `Redis is unreachable (${message})`,
    { cause: error },
  )
}

/** A reply as text: node-redis may hand back a Buffer under a type mapping. */
function text(reply: unknown): string | undefined {
  if (reply === null || reply === undefined) return undefined
  return Buffer.isBuffer(reply) ? reply.toString('utf8') : String(reply)
}

/** Deletes `key` only while it still holds `token`: a claim or lock that lapsed and was taken is not ours. */
const COMPARE_AND_DELETE =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"

/** The few commands the stores use, on `client`, with the prefix. */
export function redisCommands(client: RedisClient, options: RedisStoreOptions = {}) {
  const run = commandRunner(client, options)
  const seconds = (ttlSeconds: number) => String(Math.max(1, Math.ceil(ttlSeconds)))
  return {
    prefix: options.prefix ?? DEFAULT_PREFIX,
    get: async (key: string) => text(await run(['GET', key])),
    set: async (key: string, value: string, ttlSeconds: number) => {
      await run(['SET', key, value, 'EX', seconds(ttlSeconds)])
    },
    /** `SET key token NX PX ms`: true when the key was free and is now `token`'s. */
    setIfFree: async (key: string, token: string, ttlSeconds: number) =>
      text(await run(['SET', key, token, 'NX', 'PX', String(Math.max(1, Math.ceil(ttlSeconds * 1000)))])) === 'OK',
    deleteIfOwned: async (key: string, token: string) => {
      await run(['EVAL', COMPARE_AND_DELETE, '1', key, token])
    },
  }
}

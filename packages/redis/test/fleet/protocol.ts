// The messages between fleet.test.ts and its worker processes.

export interface WorkerSetup {
  index: number
  flavour: string
  redisUrl: string
  prefix: string
  simulatorUrl: string
  merchant: { mchid: string; serial: string; privateKey: string; apiV3Key: string }
  /** The simulator's clock when the worker starts. */
  now: number
  logFile: string
}

export type ToWorker =
  | { type: 'setup'; setup: WorkerSetup }
  /** Hold the handler of the event with this out_contract_code until released. */
  | { type: 'hold'; code: string }
  | { type: 'release'; code: string }
  /** Answer `redis-ready` once the Redis client is connected (again). */
  | { type: 'await-redis' }

export type FromWorker =
  | { type: 'ready'; port: number }
  | { type: 'holding'; id: string; code: string }
  | { type: 'answered'; id: string; status: number; worker: number }
  | { type: 'reply-error'; status: number; name?: string; reason?: string; message?: string }
  | { type: 'client-error'; message: string }
  | { type: 'redis-ready' }

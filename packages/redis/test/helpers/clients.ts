// Connected clients of both libraries, as a merchant would configure them for a webhook: commands
// fail at once while the connection is down (no offline queue), and the client reconnects by itself.
import { once } from 'node:events'
import { after, before } from 'node:test'
import type { RedisClient } from '@wxpay/redis'
import { Redis } from 'ioredis'
import { createClient } from 'redis'

export type Flavour = 'ioredis' | 'redis'
export const FLAVOURS: Flavour[] = ['ioredis', 'redis']

export interface Connected {
  client: RedisClient
  /** A raw command, for the test's own looks into Redis. */
  command(...args: string[]): Promise<unknown>
  /** Resolves when the client is connected again after an outage. */
  ready(): Promise<void>
  close(): Promise<void>
}

export async function connect(flavour: Flavour, url: string) {
  return flavour === 'ioredis' ? connectIoRedis(url) : connectNodeRedis(url)
}

async function connectIoRedis(url: string): Promise<Connected> {
  const client = new Redis(url, { enableOfflineQueue: false, lazyConnect: true })
  client.on('error', () => {}) // reconnection is the client's job; the stores report failed commands
  await client.connect()
  return {
    client,
    command: (name, ...args) => client.call(name, ...args),
    ready: async () => {
      if (client.status !== 'ready') await once(client, 'ready')
    },
    close: async () => {
      client.disconnect()
    },
  }
}

async function connectNodeRedis(url: string): Promise<Connected> {
  const client = createClient({ url, disableOfflineQueue: true })
  client.on('error', () => {})
  await client.connect()
  return {
    client,
    command: (...args) => client.sendCommand(args),
    ready: async () => {
      if (!client.isReady) await once(client, 'ready')
    },
    close: async () => {
      if (client.isOpen) client.destroy()
    },
  }
}

/** Two connections of `flavour`, as two instances have, made in `before` and closed in `after`. */
export function connectionPair(flavour: Flavour, url: () => string): { a: Connected; b: Connected } {
  const pair = {} as { a: Connected; b: Connected }
  before(async () => {
    pair.a = await connect(flavour, url())
    pair.b = await connect(flavour, url())
  })
  after(async () => {
    await pair.a?.close()
    await pair.b?.close()
  })
  return pair
}

// The fleet around the test: worker processes (fleet/worker.ts) and a round-robin HTTP proxy in front
// of them on 127.0.0.1, as a load balancer in front of a merchant's webhook instances. Every wait is
// on an event (a worker's message), bounded in time.
import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.js'

export type Heard = FromWorker & { from: number }

const WAIT_MS = 30_000

/** Waits for a condition, re-checked whenever `changed()` is called (a worker's message, a logged delivery). */
export class Waiter {
  readonly #listeners = new Set<() => void>()
  /** Appended to a timeout's message. */
  context: () => string = () => ''

  readonly changed = (): void => {
    for (const listener of this.#listeners) listener()
  }

  /** Resolves once `done()` holds; rejects after 30 s, naming `what`. */
  until(what: string, done: () => boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!done()) return
        finish()
        resolve()
      }
      const timer = setTimeout(() => {
        finish()
        reject(new Error(`waited ${WAIT_MS} ms for ${what}\n${this.context()}`))
      }, WAIT_MS)
      const finish = () => {
        clearTimeout(timer)
        this.#listeners.delete(check)
      }
      this.#listeners.add(check)
      check()
    })
  }
}

export interface Fleet {
  /** Every message from every worker, in arrival order. */
  heard: Heard[]
  ports: number[]
  send(message: ToWorker): void
  kill(): Promise<void>
}

export async function startFleet(setups: Omit<WorkerSetup, 'index'>[], waiter: Waiter): Promise<Fleet> {
  const heard: Heard[] = []
  let stderr = ''
  waiter.context = () =>
    `last messages:\n${heard
      .slice(-10)
      .map((message) => JSON.stringify(message))
      .join('\n')}\n${stderr}`
  const children: ChildProcess[] = setups.map((setup, index) => {
    const child = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], {
      execArgv: ['--conditions=source', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += `[worker ${index}] ${chunk}`
    })
    child.on('message', (message: FromWorker) => {
      heard.push({ ...message, from: index })
      waiter.changed()
    })
    child.send({ type: 'setup', setup: { ...setup, index } } satisfies ToWorker)
    return child
  })
  const fleet: Fleet = {
    heard,
    ports: [],
    send: (message) => {
      for (const child of children) child.send(message)
    },
    kill: async () => {
      await Promise.all(
        children.map(async (child) => {
          if (child.exitCode !== null || child.signalCode !== null) return
          const exited = once(child, 'exit')
          child.kill('SIGKILL')
          await exited
        }),
      )
    },
  }
  try {
    await waiter.until('every worker to listen', () => heard.filter((m) => m.type === 'ready').length === setups.length)
  } catch (error) {
    await fleet.kill()
    throw error
  }
  for (let index = 0; index < setups.length; index++) {
    const ready = heard.find((message) => message.type === 'ready' && message.from === index)
    fleet.ports.push((ready as { port: number }).port)
  }
  return fleet
}

export interface LoadBalancer {
  url: string
  /** Requests forwarded to each port's worker. */
  forwarded: number[]
  close(): Promise<void>
}

/**
 * Hands each request to the next port in turn, stamped with `now()` (the simulator's time, which the
 * workers follow). A caller that gives up (WeChat Pay's 5 s deadline) does not stop the worker: the
 * worker's late answer is dropped, as a load balancer drops it.
 */
export async function startProxy(ports: number[], now: () => number): Promise<LoadBalancer> {
  const forwarded = ports.map(() => 0)
  let next = 0
  const server = createServer((incoming, outgoing) => {
    const target = next++ % ports.length
    forwarded[target]++
    const upstream = request(
      {
        host: '127.0.0.1',
        port: ports[target],
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-fleet-now': String(now()) },
      },
      async (answer) => {
        const chunks: Buffer[] = []
        for await (const chunk of answer) chunks.push(chunk as Buffer)
        if (!outgoing.destroyed) outgoing.writeHead(answer.statusCode!, answer.headers).end(Buffer.concat(chunks))
      },
    )
    upstream.on('error', (error) => {
      if (!outgoing.destroyed && !outgoing.headersSent) outgoing.writeHead(502).end(error.message)
    })
    incoming.pipe(upstream)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

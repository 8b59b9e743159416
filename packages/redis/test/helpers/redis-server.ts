// A real redis-server for one test file, on a free port of 127.0.0.1, without persistence; stopped
// (and restarted, for the outage tests) by the test. CI installs the Debian package redis-server.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

export interface RedisServer {
  port: number
  url: string
  /** Stops the server (SIGTERM) and waits for it to exit; its data is gone (no persistence). */
  stop(): Promise<void>
  /** Starts it again on the same port, empty. */
  start(): Promise<void>
  /** Freezes the process (SIGSTOP): connections stay open and nothing is answered, as a hung server. */
  pause(): void
  /** Thaws it (SIGCONT). */
  resume(): void
}

const READY_TIMEOUT_MS = 10_000

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Starts redis-server and resolves once it accepts connections. */
async function launch(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'notice'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`redis-server did not start within ${READY_TIMEOUT_MS} ms:\n${output}`))
    }, READY_TIMEOUT_MS)
    const settle = (error?: Error) => {
      clearTimeout(timer)
      if (error) reject(error)
      else resolve()
    }
    child.once('error', (error) =>
      settle(new Error(`cannot run redis-server (${error.message}): apt-get install -y redis-server`)),
    )
    child.once('exit', (code) => settle(new Error(`redis-server exited with ${code} before it was ready:\n${output}`)))
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk
      if (output.includes('Ready to accept connections')) settle()
    })
  })
  child.removeAllListeners('exit')
  child.stdout!.resume()
  return child
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  let child: ChildProcess | undefined = await launch(port)
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const running = child
      child = undefined
      if (!running || running.exitCode !== null) return
      const exited = once(running, 'exit')
      running.kill('SIGCONT')
      running.kill('SIGTERM')
      await exited
    },
    async start() {
      if (child) throw new Error('redis-server is already running')
      child = await launch(port)
    },
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  }
}

// A Worker served by workerd (the npm registry's `workerd` package) on a loopback port: the entry is
// bundled by esbuild under the conditions a Worker's bundler uses (`workerd`, `worker`; `edge-light`
// and `browser` too for a Next.js edge route), and its outbound fetch may reach loopback, where the
// simulators are. Node APIs are not there: no nodejs_compat flag.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const workerd = fileURLToPath(new URL('../../node_modules/.bin/workerd', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

const config = (port: number) => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
);
`

export interface ServedWorker {
  url: string
  version: string
  /** What workerd printed so far. */
  log(): string
  close(): Promise<void>
}

export interface WorkerOptions {
  /** Export conditions for the bundle; default a Worker's. */
  conditions?: string[]
  /** Code put before the bundle, e.g. the `process.env` an edge runtime provides. */
  banner?: string
}

export async function serveOnWorkerd(entry: string, options: WorkerOptions = {}): Promise<ServedWorker> {
  const version = execFileSync(workerd, ['--version'], { encoding: 'utf8' }).trim()
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-workerd-'))
  await build({
    entryPoints: [entry],
    outfile: join(dir, 'worker.js'),
    bundle: true,
    format: 'esm',
    // Neutral: an import of a Node module fails the bundle.
    platform: 'neutral',
    conditions: options.conditions ?? ['workerd', 'worker'],
    mainFields: ['module', 'main'],
    banner: options.banner ? { js: options.banner } : undefined,
    logLevel: 'warning',
  })
  const port = await freePort()
  writeFileSync(join(dir, 'config.capnp'), config(port))
  const child = spawn(workerd, ['serve', join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  await listening(url, exited, () => log)
  return {
    url,
    version,
    log: () => log,
    async close() {
      child.kill()
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Resolves once workerd answers on `url` (it takes a moment to start); rejects if it exits first. */
async function listening(url: string, exited: Promise<void>, log: () => string): Promise<void> {
  let gone = false
  void exited.then(() => {
    gone = true
  })
  const deadline = Date.now() + 30_000
  for (;;) {
    if (gone) throw new Error(`workerd exited:\n${log()}`)
    try {
      await fetch(`${url}/.well-known/ready`, { method: 'HEAD' })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

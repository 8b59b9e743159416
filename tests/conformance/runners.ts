// Runs the conformance suite in another runtime, from Node: Deno and Bun run entry.ts themselves and
// resolve @wxpay/sdk through its `exports` conditions; workerd serves worker.ts, bundled by esbuild
// under the `workerd` condition, on a loopback port, with outbound fetch allowed to loopback (where
// the simulators are). The binaries are the npm registry's `deno`, `bun` and `workerd` packages.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { CaseResult } from './checks.js'
import { RESULTS_MARKER } from './marker.js'
import type { Fixture } from './types.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = join(here, '..', '..')
const bin = (name: string) => join(root, 'node_modules', '.bin', name)

interface Exit {
  code: number | null
  stdout: string
  stderr: string
}

function run(command: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

function resultsOf(name: string, exit: Exit): CaseResult[] {
  const line = exit.stdout.split('\n').find((candidate) => candidate.startsWith(RESULTS_MARKER))
  if (!line) throw new Error(`${name} printed no results (exit ${exit.code}):\n${exit.stdout}\n${exit.stderr}`)
  return JSON.parse(line.slice(RESULTS_MARKER.length))
}

const entry = join('tests', 'conformance', 'entry.ts')
const input = (fixture: Fixture) => ({ WXPAY_CONFORMANCE: JSON.stringify({ fixture, expectCrypto: 'web' }) })

export async function runOnDeno(fixture: Fixture): Promise<{ version: string; results: CaseResult[] }> {
  const version = (await run(bin('deno'), ['--version'], {}, 30_000)).stdout.split('\n')[0]
  // Sloppy imports: the suite's TypeScript imports its siblings by their `.js` names, as Node's does.
  const args = [
    'run',
    '--quiet',
    '--unstable-sloppy-imports',
    '--allow-env=WXPAY_CONFORMANCE',
    '--allow-net=127.0.0.1',
    '--allow-read',
    entry,
  ]
  return {
    version,
    results: resultsOf('deno', await run(bin('deno'), args, { ...input(fixture), DENO_NO_UPDATE_CHECK: '1' }, 120_000)),
  }
}

export async function runOnBun(fixture: Fixture): Promise<{ version: string; results: CaseResult[] }> {
  const version = `bun ${(await run(bin('bun'), ['--version'], {}, 30_000)).stdout.trim()}`
  return { version, results: resultsOf('bun', await run(bin('bun'), ['run', entry], input(fixture), 120_000)) }
}

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

export async function runOnWorkerd(fixture: Fixture): Promise<{ version: string; results: CaseResult[] }> {
  const version = (await run(bin('workerd'), ['--version'], {}, 30_000)).stdout.trim()
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-workerd-'))
  try {
    await build({
      entryPoints: [join(here, 'worker.ts')],
      outfile: join(dir, 'worker.js'),
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker'],
      mainFields: ['module', 'main'],
      logLevel: 'warning',
    })
    const port = await freePort()
    writeFileSync(join(dir, 'config.capnp'), config(port))
    const child = spawn(bin('workerd'), ['serve', join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    try {
      const response = await postWhenUp(`http://127.0.0.1:${port}/`, JSON.stringify({ fixture, expectCrypto: 'web' }))
      if (!response.ok) throw new Error(`workerd answered ${response.status}: ${await response.text()}\n${log}`)
      return { version, results: await response.json() }
    } finally {
      child.kill()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Posts once workerd listens (it takes a moment to start). */
async function postWhenUp(url: string, body: string): Promise<Response> {
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      return await fetch(url, { method: 'POST', body, signal: AbortSignal.timeout(120_000) })
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

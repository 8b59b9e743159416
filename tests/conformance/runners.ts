// Runs the conformance suite in another runtime, from Node: Deno and Bun run entry.ts themselves and
// resolve @wxpay/sdk through its `exports` conditions; workerd serves worker.ts, bundled by esbuild
// under the `workerd` condition, on a loopback port, with outbound fetch allowed to loopback (where
// the simulators are). The binaries are the npm registry's `deno`, `bun` and `workerd` packages.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CaseResult } from './checks.js'
import { RESULTS_MARKER } from './marker.js'
import type { Fixture } from './types.js'
import { serveOnWorkerd } from './workerd.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
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

export async function runOnWorkerd(fixture: Fixture): Promise<{ version: string; results: CaseResult[] }> {
  const worker = await serveOnWorkerd(fileURLToPath(new URL('worker.ts', import.meta.url)))
  try {
    const response = await fetch(worker.url, {
      method: 'POST',
      body: JSON.stringify({ fixture, expectCrypto: 'web' }),
      signal: AbortSignal.timeout(120_000),
    })
    if (!response.ok) throw new Error(`workerd answered ${response.status}: ${await response.text()}\n${worker.log()}`)
    return { version: worker.version, results: await response.json() }
  } finally {
    await worker.close()
  }
}

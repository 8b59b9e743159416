// `npm run bench` (about two minutes) and `npm run bench -- --quick` (seconds): @wxpay/sdk side by
// side with wechatpay-axios-plugin and wechatpay-node-v3 against one local server that does what
// WeChat Pay does, with the physical reference (RSA-2048 signing on all cores, a bare keep-alive round
// trip) measured in the same run. Every client, the server and each reference runs in its own child
// process; clients take turns segment by segment so that machine drift hits all of them alike.
// Writes bench/results/latest.{md,svg,json} (quick: quick.{md,svg,json}).
import { type ChildProcess, execFileSync, fork, spawnSync } from 'node:child_process'
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { selfSignedCertificate } from '@wxpay/sdk/testing'
import { insuranceBody } from '../packages/sdk/test/helpers/seeds.js'
import { type Footprint, registryFootprint, workspaceFootprint } from './lib/footprint.js'
import {
  CLIENT_NAMES,
  type ClientName,
  type ImportTiming,
  type NotifyResult,
  type Results,
  type RsaSample,
  renderMarkdown,
  renderSvg,
  type Segment,
} from './lib/report.js'
import { ensureReference, referenceDir } from './reference/index.js'

const benchDir = dirname(fileURLToPath(import.meta.url))
const t0 = performance.now()
const log = (text: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${text}`)
const root = dirname(benchDir)
const quick = process.argv.includes('--quick')
const CONCURRENCY = [1, 8, 32] as const

/** [warm-up, measured] requests per segment, per concurrency. */
const plan = quick
  ? {
      rounds: 1,
      segments: { 1: [30, 100], 8: [50, 200], 32: [64, 200] },
      rsaMs: 400,
      imports: 3,
      notify: [300, 2000],
    }
  : {
      rounds: 3,
      segments: { 1: [100, 500], 8: [200, 1000], 32: [320, 1000] },
      rsaMs: 1000,
      imports: 10,
      notify: [2000, 10000],
    }

// ---------------------------------------------------------------- child processes, always reaped
const children = new Set<ChildProcess>()
const reap = () => {
  for (const child of children) child.kill('SIGKILL')
}
process.on('exit', reap)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    reap()
    process.exit(130)
  })
}

function spawnChild(file: string, args: string[] = []): ChildProcess {
  // Plain node, never the orchestrator's tsx loader or `source` condition: the packages load as built.
  const child = fork(join(benchDir, 'lib', file), args, {
    cwd: benchDir,
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

function ask<T = any>(
  child: ChildProcess,
  message: object | undefined,
  expect: string,
  timeoutMs = 300_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: any) => {
      if (reply?.type === expect) {
        cleanup()
        resolve(reply)
      } else if (reply?.type === 'error') {
        cleanup()
        reject(new Error(reply.message))
      }
    }
    const onExit = (code: number | null) => {
      cleanup()
      reject(new Error(`a child process exited (${code}) while waiting for '${expect}'`))
    }
    const timer = setTimeout(() => {
      cleanup()
      reject(new Error(`no '${expect}' within ${timeoutMs} ms`))
    }, timeoutMs)
    const cleanup = () => {
      clearTimeout(timer)
      child.off('message', onMessage)
      child.off('exit', onExit)
    }
    child.on('message', onMessage)
    child.on('exit', onExit)
    if (message) child.send(message)
  })
}

// ---------------------------------------------------------------- the packages as built
function newestMtime(folder: string): number {
  let newest = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** The clients load @wxpay/sdk and @wxpay/simulator from dist: rebuild whichever is older than its src. */
function ensureBuilt(): void {
  for (const name of ['sdk', 'simulator']) {
    const folder = join(root, 'packages', name)
    const built = join(folder, 'dist', 'esm', 'index.js')
    if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(folder, 'src'))) continue
    console.log(`bench: packages/${name}/dist is older than src, building…`)
    const result = spawnSync('npm', ['run', 'build', '--workspace', `@wxpay/${name}`], { cwd: root, stdio: 'inherit' })
    if (!existsSync(built)) throw new Error(`packages/${name} does not build`)
    if (result.status !== 0) console.warn(`bench: the build of @wxpay/${name} reported errors; using what it emitted`)
  }
}

// ---------------------------------------------------------------- keys, as the tests make them
function createKeys() {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const merchantCert = selfSignedCertificate(merchant.privateKey, { commonName: '1900000001' })
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    mchid: '1900000001',
    merchantSerial: merchantCert.serial,
    merchantCertPem: merchantCert.pem,
    merchantPrivatePem: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    merchantPublicPem: createPublicKey(merchant.privateKey).export({ type: 'spki', format: 'pem' }).toString(),
    publicKeyId: `PUB_KEY_ID_01${randomBytes(14).toString('hex').toUpperCase()}`.slice(0, 39),
    platformPrivatePem: platform.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    platformPublicPem: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    apiV3Key: randomBytes(16).toString('hex'),
  }
}

// ---------------------------------------------------------------- cold import
function coldImports(count: number): ImportTiming[] {
  // The reference SDKs resolve from their own install in bench/reference.
  const specs: { name: string; label: string; args: string[]; cwd: string }[] = [
    {
      name: 'wxpay',
      label: '@wxpay/sdk (ESM)',
      args: ['--input-type=module', '-e', importSnippet("await import('@wxpay/sdk')")],
      cwd: benchDir,
    },
    {
      name: 'wxpay-cjs',
      label: '@wxpay/sdk (CommonJS)',
      args: ['-e', importSnippet("require('@wxpay/sdk')")],
      cwd: benchDir,
    },
    {
      name: 'axios-plugin',
      label: 'wechatpay-axios-plugin',
      args: ['-e', importSnippet("require('wechatpay-axios-plugin')")],
      cwd: referenceDir,
    },
    {
      name: 'node-v3',
      label: 'wechatpay-node-v3',
      args: ['-e', importSnippet("require('wechatpay-node-v3')")],
      cwd: referenceDir,
    },
  ]
  const samples = new Map<string, number[]>(specs.map((spec) => [spec.name, []]))
  const failures = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[(i + k) % specs.length]
      if (failures.has(spec.name)) continue
      const run = spawnSync(process.execPath, spec.args, { cwd: spec.cwd, encoding: 'utf8', env: cleanEnv() })
      const ms = Number(run.stdout.trim())
      if (run.status !== 0 || !Number.isFinite(ms)) failures.set(spec.name, run.stderr.split('\n')[0] || 'failed')
      else samples.get(spec.name)!.push(ms)
    }
  }
  return specs.map((spec) => ({
    name: spec.name,
    label: spec.label,
    medianMs: failures.has(spec.name) ? undefined : median(samples.get(spec.name)!),
    samples: samples.get(spec.name)!.length,
    failure: failures.get(spec.name),
  }))
}

const importSnippet = (statement: string) =>
  `const t = performance.now(); ${statement}; process.stdout.write(String(performance.now() - t))`

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  return env
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// ---------------------------------------------------------------- the run
async function main(): Promise<void> {
  const started = Date.now()
  ensureBuilt()
  ensureReference()
  const keys = createKeys()
  const body = insuranceBody()

  const server = spawnChild('server.mjs')
  const { port } = await ask<{ port: number }>(server, { type: 'init', ...keys }, 'listening', 30_000)
  const ctx = { ...keys, body, baseURL: `http://127.0.0.1:${port}` }
  const serverStats = () =>
    ask<{ verified: number; rejected: number; cpu: NodeJS.CpuUsage; firstRejection: string }>(
      server,
      { type: 'stats' },
      'stats',
    )

  log('server listening; starting the clients…')
  const clients = new Map<ClientName, ChildProcess>()
  const setupMs = new Map<ClientName, number>()
  for (const name of CLIENT_NAMES) {
    const child = spawnChild('client.mjs', [name])
    clients.set(name, child)
    const ready = await ask<{ setupMs: number }>(child, { type: 'init', name, ctx }, 'ready', 60_000)
    setupMs.set(name, ready.setupMs)
  }
  const rsa = spawnChild('rsa.mjs')
  const signedMessage = `POST\n/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program\n${Math.floor(Date.now() / 1000)}\n${randomBytes(16).toString('hex')}\n${JSON.stringify(body)}\n`
  await ask(
    rsa,
    { type: 'init', privatePem: keys.merchantPrivatePem, publicPem: keys.merchantPublicPem, message: signedMessage },
    'ready',
  )

  log('clients ready')
  const segments: Segment[] = []
  const rsaSamples: RsaSample[] = []
  for (let round = 0; round < plan.rounds; round++) {
    rsaSamples.push(await ask<RsaSample>(rsa, { type: 'measure', durationMs: plan.rsaMs }, 'result'))
    for (const [index, concurrency] of CONCURRENCY.entries()) {
      const [warmup, count] = plan.segments[concurrency]
      const shift = round + index
      const order = CLIENT_NAMES.map((_, k) => CLIENT_NAMES[(k + shift) % CLIENT_NAMES.length])
      for (const name of order) {
        const before = await serverStats()
        const result = await ask<any>(clients.get(name)!, { type: 'run', concurrency, warmup, count }, 'result')
        const after = await serverStats()
        const serverCpuUs = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system
        segments.push({
          name,
          concurrency,
          round,
          count,
          warmup,
          elapsedMs: result.elapsedMs,
          cpuUs: result.cpuUs,
          latencies: Array.from(result.latencies as Float64Array),
          errors: result.errors,
          firstError: result.firstError ?? (after.firstRejection || undefined),
          serverVerified: after.verified - before.verified,
          serverRejected: after.rejected - before.rejected,
          serverCpuUs,
        })
        log(
          `round ${round + 1}/${plan.rounds} c=${String(concurrency).padEnd(2)} ${name.padEnd(15)} ` +
            `${((count * 1000) / result.elapsedMs).toFixed(0).padStart(6)} req/s` +
            `${result.errors ? `  ${result.errors} errors: ${result.firstError}` : ''}`,
        )
      }
    }
  }

  const maxRssKb = new Map<ClientName, number>()
  for (const [name, child] of clients) {
    const bye = await ask<{ maxRssKb: number }>(child, { type: 'exit' }, 'bye', 10_000)
    maxRssKb.set(name, bye.maxRssKb)
  }
  rsa.send({ type: 'exit' })
  server.kill()

  log('cold imports…')
  const imports = coldImports(plan.imports)

  log('notifications.parse…')
  const notifier = spawnChild('notify.mjs')
  const notify = await ask<NotifyResult>(
    notifier,
    { type: 'init', ctx, warmup: plan.notify[0], count: plan.notify[1] },
    'result',
    120_000,
  )
  notifier.kill()

  log('install footprint…')
  const footprint: Record<string, Footprint | string> = {}
  for (const [name, compute] of [
    ['wxpay', () => workspaceFootprint(root, '@wxpay/sdk')],
    ['axios-plugin', () => registryFootprint(referenceDir, 'wechatpay-axios-plugin')],
    ['node-v3', () => registryFootprint(referenceDir, 'wechatpay-node-v3')],
  ] as const) {
    try {
      footprint[name] = compute()
    } catch (error) {
      footprint[name] = String((error as Error).message ?? error)
    }
  }

  const results: Results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    durationS: (Date.now() - started) / 1000,
    machine: {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGb: totalmem() / 2 ** 30,
      threadpool: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
    },
    plan: { rounds: plan.rounds, segments: plan.segments, importRuns: plan.imports, notify: plan.notify },
    versions: versions(),
    setupMs: Object.fromEntries(setupMs),
    maxRssKb: Object.fromEntries(maxRssKb),
    segments,
    rsa: rsaSamples,
    imports,
    notify,
    footprint,
  }
  const outDir = join(benchDir, 'results')
  mkdirSync(outDir, { recursive: true })
  const base = quick ? 'quick' : 'latest'
  const markdown = renderMarkdown(results, `${base}.svg`)
  writeFileSync(join(outDir, `${base}.md`), markdown)
  writeFileSync(join(outDir, `${base}.svg`), renderSvg(results))
  writeFileSync(
    join(outDir, `${base}.json`),
    `${JSON.stringify({ ...results, segments: results.segments.map(({ latencies, ...rest }) => rest) }, null, 1)}\n`,
  )
  console.log(`\n${markdown}`)
  console.log(`bench: written bench/results/${base}.md, ${base}.svg, ${base}.json in ${results.durationS.toFixed(0)} s`)
  const failed = segments.filter(
    (segment) =>
      segment.errors > 0 || segment.serverRejected > 0 || segment.serverVerified !== segment.warmup + segment.count,
  )
  if (failed.length > 0) {
    throw new Error(`${failed.length} segments had errors, first: ${failed[0].name}: ${failed[0].firstError}`)
  }
}

function versions(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of ['@wxpay/sdk', 'wechatpay-axios-plugin', 'wechatpay-node-v3', 'axios', 'superagent']) {
    try {
      const manifest = execFileSync(process.execPath, ['-p', `require('${name}/package.json').version`], {
        cwd: name.startsWith('@wxpay/') ? benchDir : referenceDir,
        encoding: 'utf8',
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'ignore'],
      })
      out[name] = manifest.trim()
    } catch {
      out[name] = '?'
    }
  }
  return out
}

main().then(
  () => {
    reap()
    process.exit(0)
  },
  (error) => {
    console.error(`bench: ${error?.stack ?? error}`)
    reap()
    process.exit(1)
  },
)

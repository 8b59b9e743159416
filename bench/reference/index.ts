// The reference SDKs (wechatpay-axios-plugin, wechatpay-node-v3) in an install of their own, outside
// the npm workspace: wechatpay-axios-plugin declares a `wxpay` bin, and hoisted into the workspace it
// took node_modules/.bin/wxpay from @wxpay/cli. `npm run bench` and the tests that run programs
// through these SDKs call `ensureReference()` first; it runs `npm ci` here when the install is absent
// or differs from this folder's lockfile, one process at a time.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const referenceDir = dirname(fileURLToPath(import.meta.url))
/** `require` as seen from this folder: the reference SDKs and their own dependencies. */
export const requireReference = createRequire(join(referenceDir, 'package.json'))

const LOCK = join(referenceDir, '.install-lock')
const LOCK_STALE_MS = 10 * 60_000
const WAIT_TRIES = 1200
const WAIT_MS = 250

/** Whether every package of the lockfile is installed at its locked version. */
export function referenceInstalled(): boolean {
  const lock = JSON.parse(readFileSync(join(referenceDir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; optional?: boolean }>
  }
  return Object.entries(lock.packages).every(([path, entry]) => {
    if (path === '' || entry.optional) return true
    const manifest = join(referenceDir, path, 'package.json')
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === entry.version
  })
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** Takes the install lock (a directory), waiting for another process's install; false when it never freed. */
function takeLock(): boolean {
  for (let attempt = 0; attempt < WAIT_TRIES; attempt++) {
    try {
      mkdirSync(LOCK)
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    // A lock left by a process that died mid-install.
    const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs
    if (since !== undefined && Date.now() - since > LOCK_STALE_MS) {
      rmSync(LOCK, { recursive: true, force: true })
      continue
    }
    sleep(WAIT_MS)
  }
  return false
}

/** Installs the reference SDKs from bench/reference/package-lock.json unless they are installed already. */
export function ensureReference(): void {
  if (referenceInstalled()) return
  if (!takeLock()) throw new Error(`bench/reference: another install held ${LOCK} for too long; remove it`)
  try {
    if (referenceInstalled()) return
    console.error('bench/reference: installing wechatpay-axios-plugin and wechatpay-node-v3 (npm ci)…')
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: referenceDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    if (result.status !== 0 || !referenceInstalled()) {
      throw new Error(`bench/reference: npm ci failed (${result.error?.message ?? `exit ${result.status}`})`)
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

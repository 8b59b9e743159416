// workerd, Deno, Bun, edge runtimes: WebCrypto and fetch, console warnings. The build for them
// resolves runtime/current.ts to this file (scripts/build.mjs): nothing here imports a Node module.
import { webCrypto } from '../crypto/web.js'
import { fetchTransport } from '../transport.js'
import { BROWSER_REFUSAL } from './refusal.js'
import type { Runtime } from './types.js'

const globals = globalThis as {
  Deno?: { version?: { deno?: string } }
  Bun?: { version?: string }
  EdgeRuntime?: unknown
  navigator?: { userAgent?: string }
  process?: { versions?: { node?: string } }
  window?: unknown
  document?: unknown
}

function userAgent(): string {
  if (globals.Deno?.version?.deno) return `deno/${globals.Deno.version.deno}`
  if (globals.Bun?.version) return `bun/${globals.Bun.version}`
  if (globals.EdgeRuntime !== undefined) return 'edge-light'
  if (globals.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd'
  if (globals.process?.versions?.node) return `node/${globals.process.versions.node}`
  return 'web'
}

const NODE_ONLY =
  'is synchronous and needs node:crypto, which this build of @wxpay/sdk (for workerd, Deno, Bun and edge ' +
  'runtimes) does not load. Pass the plaintext in the request body instead: the client encrypts the fields ' +
  'the catalog marks, with the WeChat Pay key it picks, and names that key in Wechatpay-Serial.'

export function encryptSensitive(_plaintext: string, _publicKey: unknown): string {
  throw new TypeError(`encryptSensitive ${NODE_ONLY}`)
}

export function decryptSensitive(_ciphertext: string, _privateKey: unknown): string {
  throw new TypeError(`decryptSensitive ${NODE_ONLY}`)
}

export const runtime: Runtime = {
  build: 'web',
  crypto: { default: webCrypto, web: webCrypto },
  defaultTransport: () => fetchTransport((input, init) => fetch(input, init)),
  userAgent,
  warn(warning, code) {
    const text = typeof warning === 'string' ? warning : `${warning.name}: ${warning.message}`
    console.warn(`[wxpay]${code ? ` ${code}` : ''} ${text}`)
  },
  debug: { enabled: false, log() {} },
  checkEnvironment() {
    const browser = globals.window !== undefined && globals.document !== undefined && !globals.Deno && !globals.Bun
    if (browser) throw new Error(BROWSER_REFUSAL)
  },
}

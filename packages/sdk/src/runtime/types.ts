// What differs between the build for Node and the build for other runtimes (workerd, Deno, Bun, edge):
// the crypto implementations there are, the transport used without a `fetch` option, how the runtime
// is named in the User-Agent, where warnings and debug lines go. Shared code reads it from
// runtime/current.ts, which the build for other runtimes replaces with runtime/web.ts.
import type { Crypto } from '../crypto/types.js'
import type { Transport } from '../transport.js'

export interface Runtime {
  /** `node`: node:crypto and node:http by default; `web`: WebCrypto and fetch. */
  readonly build: 'node' | 'web'
  /** The crypto implementations this build has: the default, and each by name. */
  readonly crypto: { readonly default: Crypto; readonly node?: Crypto; readonly web: Crypto }
  /** The transport of a client given no `fetch`. */
  defaultTransport(): Transport
  /** `node/20.20.2`, `deno/2.9.6`, `bun/1.4.5`, `workerd`…: the User-Agent's runtime part. */
  userAgent(): string
  /** A warning no caller is told of: a process warning on Node, console.warn elsewhere. */
  warn(warning: string | Error, code?: string): void
  /** NODE_DEBUG=wxpay on Node; off elsewhere. */
  readonly debug: { readonly enabled: boolean; log(line: string): void }
  /** Throws where a client must never be made (a browser page, which would hold the merchant key). */
  checkEnvironment(): void
}

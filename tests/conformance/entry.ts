// The conformance suite as a script, for Deno (`deno run`) and Bun (`bun`): the fixture comes in the
// WXPAY_CONFORMANCE environment variable, the results go out as one JSON line after a marker. Each
// runtime resolves @wxpay/sdk itself, through the package's `exports` conditions (`deno`, `bun`).
import { RESULTS_MARKER } from './marker.js'
import { runConformance } from './suite.js'

const runtime = globalThis as {
  Deno?: { env: { get(name: string): string | undefined } }
  process?: { env: Record<string, string | undefined> }
}
const input = runtime.Deno ? runtime.Deno.env.get('WXPAY_CONFORMANCE') : runtime.process?.env.WXPAY_CONFORMANCE
if (!input) throw new Error('WXPAY_CONFORMANCE is not set: run this through tests/conformance/runtimes.test.ts')
const { fixture, expectCrypto } = JSON.parse(input)
const results = await runConformance(fixture, { expectCrypto })
console.log(RESULTS_MARKER + JSON.stringify(results))

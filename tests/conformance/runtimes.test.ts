// The conformance suite (suite.ts) on every runtime, against the simulators running here in Node on
// 127.0.0.1: Node with node:crypto and with WebCrypto (in this process), then Deno, Bun and workerd,
// each with the @wxpay/sdk build its `exports` conditions pick (WebCrypto, fetch). `npm run test:runtimes`.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { CaseResult } from './checks.js'
import { type RunningFixture, startFixture } from './fixture.js'
import { runOnBun, runOnDeno, runOnWorkerd } from './runners.js'
import { IDENTITY, runConformance } from './suite.js'

/** The suite's cases, by name: every runtime must run all of them. */
const CASES = 11

let running: RunningFixture
before(async () => {
  running = await startFixture()
})
after(() => running.close())

function passed(runtime: string, results: CaseResult[]): void {
  // S1 sent real_identity in plaintext: the client encrypted it, and the simulator decrypted this.
  assert.deepEqual(
    running.receivedIdentities(),
    [{ ...IDENTITY, identity_type: 'ID_CARD' }],
    `${runtime}: real_identity`,
  )
  const failures = results.filter((result) => !result.ok).map(({ name, error }) => `${name}: ${error}`)
  assert.deepEqual(failures, [], `${runtime}: failed cases`)
  assert.equal(results.length, CASES, `${runtime}: every case ran`)
  const slowest = [...results].sort((a, b) => b.ms - a.ms)[0]
  console.log(`# ${runtime}: ${results.length} cases passed (slowest: ${slowest.name}, ${slowest.ms} ms)`)
}

describe('the conformance suite', () => {
  it('passes on Node with node:crypto (the default)', async () => {
    passed('node, node:crypto', await runConformance(running.fixture, { expectCrypto: 'node' }))
  })

  it("passes on Node with WebCrypto (crypto: 'web')", async () => {
    passed('node, WebCrypto', await runConformance(running.fixture, { crypto: 'web', expectCrypto: 'web' }))
  })

  for (const [name, runner] of [
    ['Deno', runOnDeno],
    ['Bun', runOnBun],
    ['workerd', runOnWorkerd],
  ] as const) {
    it(`passes on ${name} with its own build of @wxpay/sdk (WebCrypto, fetch)`, async () => {
      const { version, results } = await runner(running.fixture)
      passed(version, results)
    })
  }
})

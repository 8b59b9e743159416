// Before and after of one change, side by side in one run: two builds of @wxpay/sdk (paths to their
// dist/esm/index.js) take turns against the benchmark server, and the medians are printed.
//   node bench/lib/compare.mjs BEFORE/dist/esm/index.js AFTER/dist/esm/index.js [concurrency] [count] [rounds]
// A build of an earlier commit: git worktree add /tmp/before <commit>, then build its packages/sdk.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createKeys, s1Body, startServer, wxpayClient } from './fixtures.mjs'

const [beforePath, afterPath, concurrency = '1', count = '1000', rounds = '5'] = process.argv.slice(2)
if (!beforePath || !afterPath) {
  console.error('usage: node bench/lib/compare.mjs BEFORE_INDEX_JS AFTER_INDEX_JS [concurrency] [count] [rounds]')
  process.exit(2)
}
const keys = await createKeys()
const server = await startServer(keys)

async function client(path) {
  const { WechatPay } = await import(pathToFileURL(resolve(path)).href)
  const wxpay = wxpayClient(WechatPay, keys, server.baseURL)
  return async () => (await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(s1Body)).data
}

const builds = [
  ['before', await client(beforePath)],
  ['after', await client(afterPath)],
]
const samples = { before: [], after: [] }
const c = Number(concurrency)
const n = Number(count)
try {
  for (let round = 0; round < Number(rounds); round++) {
    for (const [name, call] of round % 2 ? [...builds].reverse() : builds) {
      for (let i = 0; i < 100; i++) await call()
      const latencies = []
      let issued = 0
      const cpu = process.cpuUsage()
      const started = performance.now()
      await Promise.all(
        Array.from({ length: c }, async () => {
          while (issued++ < n) {
            const t = performance.now()
            await call()
            latencies.push(performance.now() - t)
          }
        }),
      )
      const elapsed = performance.now() - started
      const used = process.cpuUsage(cpu)
      latencies.sort((a, b) => a - b)
      samples[name].push({
        rps: (n * 1000) / elapsed,
        p50Us: latencies[latencies.length >> 1] * 1000,
        cpuUs: (used.user + used.system) / n,
      })
    }
  }
} finally {
  server.stop()
}
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1]
for (const [name, runs] of Object.entries(samples)) {
  console.log(
    `${name.padEnd(6)} c=${c}: ${median(runs.map((r) => r.rps)).toFixed(0)} req/s, ` +
      `p50 ${median(runs.map((r) => r.p50Us)).toFixed(0)} µs, ${median(runs.map((r) => r.cpuUs)).toFixed(0)} µs CPU/call ` +
      `(median of ${runs.length} rounds of ${n})`,
  )
}

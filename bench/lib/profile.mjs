// Profiling aid: one client (default @wxpay/sdk) in this process against the benchmark server in a
// child, N calls at concurrency C. Run it under `node --cpu-prof` to see where the client's time goes:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/lib/profile.mjs [client] [concurrency] [count]
import { CLIENTS } from './clients.mjs'
import { createKeys, s1Body, startServer } from './fixtures.mjs'

const [name = 'wxpay', concurrency = '8', count = '3000'] = process.argv.slice(2)
const keys = await createKeys()
const server = await startServer(keys)
try {
  const call = await CLIENTS[name].create({ ...keys, body: s1Body, baseURL: server.baseURL })
  const total = Number(count)
  let issued = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (issued++ < total) await call()
    }),
  )
  const elapsed = performance.now() - started
  const used = process.cpuUsage(cpu)
  console.log(
    `${name} c=${concurrency}: ${((total * 1000) / elapsed).toFixed(0)} req/s, ` +
      `${((used.user + used.system) / 1000 / total).toFixed(3)} ms CPU per call`,
  )
} finally {
  server.stop()
}

// A simulator in a process of its own, for what a test cannot see from inside one process: whether a
// request ends the process, and how much memory it holds. Started by `startChildSimulator()` in
// helpers.ts; takes its SimulatorOptions (JSON) from argv, reports over IPC, closes when told.
import { createSimulator } from '@wxpay/simulator'

const simulator = await createSimulator(JSON.parse(process.argv[2] ?? '{}'))
const send = (message: object) => process.send!(message)
send({ type: 'ready', url: simulator.url, merchant: simulator.merchant, certs: simulator.certs })
process.on('message', async (message: { type: string; collect?: boolean }) => {
  if (message.type === 'stats') {
    // After a full collection if asked, so that what is measured is what is kept (the child runs with --expose-gc).
    if (message.collect) (globalThis as { gc?: () => void }).gc?.()
    const { rss, heapUsed } = process.memoryUsage()
    send({ type: 'stats', rss, heapUsed, cpuMs: process.cpuUsage().user / 1000, counts: simulator.requestCounts() })
  } else if (message.type === 'close') {
    await simulator.close()
    process.disconnect()
  }
})

// A simulator in a process of its own, for what a test cannot see from inside one process: whether a
// request ends the process, and how much memory it holds. Started by `startChildSimulator()` in
// helpers.ts; takes its SimulatorOptions (JSON) from argv, reports over IPC, closes when told.
import { createSimulator } from '@wxpay/simulator'

const simulator = await createSimulator(JSON.parse(process.argv[2] ?? '{}'))
const send = (message: object) => process.send!(message)
send({ type: 'ready', url: simulator.url, merchant: simulator.merchant, certs: simulator.certs })
process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    send({ type: 'stats', rss: process.memoryUsage().rss, counts: simulator.requestCounts() })
  } else if (message.type === 'close') {
    await simulator.close()
    process.disconnect()
  }
})

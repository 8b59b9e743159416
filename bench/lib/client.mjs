// One client under test, in its own process (so that its CPU time and RSS are its own). Driven by
// the orchestrator over IPC: { type: 'init', name, ctx } → { type: 'ready', setupMs };
// { type: 'run', concurrency, warmup, count } → { type: 'result', ... }; { type: 'exit' } → { type: 'bye', maxRssKb }.
import { CLIENTS } from './clients.mjs'

let call

process.on('disconnect', () => process.exit(0))
process.on('message', (message) => {
  handle(message).catch((error) => {
    process.send({ type: 'error', message: String(error?.stack ?? error) })
  })
})

async function handle(message) {
  if (message.type === 'init') {
    const started = performance.now()
    call = await CLIENTS[message.name].create(message.ctx)
    // One call to prove the set-up works before anything is measured.
    check(await call())
    process.send({ type: 'ready', setupMs: performance.now() - started })
  } else if (message.type === 'run') {
    call.beforeSegment?.()
    const warm = await phase(message.concurrency, message.warmup, false)
    const cpu = process.cpuUsage()
    const started = performance.now()
    const measured = await phase(message.concurrency, message.count, true)
    const elapsedMs = performance.now() - started
    const used = process.cpuUsage(cpu)
    process.send({
      type: 'result',
      elapsedMs,
      cpuUs: used.user + used.system,
      latencies: measured.latencies,
      errors: warm.errors + measured.errors,
      firstError: warm.firstError ?? measured.firstError,
      maxRssKb: process.resourceUsage().maxRSS,
    })
  } else if (message.type === 'exit') {
    process.send({ type: 'bye', maxRssKb: process.resourceUsage().maxRSS }, () => process.exit(0))
  }
}

function check(data) {
  if (call.bare) return
  if (typeof data?.pre_entrustweb_id !== 'string' || typeof data.redirect_appid !== 'string') {
    throw new Error(`unexpected response data: ${JSON.stringify(data)?.slice(0, 200)}`)
  }
}

/** `count` calls, `concurrency` at a time; latencies in ms when `record`. */
async function phase(concurrency, count, record) {
  const latencies = record ? new Float64Array(count) : undefined
  let issued = 0
  let errors = 0
  let firstError
  const worker = async () => {
    while (issued < count) {
      const index = issued++
      const started = performance.now()
      try {
        check(await call())
      } catch (error) {
        errors++
        firstError ??= String(error?.message ?? error).slice(0, 300)
      }
      if (latencies) latencies[index] = performance.now() - started
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(count, 1)) }, worker))
  return { latencies, errors, firstError }
}

// One instance of a merchant's webhook, run as a child process by fleet.test.ts: a WechatPay client
// whose certificate cache and lock are on Redis, and createNodeHandler with the Redis dedupe store.
// The handler appends each event it completes to this instance's own log file. Over IPC the test
// sets it up, holds and releases handlers, and hears every answer this instance gives.
import { appendFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { redisCertificateCache, redisDedupe } from '@wxpay/redis'
import { createNodeHandler, type NotificationEvent, WechatPay } from '@wxpay/sdk'
import { connect, type Flavour } from '../helpers/clients.js'
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.js'

const send = (message: FromWorker) => process.send!(message)
const holds = new Map<string, { released: Promise<void>; release: () => void }>()

function hold(code: string) {
  let release!: () => void
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  holds.set(code, { released, release })
}

async function start(setup: WorkerSetup) {
  const redis = await connect(setup.flavour as Flavour, setup.redisUrl)
  // The instances follow WeChat Pay's simulated time: the test's proxy stamps each request with it.
  let now = setup.now
  const wxpay = new WechatPay({
    ...setup.merchant,
    baseURL: setup.simulatorUrl,
    clock: { now: () => now },
    certificateCache: redisCertificateCache(redis.client, { prefix: setup.prefix }),
    onError: (error) => send({ type: 'client-error', message: error.message }),
  })
  const handler = async (event: NotificationEvent) => {
    const code = String((event.resource as { out_contract_code?: unknown }).out_contract_code)
    const held = holds.get(code)
    if (held) {
      send({ type: 'holding', id: event.id, code })
      await held.released
    }
    appendFileSync(setup.logFile, `${JSON.stringify({ id: event.id, code, worker: setup.index })}\n`)
  }
  const handle = createNodeHandler(wxpay, handler, {
    dedupe: redisDedupe(redis.client, { prefix: setup.prefix }),
    onError: (error, reply) =>
      send({
        type: 'reply-error',
        status: reply.status,
        name: (error as Error)?.name,
        reason: (error as { reason?: string })?.reason,
        message: (error as Error)?.message,
      }),
  })
  const server = createServer((request, response) => {
    now = Number(request.headers['x-fleet-now'])
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      const id = String(JSON.parse(body.toString('utf8')).id)
      response.on('finish', () => send({ type: 'answered', id, status: response.statusCode, worker: setup.index }))
      handle(Object.assign(request, { body }), response)
    })
  })
  server.listen(0, '127.0.0.1', () => send({ type: 'ready', port: (server.address() as AddressInfo).port }))
  return redis
}

let redis: Awaited<ReturnType<typeof start>> | undefined
process.on('message', async (message: ToWorker) => {
  if (message.type === 'setup') redis = await start(message.setup)
  else if (message.type === 'hold') hold(message.code)
  else if (message.type === 'release') holds.get(message.code)?.release()
  else if (message.type === 'await-redis') {
    await redis!.ready()
    send({ type: 'redis-ready' })
  }
})

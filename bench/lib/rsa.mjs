// The physical reference for signing, in its own process: RSA-2048 SHA256withRSA signatures per
// second on all cores with node:crypto (one worker thread per core, each signing synchronously with
// its own parsed key), and the cost of one signature and one verification on one core. And the same
// with WebCrypto (`crypto.subtle`, what @wxpay/sdk uses with `crypto: 'web'` and off Node): its calls
// are asynchronous, run on libuv's thread pool, so its rate is taken with 64 signatures in flight.
// { type: 'init', privatePem, publicPem, message } → { type: 'ready' };
// { type: 'measure', durationMs } → { type: 'result', ... }.

import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

if (isMainThread) {
  let init
  process.on('disconnect', () => process.exit(0))
  process.on('message', (message) => {
    if (message.type === 'init') {
      init = message
      process.send({ type: 'ready' })
    } else if (message.type === 'measure') {
      measure(init, message.durationMs).then((result) => process.send({ type: 'result', ...result }))
    } else if (message.type === 'exit') process.exit(0)
  })
} else {
  const key = createPrivateKey(workerData.privatePem)
  const message = Buffer.from(workerData.message)
  sign('sha256', message, key)
  parentPort.once('message', (durationMs) => {
    const started = performance.now()
    let count = 0
    while (performance.now() - started < durationMs) {
      for (let i = 0; i < 10; i++) sign('sha256', message, key)
      count += 10
    }
    parentPort.postMessage({ count, elapsedMs: performance.now() - started })
  })
  parentPort.postMessage('ready')
}

async function measure({ privatePem, publicPem, message: text }, durationMs) {
  const threads = availableParallelism()
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL(import.meta.url), { workerData: { privatePem, message: text } }),
  )
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))))
    const results = await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve, reject) => {
            worker.once('message', resolve)
            worker.once('error', reject)
            worker.postMessage(durationMs)
          }),
      ),
    )
    const allCores = results.reduce((sum, { count, elapsedMs }) => sum + (count * 1000) / elapsedMs, 0)

    // One core: the median of batches, for one signature and one verification.
    const key = createPrivateKey(privatePem)
    const privateKey = key
    const publicKey = createPublicKey(publicPem)
    const message = Buffer.from(text)
    const signature = sign('sha256', message, key)
    const batch = (fn, n) => {
      const samples = []
      for (let b = 0; b < 7; b++) {
        const started = performance.now()
        for (let i = 0; i < n; i++) fn()
        samples.push(((performance.now() - started) * 1000) / n)
      }
      return samples.sort((a, b) => a - b)[3]
    }
    const signUs = batch(() => sign('sha256', message, key), 40)
    const verifyUs = batch(() => verify('sha256', message, publicKey, signature), 200)
    const web = await measureWebCrypto(privateKey, publicKey, message, signature, durationMs)
    return { threads, allCores, signUs, verifyUs, web }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

const SIGNATURE = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
const IN_FLIGHT = 64

/** WebCrypto: signatures/s with IN_FLIGHT at a time for `durationMs`; one signature and one verification awaited alone. */
async function measureWebCrypto(privateKey, publicKey, message, signature, durationMs) {
  const { subtle } = globalThis.crypto
  const signKey = await subtle.importKey(
    'pkcs8',
    privateKey.export({ type: 'pkcs8', format: 'der' }),
    SIGNATURE,
    false,
    ['sign'],
  )
  const verifyKey = await subtle.importKey(
    'spki',
    publicKey.export({ type: 'spki', format: 'der' }),
    SIGNATURE,
    false,
    ['verify'],
  )
  if (!(await subtle.verify(SIGNATURE, verifyKey, signature, message))) throw new Error('WebCrypto: no verification')
  let count = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() - started < durationMs) {
        await subtle.sign(SIGNATURE, signKey, message)
        count++
      }
    }),
  )
  const perSecond = (count * 1000) / (performance.now() - started)
  const alone = async (fn, n) => {
    const samples = []
    for (let b = 0; b < 7; b++) {
      const batchStarted = performance.now()
      for (let i = 0; i < n; i++) await fn()
      samples.push(((performance.now() - batchStarted) * 1000) / n)
    }
    return samples.sort((a, b) => a - b)[3]
  }
  const signUs = await alone(() => subtle.sign(SIGNATURE, signKey, message), 40)
  const verifyUs = await alone(() => subtle.verify(SIGNATURE, verifyKey, signature, message), 200)
  return { inFlight: IN_FLIGHT, perSecond, signUs, verifyUs }
}

// The two ways a request leaves the client: the built-in node:http transport (keep-alive pool) and a
// caller's `fetch`. Both must report time-outs, aborts and network failures the same way.
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { describe, it } from 'node:test'
import { AbortError, NetworkError, TimeoutError, WechatPay, WechatPayError } from '@wxpay/sdk'
import { fastClock } from './helpers/clients.js'
import { createKeys, type Reply, useFakeWechatPay } from './helpers/fake-wechatpay.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys, (): Reply => ({ body: { ok: true } }))

const QUERY = '/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/C1'

function client(transport: 'node' | 'fetch', baseURL = fake.server.url, timeout = 10_000) {
  return new WechatPay({
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: keys.merchant.privatePem,
    certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
    baseURL,
    timeout,
    clock: fastClock(),
    ...(transport === 'fetch' ? { fetch: globalThis.fetch } : {}),
  })
}

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

for (const transport of ['node', 'fetch'] as const) {
  describe(`transport: ${transport === 'node' ? 'built-in node:http' : 'injected fetch'}`, () => {
    it('returns status, headers, verified data and the request id', async () => {
      const response = await client(transport).request({ method: 'GET', url: QUERY })
      assert.equal(response.status, 200)
      assert.deepEqual(response.data, { ok: true })
      assert.match(response.requestId ?? '', /^08[0-9A-F]{24}$/)
      assert.equal(response.headers['content-type'], 'application/json')
      assert.equal(fake.server.seen.length, 1)
      assert.equal(fake.server.seen[0].authorized, true)
    })

    it('a lone call (signed inline) and 20 concurrent ones (signed on the thread pool) all verify', async () => {
      const wxpay = client(transport)
      await wxpay.request({ method: 'GET', url: QUERY })
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => wxpay.request({ method: 'GET', url: `${QUERY}${i}` })),
      )
      assert.deepEqual(
        results.map((result) => result.status),
        Array(20).fill(200),
      )
      assert.equal(fake.server.seen.length, 21)
      assert.ok(fake.server.seen.every((seen) => seen.authorized))
      assert.equal(new Set(fake.server.seen.map((seen) => seen.authorization.nonce_str)).size, 21)
    })

    it('a server that never answers: TimeoutError after `timeout` ms, sent once', async () => {
      fake.reply = () => ({ hang: true })
      await assert.rejects(client(transport, fake.server.url, 50).request({ method: 'GET', url: QUERY }), (error) => {
        assert.ok(error instanceof TimeoutError)
        assert.equal(error.message, `GET ${QUERY}: no response within 50 ms`)
        return true
      })
      assert.equal(fake.server.seen.length, 1)
    })

    it('the caller’s signal aborts a request in flight: our AbortError, its reason as cause, not a NetworkError', async () => {
      fake.reply = () => ({ hang: true })
      for (const reason of [undefined, new Error('shutting down')]) {
        const controller = new AbortController()
        const pending = client(transport).request({ method: 'POST', url: QUERY, signal: controller.signal })
        while (fake.server.seen.length === 0) await new Promise((resolve) => setImmediate(resolve))
        controller.abort(reason)
        await assert.rejects(pending, (error: AbortError) => {
          assert.ok(error instanceof AbortError && error instanceof WechatPayError, String(error))
          assert.equal(error.cause, controller.signal.reason)
          assert.deepEqual(
            [error.method, error.url, error.requestId],
            ['POST', `${fake.server.url}${QUERY}`, undefined],
          )
          assert.equal(error.message, `POST ${fake.server.url}${QUERY}: aborted by the caller's AbortSignal`)
          return true
        })
        fake.server.seen.length = 0
      }
    })

    it('AbortSignal.timeout gives our TimeoutError, its reason as cause', async () => {
      fake.reply = () => ({ hang: true })
      await assert.rejects(
        client(transport).request({ method: 'GET', url: QUERY, signal: AbortSignal.timeout(30) }),
        (error: TimeoutError) => {
          assert.ok(error instanceof TimeoutError, String(error))
          assert.equal((error.cause as DOMException).name, 'TimeoutError')
          assert.deepEqual([error.method, error.url], ['GET', `${fake.server.url}${QUERY}`])
          return true
        },
      )
    })

    it('an already aborted signal sends nothing', async () => {
      await assert.rejects(client(transport).request({ method: 'GET', url: QUERY, signal: AbortSignal.abort() }), {
        name: 'AbortError',
      })
      assert.equal(fake.server.seen.length, 0)
    })

    it('a refused connection is a NetworkError naming the URL', async () => {
      const base = `http://127.0.0.1:${await closedPort()}`
      await assert.rejects(client(transport, base).request({ method: 'GET', url: QUERY }), (error) => {
        assert.ok(error instanceof NetworkError)
        assert.ok(error.message.startsWith(`GET ${base}${QUERY}: `), error.message)
        return true
      })
    })

    it('sequential calls reuse keep-alive connections', async () => {
      const before = fake.server.connections()
      const wxpay = client(transport)
      for (let i = 0; i < 10; i++) await wxpay.request({ method: 'GET', url: QUERY })
      const opened = fake.server.connections() - before
      // The built-in pool belongs to the client: one connection. fetch's global pool (undici) may open a
      // second one when a call follows before it has released the first; never one per call.
      if (transport === 'node') assert.equal(opened, 1)
      else assert.ok(opened <= 2, `${opened} connections for 10 calls`)
    })
  })
}

// What a client tells about its attempts (observe.ts): the hooks' events, a hook that throws, and
// NODE_DEBUG=wxpay's one line per attempt; never a body, a key or the Authorization header.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'
import type { RequestEvent, ResponseEvent, RetryEvent } from '@wxpay/sdk'
import { testClient } from './helpers/clients.js'
import { createKeys, type Reply, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)
const S1 = 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const identity = { real_name: '王小明', id_card_number: '110101199003074578' }

const answers = (...list: Reply[]) => {
  let next = 0
  return () => list[Math.min(next++, list.length - 1)]
}

describe('hooks', () => {
  it('onRequest, onResponse and onRetry: method, URL, attempt, status, code, Request-ID, duration; nothing secret', async () => {
    const events: (RequestEvent | ResponseEvent | RetryEvent)[] = []
    const seenBy = (name: string) => (event: RequestEvent) => events.push({ hook: name, ...event } as never)
    const wxpay = testClient(keys, fake.server.url, 'public-key', {
      onRequest: seenBy('request'),
      onResponse: seenBy('response'),
      onRetry: seenBy('retry'),
    })
    fake.reply = answers({ status: 500, body: { code: 'SYSTEM_ERROR', message: '系统繁忙' } }, { body: {} })
    await wxpay.chain(S1).post({ ...insuranceBody(), real_identity: identity })
    const url = `${fake.server.url}/${S1}`
    const [first, second] = fake.server.seen.map((seen) => seen.requestId)
    const durations = events.map((event) => ('durationMs' in event ? event.durationMs : 0))
    assert.ok(durations.every((ms) => Number.isInteger(ms) && ms >= 0))
    const delay = (events[2] as RetryEvent).delayMs
    const without = events.map(({ durationMs: _, ...event }: any) => event)
    const answered500 = { method: 'POST', url, attempt: 1, status: 500, code: 'SYSTEM_ERROR', requestId: first }
    assert.deepEqual(without, [
      { hook: 'request', method: 'POST', url, attempt: 1 },
      { hook: 'response', ...answered500 },
      { hook: 'retry', ...answered500, reason: 'server-error', delayMs: delay, nextUrl: url },
      { hook: 'request', method: 'POST', url, attempt: 2 },
      { hook: 'response', method: 'POST', url, attempt: 2, status: 200, requestId: second },
    ])
    const printed = JSON.stringify(events)
    const signatures = fake.server.seen.map((seen) => seen.authorization.signature)
    for (const secret of [...Object.values(identity), ...signatures, 'WECHATPAY2-SHA256-RSA2048', '"appid"']) {
      assert.ok(!printed.includes(secret), `no ${secret} in the events`)
    }
  })

  it('an attempt without an answer is told with its error; a hook that throws is reported and changes nothing', async () => {
    const responses: ResponseEvent[] = []
    const reported: Error[] = []
    const wxpay = testClient(keys, 'http://127.0.0.1:9', 'public-key', {
      maxRetries: 0,
      onRequest: () => {
        throw new Error('hook broke')
      },
      onResponse: (event) => responses.push(event),
      onError: (error) => reported.push(error),
    })
    await assert.rejects(wxpay.chain('v3/x').get(), { name: 'NetworkError' })
    assert.deepEqual(
      responses.map(({ durationMs: _, ...event }) => event),
      [{ method: 'GET', url: 'http://127.0.0.1:9/v3/x', attempt: 1, error: 'ECONNREFUSED' }],
    )
    assert.deepEqual(
      reported.map((error) => error.message),
      ['onRequest threw: hook broke'],
    )
  })

  it('hooks must be functions', () => {
    for (const name of ['onRequest', 'onResponse', 'onRetry']) {
      assert.throws(() => testClient(keys, fake.server.url, 'public-key', { [name]: 'log' }), {
        name: 'ConfigurationError',
        message: `${name}: must be a function (event) => void`,
      })
    }
  })
})

describe('NODE_DEBUG=wxpay', () => {
  it('prints one line per attempt on stderr, without body, key or Authorization', () => {
    const helpers = (name: string) => pathToFileURL(new URL(`./helpers/${name}`, import.meta.url).pathname).href
    const script = `
      import { createKeys, startFakeWechatPay } from '${helpers('fake-wechatpay.ts')}'
      import { testClient } from '${helpers('clients.ts')}'
      const keys = createKeys()
      let answered = 0
      const server = await startFakeWechatPay(keys, () =>
        answered++ === 0 ? { status: 503, body: { code: 'SYSTEM_ERROR', message: 'busy' } } : { body: {} })
      const wxpay = testClient(keys, server.url)
      await wxpay.chain('v3/debug-me').get({ params: { q: 1 } })
      await wxpay.chain('v3/debug-me').post({ secret_note: '王小明' }, { maxRetries: 0 })
      await server.close()
    `
    const child = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, NODE_DEBUG: 'wxpay' }, encoding: 'utf8', timeout: 60_000 },
    )
    assert.equal(child.status, 0, child.stderr)
    const { stderr } = child
    const lines = stderr.split('\n').filter((line) => line.startsWith('WXPAY '))
    const base = 'http://127\\.0\\.0\\.1:\\d+/v3/debug-me'
    const id = 'Request-ID 08[0-9A-F]{24}'
    const expected = [
      new RegExp(
        `^WXPAY \\d+: GET ${base}\\?q=1 attempt 1: 503 SYSTEM_ERROR, ${id}, \\d+ ms; retry in \\d+ ms \\(server-error\\)$`,
      ),
      new RegExp(`^WXPAY \\d+: GET ${base}\\?q=1 attempt 2: 200, ${id}, \\d+ ms$`),
      new RegExp(`^WXPAY \\d+: POST ${base} attempt 1: 200, ${id}, \\d+ ms$`),
    ]
    assert.equal(lines.length, expected.length, stderr)
    for (const [index, line] of lines.entries()) assert.match(line, expected[index])
    for (const secret of ['王小明', 'secret_note', 'WECHATPAY2-SHA256-RSA2048', 'PRIVATE KEY']) {
      assert.ok(!stderr.includes(secret), `no ${secret} on stderr`)
    }
  })
})

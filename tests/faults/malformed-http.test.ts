// Fault suite: 6,000 malformed requests, generated from a seed, written on raw TCP sockets to a
// simulator in its own process. Each must be answered with a 4xx JSON error (never a 5xx, a bare
// parser answer or silence), the process must stay up, and its memory must not grow with the count.
// One exception: a GET of `/` that the parser takes is the dashboard's request, answered with its page.
import assert from 'node:assert/strict'
import { createPrivateKey } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { authorizationHeader, createNonce, endpoints, requestMessage, signSync } from '@wxpay/sdk/protocol'
import fc from 'fast-check'
import { type ChildSimulator, startChildSimulator } from '../../packages/simulator/test/helpers.js'
import { exchange, parseResponses } from '../../packages/simulator/test/raw-http.js'
import { elapsed, MIB, record, seedFor } from './figures.js'

const SEED = seedFor(20261122)
const REQUESTS = 6000
const WARM_UP = 1000
const CONCURRENCY = 16
/** RSS the simulator may gain between the warm-up and the end (after a full collection each time). */
const RSS_GROWTH_LIMIT = 48 * MIB
/** Heap it may gain: a few hundred bytes per request, where keeping each request would take kilobytes. */
const HEAP_GROWTH_LIMIT = 4 * MIB

const API_PATHS = Object.values(endpoints).map((endpoint) => endpoint.path.replace(/\{\w+\}/g, 'A1'))
const POST_PATHS = Object.values(endpoints)
  .filter((endpoint) => endpoint.method === 'POST' && endpoint.request)
  .map((endpoint) => endpoint.path.replace(/\{\w+\}/g, 'A1'))

const method = fc.oneof(
  { arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'CONNECT'), weight: 4 },
  { arbitrary: fc.constantFrom('get', 'post', 'Post', 'FETCH', 'G\u0000T', ''), weight: 1 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 12 }), weight: 1 },
)
const target = fc.oneof(
  fc.constantFrom(...API_PATHS),
  fc.constantFrom('/', '*', '//v3', '/v3/', 'http://127.0.0.1/v3/certificates', '/v3/%ZZ', '/v3/%00', '/v3/a b'),
  fc.string({ maxLength: 40 }).map((text) => `/v3/${text}`),
  fc.integer({ min: 16_500, max: 24_000 }).map((length) => `/v3/${'a'.repeat(length)}`),
)
const version = fc.constantFrom(
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/2.0',
  'HTTP/1.x',
  'HTTPS/1.1',
  '',
  'HTTP/1.1 x',
)
const header = fc.oneof(
  fc.constantFrom(
    'Accept: application/json',
    'Content-Type: application/json',
    'Content-Type: text/plain',
    'Authorization: WECHATPAY2-SHA256-RSA2048 mchid="1900000001";nonce_str="n";signature="s"',
    'Authorization: WECHATPAY2-SHA256-RSA2048 signature="a",signature="b"',
    'Authorization: Bearer x',
    'Content-Length: -1',
    'Content-Length: 1x',
    'Content-Length: 99999999999999999999',
    'Transfer-Encoding: gzip',
    'X-Trace: \u0001\u007f',
    'NoColon',
    ' Folded: yes',
    'Wechatpay-Serial: PUB_KEY_ID_X',
  ),
  fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 60 })).map(([name, value]) => `${name}: ${value}`),
  fc.integer({ min: 17_000, max: 20_000 }).map((length) => `X-Big: ${'b'.repeat(length)}`),
)
const body = fc.oneof(
  fc.constantFrom('', '{}', '{"appid":', 'null', '[]', '"x"', '{"appid":"\\ud800"}'),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.integer({ min: 33, max: 5000 }).map((depth) => `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`),
)
/** How the body is framed: by its length, chunked (always ended), not at all, or with too short a length. */
const framing = fc.constantFrom('length', 'chunked', 'none', 'short')

/** A request of any shape: well-formed or not, unsigned. */
const anyRequest = fc
  .record({ method, target, version, host: fc.boolean(), headers: fc.array(header, { maxLength: 4 }), body, framing })
  .map((parts) => {
    const head = [`${parts.method} ${parts.target} ${parts.version}`.trimEnd()]
    if (parts.host) head.push('Host: 127.0.0.1')
    head.push(...parts.headers)
    return frame(head, parts.body, parts.framing)
  })

/** A well-formed POST to a catalog endpoint, signed over its exact bytes, with a hostile body: past authentication. */
const signedRequest = (merchant: ChildSimulator['merchant']) =>
  fc
    .record({
      path: fc.constantFrom(...POST_PATHS),
      body,
      framing: fc.constantFrom('length', 'chunked'),
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain'),
    })
    .map((parts) => {
      const bytes = Buffer.from(parts.body, 'latin1')
      const timestamp = String(Math.floor(Date.now() / 1000))
      const nonce = createNonce()
      const message = requestMessage('POST', parts.path, timestamp, nonce, bytes)
      const signature = signSync(message, createPrivateKey(merchant.privateKey))
      const authorization = authorizationHeader({ ...merchant, nonce, timestamp, signature })
      const head = [`POST ${parts.path} HTTP/1.1`, 'Host: 127.0.0.1', `Content-Type: ${parts.contentType}`]
      return frame([...head, `Authorization: ${authorization}`], parts.body, parts.framing)
    })

/** The request head and the body framed as told. */
function frame(head: string[], text: string, framing: string): Buffer {
  const bytes = Buffer.from(text, 'latin1')
  let payload = bytes
  if (framing === 'length') head.push(`Content-Length: ${bytes.length}`)
  if (framing === 'short') head.push(`Content-Length: ${bytes.length >> 1}`)
  if (framing === 'chunked') {
    head.push('Transfer-Encoding: chunked')
    const chunk = bytes.length > 0 ? `${bytes.length.toString(16)}\r\n${text}\r\n` : ''
    payload = Buffer.from(`${chunk}0\r\n\r\n`, 'latin1')
  }
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), payload])
}

let child: ChildSimulator
before(async () => {
  child = await startChildSimulator()
})
after(() => child.close())

interface Tally {
  /** Answers by status and code: `400 PARAM_ERROR`. */
  statuses: Map<string, number>
  unanswered: number
  /** GETs of `/` answered with the dashboard's page, not counted in `statuses`. */
  dashboardPages: number
  notJson: Buffer[]
  serverErrors: Buffer[]
}

/** Sends `requests` with CONCURRENCY exchanges in flight; tallies the first answer to each. */
async function send(port: number, requests: Buffer[], tally: Tally): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const bytes = requests[next++]
      const [answer] = parseResponses(await exchange(port, bytes, { timeoutMs: 5000 }))
      if (!answer) {
        tally.unanswered++
        continue
      }
      const code = errorCode(answer.headers['content-type'], answer.body)
      if (isDashboardPage(bytes, answer)) {
        tally.dashboardPages++
        continue
      }
      const key = `${answer.status} ${code ?? '(not a JSON error)'}`
      tally.statuses.set(key, (tally.statuses.get(key) ?? 0) + 1)
      if (answer.status >= 500) tally.serverErrors.push(bytes)
      if (!code) tally.notJson.push(bytes)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

/** A GET of `/` (any version the parser accepts) answered with the dashboard's HTML page. */
function isDashboardPage(request: Buffer, answer: { status: number; headers: Record<string, string> }) {
  return (
    request.toString('latin1').startsWith('GET / ') &&
    answer.status === 200 &&
    answer.headers['content-type'] === 'text/html; charset=utf-8'
  )
}

/** The code of a WeChat Pay JSON error body, else undefined. */
function errorCode(contentType: string | undefined, body: Buffer): string | undefined {
  if (contentType !== 'application/json; charset=utf-8') return undefined
  try {
    const json = JSON.parse(body.toString('utf8'))
    return typeof json.code === 'string' && typeof json.message === 'string' ? json.code : undefined
  } catch {
    return undefined
  }
}

const sample = (bytes: Buffer[]) =>
  bytes.slice(0, 3).map((item) => JSON.stringify(item.toString('latin1').slice(0, 200)))

describe(`malformed HTTP (seed ${SEED})`, () => {
  it(`${REQUESTS} generated requests: each answered 4xx JSON, the process up, RSS bounded`, async () => {
    const started = performance.now()
    const request = fc.oneof(
      { arbitrary: anyRequest, weight: 2 },
      { arbitrary: signedRequest(child.merchant), weight: 1 },
    )
    const requests = fc.sample(request, { seed: SEED, numRuns: REQUESTS })
    const port = Number(new URL(child.url).port)
    const tally: Tally = { statuses: new Map(), unanswered: 0, dashboardPages: 0, notJson: [], serverErrors: [] }
    await send(port, requests.slice(0, WARM_UP), tally)
    const warm = await child.stats()
    await send(port, requests.slice(WARM_UP), tally)
    const end = await child.stats()
    const statuses = Object.fromEntries([...tally.statuses].sort(([a], [b]) => a.localeCompare(b)))
    const growth = end.rss - warm.rss
    const heapGrowth = end.heapUsed - warm.heapUsed
    record('malformed-http', {
      seed: SEED,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      statuses,
      unanswered: tally.unanswered,
      dashboardPages: tally.dashboardPages,
      rssAfterWarmUpMiB: Math.round(warm.rss / MIB),
      rssGrowthMiB: Math.round((growth / MIB) * 10) / 10,
      heapGrowthMiB: Math.round((heapGrowth / MIB) * 10) / 10,
      ms: elapsed(started),
    })
    assert.deepEqual(sample(tally.serverErrors), [], 'no 5xx')
    assert.deepEqual(sample(tally.notJson), [], 'every answer a JSON error')
    assert.equal(tally.unanswered, 0, 'every request answered')
    assert.ok(
      Object.keys(statuses).every((status) => status >= '400' && status < '500'),
      JSON.stringify(statuses),
    )
    assert.equal(child.process.exitCode, null, 'the simulator process is up')
    assert.ok(growth < RSS_GROWTH_LIMIT, `RSS grew ${Math.round(growth / MIB)} MiB after the warm-up`)
    assert.ok(heapGrowth < HEAP_GROWTH_LIMIT, `the heap grew ${Math.round(heapGrowth / 1024)} KiB after the warm-up`)
  })
})

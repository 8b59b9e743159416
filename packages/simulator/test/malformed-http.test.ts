// Requests node:http cannot parse, written on a raw socket: each is answered as WeChat Pay answers a
// bad request — signed JSON INVALID_REQUEST with a Request-ID — where node:http alone sends a bare
// 400 or 431 with no body.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { exchange, isSigned, parseResponses } from './raw-http.js'

let simulator: Simulator
let port: number
before(async () => {
  simulator = await createSimulator()
  port = Number(new URL(simulator.url).port)
})
after(() => simulator.close())

const CERTS = '/v3/certificates'
const S4 = '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'
const line = (method: string, path = CERTS) => `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`

const cases: [string, string, number, RegExp][] = [
  ['a lower-case method', `${line('post')}\r\n`, 400, /the method is not an HTTP method in capitals/],
  ['an unknown method', `${line('FETCH')}\r\n`, 400, /the method is not an HTTP method in capitals/],
  ['a control character in a header', `${line('GET')}X-Trace: a\u0001b\r\n\r\n`, 400, /a header is malformed/],
  ['a header without a colon', `${line('GET')}X-Trace\r\n\r\n`, 400, /a header is malformed/],
  [
    'a Content-Length that is not a number',
    `${line('POST')}Content-Length: 12abc\r\n\r\n`,
    400,
    /Content-Length or Transfer-Encoding is malformed \(Invalid character in Content-Length\)/,
  ],
  [
    'Content-Length given twice, differently',
    `${line('POST')}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
    400,
    /Content-Length or Transfer-Encoding is malformed/,
  ],
  [
    'Content-Length with Transfer-Encoding',
    `${line('POST')}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    400,
    /Transfer-Encoding can't be present with Content-Length/,
  ],
  [
    'CONNECT, which node:http does not route',
    'CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    405,
    /CONNECT is not served/,
  ],
  ['HTTP/1.1 without Host', `GET ${CERTS} HTTP/1.1\r\n\r\n`, 400, /an HTTP\/1\.1 request needs a Host header/],
  ['a 20 KB URL', `${line('GET', `/v3/${'a'.repeat(20_000)}`)}\r\n`, 431, /over 16 KiB/],
  ['bytes that are not HTTP', '\u0000\u0001\u0002 garbage\r\n\r\n', 400, /the method is not an HTTP method/],
  [
    'a bad chunk size',
    `${line('POST', S4)}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
    400,
    /not well-formed HTTP\/1\.1 \(Invalid character in chunk size\)/,
  ],
  ['a bare LF after the version', 'GET / HTTP/1.1\nHost: x\n\n', 400, /not well-formed HTTP\/1\.1/],
]

describe('requests node:http cannot parse', () => {
  for (const [name, request, status, message] of cases) {
    it(`${name}: ${status} INVALID_REQUEST, JSON and signed`, async () => {
      const [response, ...more] = parseResponses(await exchange(port, request))
      assert.equal(more.length, 0)
      assert.equal(response.status, status)
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8')
      assert.equal(response.headers.connection, 'close')
      const body = JSON.parse(response.body.toString('utf8'))
      assert.equal(body.code, 'INVALID_REQUEST')
      assert.match(body.message, /^HTTP 请求不符合微信支付 APIv3 接口规则: /)
      assert.match(body.message, message)
      assert.ok(isSigned(response, simulator.certs), 'signed by the platform key')
    })
  }

  it('after a well-formed request on the same connection, the bad one is answered after the good one', async () => {
    const bytes = `${line('GET')}\r\n${line('get')}\r\n`
    const responses = parseResponses(await exchange(port, bytes, { responses: 2 }))
    assert.deepEqual(
      responses.map((response) => [response.status, JSON.parse(response.body.toString()).code]),
      [
        [401, 'SIGN_ERROR'],
        [400, 'INVALID_REQUEST'],
      ],
    )
    assert.ok(responses.every((response) => isSigned(response, simulator.certs)))
  })

  it('bytes after a request that closes the connection get no answer of their own', async () => {
    for (const request of [`GET ${CERTS} HTTP/1.0\r\n\r\nxyz`, `${line('GET')}Connection: close\r\n\r\nxyz`]) {
      const responses = parseResponses(await exchange(port, request, { responses: 2, timeoutMs: 1000 }))
      assert.deepEqual(
        responses.map((response) => [response.status, JSON.parse(response.body.toString()).code]),
        [[401, 'SIGN_ERROR']],
      )
    }
  })

  it('a bad chunk after the request was answered (405 without reading the body) gets no second answer', async () => {
    const bytes = `${line('POST')}Transfer-Encoding: chunked\r\n\r\nzz\r\n`
    const responses = parseResponses(await exchange(port, bytes, { responses: 2, timeoutMs: 1000 }))
    assert.deepEqual(
      responses.map((response) => response.status),
      [405],
    )
  })

  it('a method node:http knows but WeChat Pay does not serve is 405 JSON; a path it does not know is 404', async () => {
    const [propfind] = parseResponses(await exchange(port, `${line('PROPFIND')}\r\n`))
    assert.equal(propfind.status, 405)
    assert.equal(propfind.headers.allow, 'GET')
    const [star] = parseResponses(await exchange(port, 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'))
    assert.equal(star.status, 404)
    assert.equal(JSON.parse(star.body.toString()).code, 'NOT_FOUND')
  })
})

// Failover (retry.ts): when the primary domain cannot be reached, the next attempts go to the backup
// domain, as the official Java SDK does; only for failures before the request was written.
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { describe, it } from 'node:test'
import {
  ConfigurationError,
  DEFAULT_BACKUP_BASE_URL,
  NetworkError,
  type RetryEvent,
  WechatPay,
  type WechatPayOptions,
} from '@wxpay/sdk'
import { fastClock, testClient } from './helpers/clients.js'
import { createKeys, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)
const S1 = 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<string> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

function client(baseURL: string, extra: Partial<WechatPayOptions> = {}) {
  const retries: RetryEvent[] = []
  const wxpay = testClient(keys, baseURL, 'public-key', { onRetry: (event) => retries.push(event), ...extra })
  return { wxpay, retries }
}

describe('failover to the backup domain', () => {
  for (const transport of ['node', 'fetch'] as const) {
    it(`a primary that refuses the connection: the POST goes to the backup at once (${transport})`, async () => {
      const primary = await closedPort()
      const extra = transport === 'fetch' ? { fetch: globalThis.fetch } : {}
      const { wxpay, retries } = client(primary, { backupBaseURL: fake.server.url, ...extra })
      await wxpay.chain(S1).post(insuranceBody())
      assert.equal(fake.server.seen.length, 1)
      assert.ok(fake.server.seen[0].authorized)
      assert.deepEqual(
        retries.map((retry) => [retry.url, retry.reason, retry.delayMs, retry.nextUrl]),
        [[`${primary}/${S1}`, 'not-sent', 0, `${fake.server.url}/${S1}`]],
      )
    })
  }

  it('both unreachable: the backup is tried again after a back-off, then a NetworkError naming it', async () => {
    const [primary, backup] = [await closedPort(), await closedPort()]
    const { wxpay, retries } = client(primary, { backupBaseURL: backup })
    await assert.rejects(wxpay.chain('v3/outside').post({ a: 1 }), (error: NetworkError) => {
      assert.ok(error instanceof NetworkError, String(error))
      assert.equal(error.url, `${backup}/v3/outside`)
      assert.match(error.message, /^POST http:\/\/127\.0\.0\.1:\d+\/v3\/outside: .*\(3 attempts\)$/)
      return true
    })
    assert.deepEqual(
      retries.map((retry) => [retry.reason, retry.nextUrl.startsWith(backup), retry.delayMs > 0]),
      [
        ['not-sent', true, false],
        ['not-sent', true, true],
      ],
    )
  })

  it('an answer lost after the request was written is not a failover: a GET asks the same domain again', async () => {
    let answered = 0
    fake.reply = () => (answered++ === 0 ? { drop: 'reset' } : { body: { ok: 1 } })
    const { wxpay, retries } = client(fake.server.url, { backupBaseURL: 'http://127.0.0.1:9' })
    assert.deepEqual((await wxpay.chain('v3/x').get()).data, { ok: 1 })
    assert.deepEqual(
      retries.map((retry) => [retry.reason, retry.nextUrl]),
      [['network', `${fake.server.url}/v3/x`]],
    )
  })

  it('backupBaseURL: api2 by default for the default primary only; false or another base URL for none', () => {
    const options = {
      mchid: keys.mchid,
      serial: keys.merchantSerial,
      privateKey: keys.merchant.privatePem,
      certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
      clock: fastClock(),
    }
    assert.equal(DEFAULT_BACKUP_BASE_URL, 'https://api2.mch.weixin.qq.com')
    assert.equal(new WechatPay(options).backupBaseURL, DEFAULT_BACKUP_BASE_URL)
    assert.equal(
      new WechatPay({ ...options, baseURL: 'https://api.mch.weixin.qq.com/' }).backupBaseURL,
      DEFAULT_BACKUP_BASE_URL,
    )
    assert.equal(new WechatPay({ ...options, backupBaseURL: false }).backupBaseURL, undefined)
    assert.equal(new WechatPay({ ...options, baseURL: fake.server.url }).backupBaseURL, undefined)
    assert.equal(
      new WechatPay({ ...options, backupBaseURL: 'https://proxy.example/wx/' }).backupBaseURL,
      'https://proxy.example/wx',
    )
    for (const wrong of ['not a url', 42, true]) {
      assert.throws(
        () => new WechatPay({ ...options, backupBaseURL: wrong as never }),
        (error: ConfigurationError) => error instanceof ConfigurationError && error.option === 'backupBaseURL',
      )
    }
  })
})

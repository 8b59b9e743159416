import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { after, describe, it } from 'node:test'
import {
  type CertificateCache,
  CertificateDownloadError,
  DecryptionError,
  MemoryCertificateCache,
  SignatureVerificationError,
  WechatPay,
  WechatPayApiError,
  type WechatPayOptions,
} from '@wxpay/sdk'
import { createTestNotification } from '@wxpay/sdk/testing'
import { testClient } from './helpers/clients.js'
import { createKeys, type Keys } from './helpers/fake-wechatpay.js'
import { platformCertificate, signerOf, startCertificateServer } from './helpers/platform-certificates.js'
import { insuranceBody } from './helpers/seeds.js'

// Merchant keys are shared (key generation dominates the run time); each test has its own server and certificates.
const keys = createKeys()
const closers: (() => Promise<void>)[] = []
after(() => Promise.all(closers.map((close) => close())))

async function certificateServer(keys: Keys) {
  const platform = await startCertificateServer(keys)
  closers.push(platform.close)
  return platform
}

/** The client's clock: real time plus an offset the test moves (within the 5-minute window). */
const testClock = () => {
  const clock = {
    offset: 0,
    now: () => Date.now() + clock.offset,
    sleep: async (ms: number) => {
      clock.offset += ms
    },
  }
  return clock
}

const merchantOnly = (keys: Keys, baseURL: string, extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, baseURL, 'none', extra)

describe('rotation', () => {
  it('the server signs with a new certificate: the client downloads exactly once and carries on', async () => {
    const platform = await certificateServer(keys)
    const clock = testClock()
    const errors: Error[] = []
    const wxpay = merchantOnly(keys, platform.url, { clock, onError: (error) => errors.push(error) })
    await wxpay.chain('v3/ping').get()
    const old = platform.state.signer
    assert.deepEqual(wxpay.trustedKeyIds, [old.serial])

    clock.offset += 120_000
    const next = platform.rotate()
    for (let i = 0; i < 5; i++) assert.equal((await wxpay.chain('v3/ping').get()).status, 200)
    assert.equal(platform.state.downloads, 2, 'one bootstrap download, one for the new certificate')
    assert.deepEqual(wxpay.trustedKeyIds, [old.serial, next.serial])
    assert.deepEqual(errors, [])
  })

  it('a list signed by the certificate already trusted is verified with it', async () => {
    const platform = await certificateServer(keys)
    const old = platform.state.signer
    const wxpay = merchantOnly(keys, platform.url, { certs: { [old.serial]: old.pem } })
    const next = platform.rotate()
    platform.state.listSigner = old
    await wxpay.chain('v3/ping').get()
    assert.equal(platform.state.downloads, 1)
    assert.deepEqual(wxpay.trustedKeyIds, [old.serial, next.serial])
  })

  it('a notification signed by the new certificate is followed the same way', async () => {
    const platform = await certificateServer(keys)
    const old = platform.state.signer
    const wxpay = merchantOnly(keys, platform.url, { certs: { [old.serial]: old.pem } })
    const next = platform.rotate()
    const notification = createTestNotification(
      { event_type: 'INSURANCE_ENTRUST.SIGN', resource: { mchid: keys.mchid, contract_state: 'SIGNED' } },
      { privateKey: next.pair.privateKey, serial: next.serial, apiV3Key: keys.apiV3Key },
    )
    const event = await wxpay.notifications.parse(notification)
    assert.equal(event.event_type, 'INSURANCE_ENTRUST.SIGN')
    assert.equal(platform.state.downloads, 1)
  })

  it('100 parallel calls meeting the unknown serial cause exactly one download', async () => {
    const platform = await certificateServer(keys)
    const clock = testClock()
    const wxpay = merchantOnly(keys, platform.url, { clock })
    await wxpay.chain('v3/ping').get()
    clock.offset += 120_000
    platform.rotate()
    const results = await Promise.all(Array.from({ length: 100 }, () => wxpay.chain('v3/ping').get()))
    assert.ok(results.every((result) => result.status === 200))
    assert.equal(platform.state.downloads, 2)
  })

  it('100 parallel calls that need an encryption key at start cause exactly one download', async () => {
    const platform = await certificateServer(keys)
    const wxpay = merchantOnly(keys, platform.url)
    const identity = { real_name: '张三', id_card_number: '110101199003074578' }
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
          ...insuranceBody(`INS${i}`),
          real_identity: identity,
        }),
      ),
    )
    assert.equal(platform.state.downloads, 1)
  })
})

describe('rate limit', () => {
  it('at most one download a minute by the client’s clock; the error says why', async () => {
    const platform = await certificateServer(keys)
    const clock = testClock()
    const wxpay = merchantOnly(keys, platform.url, { clock })
    await wxpay.chain('v3/ping').get()
    const stranger = platformCertificate()
    platform.state.reply = () => ({ body: {}, signer: signerOf(stranger) })
    const fails = (pattern: RegExp) =>
      assert.rejects(wxpay.chain('v3/ping').get(), (error: SignatureVerificationError) => {
        assert.equal(error.reason, 'unknown-serial')
        assert.match(error.message, pattern)
        return true
      })

    await fails(/downloaded less than 60 s ago and did not include it/)
    clock.offset += 59_000
    await fails(/downloaded less than 60 s ago/)
    assert.equal(platform.state.downloads, 1)
    clock.offset += 1_000
    await fails(/just fetched do not include it: the message may be forged/)
    assert.equal(platform.state.downloads, 2)
    await fails(/downloaded less than 60 s ago/)
    assert.equal(platform.state.downloads, 2)
  })

  it('within the interval, the last failure is given again rather than a new download', async () => {
    const platform = await certificateServer(keys)
    const clock = testClock()
    const errors: Error[] = []
    // One attempt per download: this is about the interval between downloads, not about retries.
    const wxpay = merchantOnly(keys, platform.url, { clock, onError: (error) => errors.push(error), maxRetries: 0 })
    platform.state.listReply = () => ({
      status: 500,
      body: { code: 'SYSTEM_ERROR', message: '系统异常' },
      signer: 'none',
    })
    for (let i = 0; i < 3; i++) {
      await assert.rejects(wxpay.chain('v3/ping').get(), (error: SignatureVerificationError) => {
        assert.match(error.message, /Downloading the platform certificates failed: 500 SYSTEM_ERROR/)
        assert.ok(error.cause instanceof WechatPayApiError)
        return true
      })
    }
    assert.equal(platform.state.downloads, 1)
    assert.equal(errors.length, 1, 'reported once, when it happened')
    platform.state.listReply = undefined
    clock.offset += 60_000
    assert.equal((await wxpay.chain('v3/ping').get()).status, 200)
    assert.equal(platform.state.downloads, 2)
  })

  it('an explicit download() is not rate-limited', async () => {
    const platform = await certificateServer(keys)
    const wxpay = merchantOnly(keys, platform.url)
    await wxpay.certificates.download()
    await wxpay.certificates.download()
    assert.equal(platform.state.downloads, 2)
  })
})

describe('the certificate cache', () => {
  const recording = () => {
    const entries = new Map<string, string>()
    const calls: string[] = []
    const cache: CertificateCache = {
      async get(key) {
        calls.push(`get ${key}`)
        return entries.get(key)
      },
      async set(key, value, ttlSeconds) {
        calls.push(`set ${key} ${ttlSeconds}`)
        entries.set(key, value)
      },
    }
    return { cache, entries, calls }
  }

  it('a second instance takes the certificates from the shared cache instead of downloading', async () => {
    const platform = await certificateServer(keys)
    const { cache, calls, entries } = recording()
    const first = merchantOnly(keys, platform.url, { certificateCache: cache })
    await first.chain('v3/ping').get()
    assert.deepEqual(calls, [
      `get wxpay:platform-certificates:${keys.mchid}`,
      `set wxpay:platform-certificates:${keys.mchid} 43200`,
    ])
    assert.ok(!entries.get(`wxpay:platform-certificates:${keys.mchid}`)!.includes(keys.apiV3Key))

    const second = merchantOnly(keys, platform.url, { certificateCache: cache })
    await second.chain('v3/ping').get()
    await second.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
      ...insuranceBody(),
      real_identity: { real_name: '张三', id_card_number: '110101199003074578' },
    })
    assert.equal(platform.state.downloads, 1)
    assert.deepEqual(second.trustedKeyIds, [platform.state.signer.serial])
  })

  it('a failing or corrupt cache is reported and the client downloads', async () => {
    const platform = await certificateServer(keys)
    const errors: Error[] = []
    const broken: CertificateCache = {
      get: () => {
        throw new Error('connection refused')
      },
      set: () => Promise.reject(new Error('read-only replica')),
    }
    const wxpay = merchantOnly(keys, platform.url, { certificateCache: broken, onError: (error) => errors.push(error) })
    assert.equal((await wxpay.chain('v3/ping').get()).status, 200)
    assert.deepEqual(
      errors.map((error) => [error.constructor, /connection refused|read-only replica/.test(error.message)]),
      [
        [CertificateDownloadError, true],
        [CertificateDownloadError, true],
      ],
    )

    const corrupt = new MemoryCertificateCache()
    corrupt.set(`wxpay:platform-certificates:${keys.mchid}`, '[{"serial":"01","pem":"nope"}]', 60)
    const other = merchantOnly(keys, platform.url, {
      certificateCache: corrupt,
      onError: (error) => errors.push(error),
    })
    assert.equal((await other.chain('v3/ping').get()).status, 200)
    assert.match(errors[2].message, /certificate cache entry of merchant 1900000001 is unusable/)
  })

  it('the in-memory cache expires by its clock', () => {
    const clock = { now: () => 0 }
    const cache = new MemoryCertificateCache(clock)
    cache.set('k', 'v', 10)
    clock.now = () => 9_999
    assert.equal(cache.get('k'), 'v')
    clock.now = () => 10_000
    assert.equal(cache.get('k'), undefined)
  })
})

describe('periodic refresh and onError', () => {
  it('downloads on an unref’d timer when enabled; close() stops it', async () => {
    const platform = await certificateServer(keys)
    let downloaded!: () => void
    const twice = new Promise<void>((resolve) => {
      downloaded = resolve
    })
    platform.state.onDownload = () => {
      if (platform.state.downloads === 2) downloaded()
    }
    const wxpay = merchantOnly(keys, platform.url, { refreshCertificates: 5, minDownloadInterval: 0 })
    await twice
    wxpay.close()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const afterClose = platform.state.downloads
    await new Promise((resolve) => setTimeout(resolve, 40))
    assert.equal(platform.state.downloads, afterClose, 'no download after close()')
    assert.deepEqual(wxpay.trustedKeyIds, [platform.state.signer.serial])
  })

  it('a failing periodic refresh goes to onError and never throws', async () => {
    const platform = await certificateServer(keys)
    platform.state.listReply = () => ({ body: {}, signer: signerOf(platform.state.signer) })
    const reported = new Promise<Error>((resolve) => {
      const wxpay = merchantOnly(keys, platform.url, {
        refreshCertificates: 5,
        onError: (error) => {
          wxpay.close()
          resolve(error)
        },
      })
    })
    const error = await reported
    assert.ok(error instanceof CertificateDownloadError)
    assert.match(error.message, /lists no certificates/)
  })

  it('without onError, a failure becomes a process warning', async () => {
    const platform = await certificateServer(keys)
    platform.state.listReply = () => ({
      body: '{"data":[{"serial_no":"01"}]}',
      signer: signerOf(platform.state.signer),
    })
    const warning = new Promise<Error>((resolve) => process.once('warning', resolve))
    const wxpay = merchantOnly(keys, platform.url, { refreshCertificates: 5 })
    const error = await warning
    wxpay.close()
    assert.ok(error instanceof CertificateDownloadError)
  })

  it('an onError that throws does not escape', async () => {
    const platform = await certificateServer(keys)
    platform.state.listReply = () => ({ status: 503, body: { code: 'SYSTEM_ERROR', message: 'busy' }, signer: 'none' })
    const warning = new Promise<Error>((resolve) => process.once('warning', resolve))
    const wxpay = merchantOnly(keys, platform.url, {
      refreshCertificates: 5,
      onError: () => {
        throw new Error('hook broke')
      },
    })
    const emitted = await warning
    wxpay.close()
    assert.match(emitted.message, /onError threw while reporting "503 SYSTEM_ERROR.*hook broke/)
  })

  it('an on-demand failure reaches onError once and the caller with its cause', async () => {
    const platform = await certificateServer(keys)
    const errors: Error[] = []
    const wxpay = merchantOnly(keys, platform.url, {
      apiV3Key: 'X'.repeat(32),
      onError: (error) => errors.push(error),
    })
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => wxpay.chain('v3/ping').get()))
    for (const result of results) {
      assert.equal(result.status, 'rejected')
      const error = (result as PromiseRejectedResult).reason as SignatureVerificationError
      assert.ok(error instanceof SignatureVerificationError)
      assert.ok(error.cause instanceof DecryptionError)
      assert.match(error.message, /does not decrypt with this APIv3 key/)
    }
    assert.equal(platform.state.downloads, 1)
    assert.equal(errors.length, 1)
  })

  it('the timer does not keep the process alive', () => {
    const script = `
      import { WechatPay } from '@wxpay/sdk'
      new WechatPay(${JSON.stringify({
        mchid: keys.mchid,
        serial: keys.merchantSerial,
        privateKey: keys.merchant.privatePem,
        apiV3Key: keys.apiV3Key,
        refreshCertificates: true,
      })})
    `
    const child = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        timeout: 20_000,
        encoding: 'utf8',
      },
    )
    assert.equal(child.signal, null, 'exited by itself')
    assert.equal(child.status, 0, child.stderr)
  })

  it('refuses a periodic refresh without the APIv3 key, and bad periods', () => {
    const options = {
      mchid: keys.mchid,
      serial: keys.merchantSerial,
      privateKey: keys.merchant.privatePem,
      certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
    }
    assert.throws(() => new WechatPay({ ...options, refreshCertificates: true }), /refreshCertificates: needs apiV3Key/)
    for (const refreshCertificates of [0, -1, 2 ** 31, Number.NaN]) {
      assert.throws(
        () => new WechatPay({ ...options, apiV3Key: keys.apiV3Key, refreshCertificates }),
        /refreshCertificates: must be true/,
      )
    }
    assert.throws(() => new WechatPay({ ...options, minDownloadInterval: -1 }), /minDownloadInterval/)
    assert.throws(() => new WechatPay({ ...options, certificateCache: {} as never }), /certificateCache: must have get/)
    assert.throws(() => new WechatPay({ ...options, onError: 'log' as never }), /onError: must be a function/)
  })
})

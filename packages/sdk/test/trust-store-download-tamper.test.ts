// A certificate list that cannot be trusted adds nothing; merchants never share keys (trust/download.ts).
import assert from 'node:assert/strict'
import { randomBytes, sign } from 'node:crypto'
import { describe, it } from 'node:test'
import { inspect } from 'node:util'
import { CertificateDownloadError, DecryptionError, SignatureVerificationError } from '@wxpay/sdk'
import { certificateServer, merchantOnly } from './helpers/certificate-download.js'
import { createKeys, type Keys } from './helpers/fake-wechatpay.js'
import { certificateList, platformCertificate, signerOf } from './helpers/platform-certificates.js'

const _S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
// Merchant keys are shared (key generation dominates the run time); each test has its own server and certificates.
const keys = createKeys()

describe('a tampered certificate list adds nothing', () => {
  type Tamper = (list: ReturnType<typeof certificateList>, keys: Keys) => ReturnType<typeof certificateList>
  const flipTag: Tamper = (list) => {
    const entry = list.data[0].encrypt_certificate
    const bytes = Buffer.from(entry.ciphertext, 'base64')
    bytes[bytes.length - 1] ^= 0x01
    entry.ciphertext = bytes.toString('base64')
    return list
  }
  const swapCertificate: Tamper = (list, keys) => {
    const impostor = platformCertificate()
    list.data[0] = { ...certificateList([impostor], keys.apiV3Key).data[0], serial_no: list.data[0].serial_no }
    return list
  }

  const cases: [string, (platform: Awaited<ReturnType<typeof certificateServer>>, keys: Keys) => void, object][] = [
    [
      'bad GCM tag',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: flipTag(certificateList(platform.state.listed, keys.apiV3Key), keys),
          signer: signerOf(platform.state.signer),
        })
      },
      DecryptionError,
    ],
    [
      'bad signature (body changed after signing)',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: certificateList(platform.state.listed, keys.apiV3Key),
          signer: signerOf(platform.state.signer),
          tamper: (body) => Buffer.from(body.toString().replace('2031-01-01', '2039-01-01')),
        })
      },
      SignatureVerificationError,
    ],
    [
      'bad signature (another key under the listed serial)',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: certificateList(platform.state.listed, keys.apiV3Key),
          signer: { serial: platform.state.signer.serial, key: keys.merchant.privateKey },
        })
      },
      SignatureVerificationError,
    ],
    [
      'serial mismatch',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: swapCertificate(certificateList(platform.state.listed, keys.apiV3Key), keys),
          signer: signerOf(platform.state.signer),
        })
      },
      CertificateDownloadError,
    ],
    [
      'signed by a serial neither trusted nor listed',
      (platform, keys) => {
        platform.state.listReply = () => ({
          body: certificateList(platform.state.listed, keys.apiV3Key),
          signer: signerOf(platformCertificate()),
        })
      },
      SignatureVerificationError,
    ],
  ]

  for (const [label, tamper, errorClass] of cases) {
    it(`${label}: download() rejects and the store is unchanged`, async () => {
      const platform = await certificateServer(keys)
      tamper(platform, keys)
      const wxpay = merchantOnly(keys, platform.url)
      await assert.rejects(wxpay.certificates.download(), errorClass as never)
      assert.deepEqual(wxpay.trustedKeyIds, [])
      await assert.rejects(wxpay.chain('v3/ping').get(), (error: SignatureVerificationError) => {
        assert.equal(error.reason, 'unknown-serial')
        assert.ok(error.cause instanceof (errorClass as typeof Error), String(error.cause))
        return true
      })
      assert.deepEqual(wxpay.trustedKeyIds, [])
    })
  }

  it('a listed certificate that would replace a trusted key under its serial: the whole list is refused', async () => {
    const platform = await certificateServer(keys)
    const trusted = platform.state.signer
    const impostor = platformCertificate({ serial: trusted.serial })
    const next = platformCertificate()
    platform.state.listed = [impostor, next]
    platform.state.listSigner = next
    const wxpay = merchantOnly(keys, platform.url, { certs: { [trusted.serial]: trusted.pem } })
    await assert.rejects(wxpay.certificates.download(), (error: CertificateDownloadError) => {
      assert.ok(error instanceof CertificateDownloadError)
      assert.match(error.message, new RegExp(`${trusted.serial} has another key`))
      return true
    })
    assert.deepEqual(wxpay.trustedKeyIds, [trusted.serial])
  })

  it('a wrong APIv3 key: the error says so and carries no secret', async () => {
    const platform = await certificateServer(keys)
    const wrongKey = randomBytes(16).toString('hex')
    const wxpay = merchantOnly(keys, platform.url, { apiV3Key: wrongKey })
    await assert.rejects(wxpay.certificates.download(), (error: DecryptionError) => {
      assert.ok(error instanceof DecryptionError)
      assert.match(error.message, /does not decrypt with this APIv3 key/)
      assert.match(error.message, /the APIv2 key was configured instead of the APIv3 key/)
      const text = `${error.stack}\n${inspect(error, { depth: 5 })}`
      for (const secret of [wrongKey, keys.apiV3Key]) assert.ok(!text.includes(secret))
      return true
    })
  })
})

describe('two merchants in one process', () => {
  it('never see each other’s keys, even through one shared certificate cache', async () => {
    const first = keys
    const second = { ...createKeys(), mchid: '1900000002' }
    const platformOne = await certificateServer(first)
    const platformTwo = await certificateServer(second)
    const { MemoryCertificateCache } = await import('@wxpay/sdk')
    const certificateCache = new MemoryCertificateCache()
    const one = merchantOnly(first, platformOne.url, { certificateCache })
    const two = merchantOnly(second, platformTwo.url, { certificateCache })
    await one.chain('v3/ping').get()
    await two.chain('v3/ping').get()
    assert.deepEqual(one.trustedKeyIds, [platformOne.state.signer.serial])
    assert.deepEqual(two.trustedKeyIds, [platformTwo.state.signer.serial])

    // Merchant two meets merchant one's certificate: its cache entry and its own list do not have it.
    const errors: Error[] = []
    const confused = merchantOnly(second, platformOne.url, { certificateCache, onError: (error) => errors.push(error) })
    await assert.rejects(confused.chain('v3/ping').get(), (error: SignatureVerificationError) => {
      assert.equal(error.reason, 'unknown-serial')
      assert.ok(error.cause instanceof DecryptionError, 'merchant one’s list does not decrypt with merchant two’s key')
      return true
    })
    assert.deepEqual(confused.trustedKeyIds, [platformTwo.state.signer.serial], 'from its own cache entry only')
    assert.equal(errors.length, 1)
    assert.deepEqual(one.trustedKeyIds, [platformOne.state.signer.serial])
  })

  it('a response signed by the other merchant’s platform certificate is refused', async () => {
    const first = keys
    const platformOne = await certificateServer(first)
    const second = { ...createKeys(), mchid: '1900000002' }
    const platformTwo = await certificateServer(second)
    const two = merchantOnly(second, platformTwo.url, {
      certs: { [platformTwo.state.signer.serial]: platformTwo.state.signer.pem },
      minDownloadInterval: 0,
    })
    platformTwo.state.reply = () => ({ body: {}, signer: signerOf(platformOne.state.signer) })
    await assert.rejects(two.chain('v3/ping').get(), (error: SignatureVerificationError) => {
      assert.equal(error.reason, 'unknown-serial')
      assert.match(error.message, /just fetched do not include it/)
      return true
    })
    // A forged signature by a serial it knows fails too.
    const forged = sign('sha256', Buffer.from('x'), platformOne.state.signer.pair.privateKey).toString('base64')
    platformTwo.state.reply = () => ({ body: {}, signature: forged })
    await assert.rejects(
      two.chain('v3/ping').get(),
      (error: SignatureVerificationError) => error.reason === 'bad-signature',
    )
  })
})

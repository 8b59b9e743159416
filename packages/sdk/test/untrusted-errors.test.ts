// An error response signed with a key the client does not trust (yet) is the server's error: a
// WechatPayApiError with its status, code and message, the local signing facts on SIGN_ERROR, and the
// trust problem on the next line; no sentence twice, no process warning for what the caller is told.
import assert from 'node:assert/strict'
import { after, afterEach, beforeEach, describe, it } from 'node:test'
import { SignatureVerificationError, WechatPayApiError } from '@wxpay/sdk'
import { testClient } from './helpers/clients.js'
import { createKeys, keyPair, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import { platformCertificate, signerOf, startCertificateServer } from './helpers/platform-certificates.js'

const keys = createKeys()
const closers: (() => Promise<void>)[] = []
after(() => Promise.all(closers.map((close) => close())))

// A restarted WeChat Pay side: new keys, so the client's configured serial and keys are stale.
const stranger = { serial: `PUB_KEY_ID_01${'AB'.repeat(13)}`, key: keyPair().privateKey }
const signError = { status: 401, body: { code: 'SIGN_ERROR', message: '商户证书序列号有误' } }

const warnings: Error[] = []
const onWarning = (warning: Error) => warnings.push(warning)
beforeEach(() => {
  warnings.length = 0
  process.on('warning', onWarning)
})
afterEach(() => {
  process.off('warning', onWarning)
})

/** A certificate-mode WeChat Pay stand-in and a client with merchant credentials and the APIv3 key only. */
async function certificateMode() {
  const platform = await startCertificateServer(keys)
  closers.push(platform.close)
  return { platform, wxpay: testClient(keys, platform.url, 'none') }
}

/** The rejection of `call`, which must be a WechatPayApiError. */
async function apiError(call: Promise<unknown>): Promise<WechatPayApiError> {
  const error = await call.then(
    () => assert.fail('expected a rejection'),
    (reason: unknown) => reason,
  )
  assert.ok(error instanceof WechatPayApiError, String(error))
  return error
}

/** No sentence of the message appears twice. */
function assertNoRepeats(message: string): void {
  const sentences = message.split(/(?<=[.:])\s+|\n/).filter((sentence) => sentence.length > 20)
  assert.deepEqual(
    sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index),
    [],
    message,
  )
}

describe('an error response signed by a key the client does not trust', () => {
  it('401 SIGN_ERROR signed by an unknown public key: the server’s error, then the trust problem, then what was signed', async () => {
    const fake = await startFakeWechatPay(keys, () => ({ ...signError, signer: stranger }))
    closers.push(fake.close)
    const error = await apiError(testClient(keys, fake.url, 'public-key').chain('v3/x').get())
    assert.equal(error.status, 401)
    assert.equal(error.code, 'SIGN_ERROR')
    assert.equal(error.verified, false)
    assert.ok(error.untrusted instanceof SignatureVerificationError)
    assert.equal(error.untrusted.reason, 'unknown-serial')
    assert.equal(error.signed?.serial, keys.merchantSerial)
    const lines = error.message.split('\n')
    assert.equal(lines.length, 3, error.message)
    assert.match(lines[0], /^401 SIGN_ERROR: 商户证书序列号有误 \[Request-ID 08[0-9A-F]+\]$/)
    assert.equal(
      lines[1],
      `Not verified: the response is signed by ${stranger.serial}, which this client does not trust ` +
        `(known: ${keys.publicKeyId}). Add the WeChat Pay public key with this id to certs (商户平台 → 账户中心 → API安全).`,
    )
    assert.match(lines[2], new RegExp(`^Signed locally: GET /v3/x, .* serial_no ${keys.merchantSerial}\\. Check that`))
    assertNoRepeats(error.message)
    assert.deepEqual(warnings, [])
  })

  it('401 SIGN_ERROR signed by an unknown certificate, with the APIv3 key: no download, and no “pass apiV3Key”', async () => {
    const { platform, wxpay } = await certificateMode()
    await wxpay.certificates.download()
    const restarted = platformCertificate()
    platform.state.reply = () => ({ ...signError, signer: signerOf(restarted) })
    const error = await apiError(wxpay.chain('v3/x').get())
    assert.equal(platform.state.downloads, 1, 'no download for a refused signature')
    assert.equal(error.code, 'SIGN_ERROR')
    const lines = error.message.split('\n')
    assert.equal(
      lines[1],
      `Not verified: the response is signed by ${restarted.serial}, which this client does not trust ` +
        `(known: ${platform.state.signer.serial}). The platform certificates were not downloaded: WeChat Pay ` +
        'refused this request’s signature (401), and would refuse the download’s too.',
    )
    assert.doesNotMatch(error.message, /pass apiV3Key/)
    assertNoRepeats(error.message)
    assert.deepEqual(warnings, [])
  })

  it('a 400 signed by a new certificate whose download fails: the 400, with the failed download once', async () => {
    const { platform, wxpay } = await certificateMode()
    const restarted = platformCertificate()
    platform.state.listReply = () => ({ ...signError, signer: signerOf(restarted) })
    platform.state.reply = () => ({
      status: 400,
      body: { code: 'PARAM_ERROR', message: '参数错误' },
      signer: signerOf(restarted),
    })
    const error = await apiError(wxpay.chain('v3/x').get())
    assert.equal(platform.state.downloads, 1)
    assert.equal(error.status, 400)
    assert.equal(error.code, 'PARAM_ERROR')
    assert.equal(error.signed, undefined)
    const lines = error.message.split('\n')
    assert.match(lines[0], /^400 PARAM_ERROR: 参数错误 \[Request-ID 08[0-9A-F]+\]$/)
    assert.match(
      lines[1],
      new RegExp(
        `^Not verified: the response is signed by ${restarted.serial}, which this client does not trust \\(known: none\\)\\. ` +
          'Downloading the platform certificates failed: 401 SIGN_ERROR: 商户证书序列号有误 \\[Request-ID 08[0-9A-F]+\\]$',
      ),
    )
    assert.ok(error.untrusted?.cause instanceof WechatPayApiError, 'the failed download is the cause')
    assertNoRepeats(error.message)
    assert.deepEqual(warnings, [], 'the caller is told; no process warning as well')
  })

  it('a response signed by a known key that does not verify is still refused as a forgery', async () => {
    const fake = await startFakeWechatPay(keys, () => ({
      ...signError,
      signature: Buffer.alloc(256).toString('base64'),
    }))
    closers.push(fake.close)
    await assert.rejects(
      testClient(keys, fake.url, 'public-key').chain('v3/x').get(),
      (error: SignatureVerificationError) =>
        error instanceof SignatureVerificationError && error.reason === 'bad-signature',
    )
  })
})

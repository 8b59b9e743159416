import assert from 'node:assert/strict'
import { once } from 'node:events'
import { type AddressInfo, createServer } from 'node:net'
import { after, before, it } from 'node:test'
import { inspect } from 'node:util'
import { WechatPay, type WechatPayOptions } from '@wxpay/sdk'
import { fastClock } from './helpers/clients.js'
import { createKeys, type Reply, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import { pemLines } from './helpers/notifications.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const realName = '王小明'
const idCard = '110101199003074578'
let reply: () => Reply = () => ({ body: {} })
let server: Awaited<ReturnType<typeof startFakeWechatPay>>
before(async () => {
  server = await startFakeWechatPay(keys, () => reply())
})
after(() => server.close())

/** Strings that must never appear in an error, a log line or a serialised client. */
function secrets(): string[] {
  return [
    keys.apiV3Key,
    Buffer.from(keys.apiV3Key).toString('base64'),
    Buffer.from(keys.apiV3Key).toString('hex'),
    ...pemLines(keys.merchant.privatePem),
    ...pemLines(keys.merchant.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    realName,
    idCard,
  ]
}

function scan(text: string, where: string) {
  for (const secret of secrets()) assert.ok(!text.includes(secret), `${where} leaks a secret`)
  for (const seen of server.seen) {
    const signature = seen.authorization.signature
    if (signature) assert.ok(!text.includes(signature), `${where} leaks the Authorization signature`)
  }
}

const describeError = (error: unknown) =>
  [String(error), (error as Error)?.stack ?? '', inspect(error, { depth: 10 }), JSON.stringify(error) ?? ''].join('\n')

it('no error, inspect() or JSON.stringify() of the client carries a key, the APIv3 key or encrypted plaintext', async () => {
  const options: WechatPayOptions = {
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: keys.merchant.privatePem,
    certs: { [keys.publicKeyId]: keys.platformPublicKey.publicPem },
    apiV3Key: keys.apiV3Key,
    baseURL: server.url,
    clock: fastClock(),
  }
  const wxpay = new WechatPay(options)
  scan(inspect(wxpay, { depth: 10, showHidden: true }), 'inspect(client)')
  scan(JSON.stringify(wxpay), 'JSON.stringify(client)')
  scan(String(wxpay), 'String(client)')

  const errors: unknown[] = []
  const capture = async (promise: Promise<unknown>) => {
    try {
      await promise
    } catch (error) {
      errors.push(error)
    }
  }
  const body = { ...insuranceBody(), real_identity: { real_name: realName, id_card_number: idCard } }
  const S1 = wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram

  // Configuration errors built from the secrets themselves.
  for (const change of [
    { apiV3Key: `${keys.apiV3Key}x` },
    { privateKey: keys.merchant.privatePem.replace(/\n[A-Za-z0-9+/]{8}/, '\n!!!!!!!!') },
    { privateKey: keys.merchant.privatePem.replace('PRIVATE KEY', 'PUBLIC KEY') },
    { certs: { [keys.publicKeyId]: keys.merchant.privatePem } },
    { serial: `${keys.apiV3Key}zz` },
  ]) {
    assert.throws(
      () => new WechatPay({ ...options, ...change }),
      (error) => errors.push(error) > 0,
    )
  }
  // Validation errors around encrypted fields.
  await capture(S1.post({ ...body, plan_id: 'x' } as never))
  await capture(S1.post({ ...body, real_identity: { real_name: realName.repeat(40), id_card_number: 5 } } as never))
  await capture(S1.post(body, { headers: { 'Wechatpay-Serial': keys.publicKeyId } }))
  // API and verification errors after the request was signed and sent with encrypted fields.
  for (const next of [
    { status: 401, body: { code: 'SIGN_ERROR', message: '签名错误' } },
    { status: 400, body: { code: 'PARAM_ERROR', message: '参数错误', detail: { field: '/real_identity/real_name' } } },
    { status: 500, body: 'upstream failure', signer: 'none' as const },
    { body: {}, tamper: (b: Buffer) => Buffer.concat([b, Buffer.from(' ')]) },
    { body: {}, signature: 'WECHATPAY/SIGNTEST/x' },
    { body: {}, timestamp: 1 },
    { body: {}, signer: 'certificate' as const },
  ]) {
    reply = () => next
    await capture(S1.post(body))
  }
  const silent = createServer(() => {}).listen(0, '127.0.0.1')
  await once(silent, 'listening')
  const { port } = silent.address() as AddressInfo
  const stalled = new WechatPay({ ...options, baseURL: `http://127.0.0.1:${port}` })
  await capture(stalled.chain('v3/x').post(body, { timeout: 50 }))
  silent.close()
  const offline = new WechatPay({ ...options, baseURL: 'http://127.0.0.1:9' })
  await capture(offline.chain('v3/x').post(body))

  assert.equal(errors.length, 17)
  for (const [index, error] of errors.entries())
    scan(describeError(error), `error #${index} (${(error as Error).name})`)
  const names = new Set(errors.map((error) => (error as Error).name))
  for (const name of [
    'ConfigurationError',
    'ValidationError',
    'WechatPayApiError',
    'SignatureVerificationError',
    'NotificationProbeError',
    'NetworkError',
    'TimeoutError',
  ]) {
    assert.ok(names.has(name), `the scan covers ${name}`)
  }
})

import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, beforeEach, describe, it } from 'node:test'
import {
  encryptSensitive,
  NotificationProbeError,
  SignatureVerificationError,
  ValidationError,
  type WechatPay,
  WechatPayApiError,
  type WechatPayOptions,
} from '@wxpay/sdk'
import { type KeyMode, testClient } from './helpers/clients.js'
import { createKeys, decryptField, type Reply, type Seen, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody, partnerBody, passwordExemptBody } from './helpers/seeds.js'

const keys = createKeys()
let reply: (seen: Seen) => Reply = () => ({ body: {} })
let server: Awaited<ReturnType<typeof startFakeWechatPay>>

before(async () => {
  server = await startFakeWechatPay(keys, (seen) => reply(seen))
})
after(() => server.close())
beforeEach(() => {
  server.seen.length = 0
  reply = () => ({ body: {} })
})

const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const S2 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'
const S3 = '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'
const S4 = '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'

const client = (mode: KeyMode = 'public-key', extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, server.url, mode, extra)

const seedResponses: Record<string, object> = {
  [S1]: {
    pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
    redirect_appid: 'wxbd687630cd02ce1d',
    redirect_path: 'pages/PwdExemptContract/index',
  },
  [S2]: { redirect_url: 'https://www.xxx.com?pre_entrust_id=wx12334' },
  [S3]: {
    pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
    redirect_appid: 'wxbd687630cd02ce1d',
    redirect_path: 'pages/index',
  },
  [S4]: {
    pre_entrustweb_id: 'pe_1',
    mchid: keys.mchid,
    service_id: 500001,
    out_contract_code: 'PE20261122001',
    sign_mp_appid: 'wxbd687630cd02ce1d',
    sign_mp_path: 'pages/PwdExemptContract/index',
  },
}

describe('the four seed calls, three chain forms, two key modes', () => {
  for (const mode of ['public-key', 'certificate'] as const) {
    it(`S1–S4 through the property chain, chain() and the path key (${mode})`, async () => {
      reply = (seen) => ({ body: seedResponses[seen.url], signer: mode })
      const wxpay = client(mode)
      const expectedSerial = mode === 'public-key' ? keys.publicKeyId : keys.platformCert.serial

      const calls: [string, () => Promise<{ status: number; data: unknown; requestId: string | undefined }>][] = [
        [S1, () => wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody())],
        [
          S1,
          () => wxpay.chain('v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program').post(insuranceBody()),
        ],
        [S1, () => wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'].post(insuranceBody())],
        [S2, () => wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post(insuranceBody())],
        [S2, () => wxpay.chain(S2).post(insuranceBody())],
        [S2, () => wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'].post(insuranceBody())],
        [S3, () => wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post(partnerBody())],
        [
          S3,
          () =>
            wxpay
              .chain('v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program')
              .post(partnerBody()),
        ],
        [
          S3,
          () =>
            wxpay['v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'].post(partnerBody()),
        ],
        [
          S4,
          () =>
            wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(passwordExemptBody()),
        ],
        [
          S4,
          () =>
            wxpay
              .chain('/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program')
              .post(passwordExemptBody()),
        ],
        [
          S4,
          () =>
            wxpay['v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'].post(
              passwordExemptBody(),
            ),
        ],
      ]
      for (const [path, call] of calls) {
        const result = await call()
        assert.equal(result.status, 200)
        assert.deepEqual(result.data, seedResponses[path])
        assert.match(result.requestId ?? '', /^08[0-9A-F]{24}$/)
        const seen = server.seen.at(-1)!
        assert.equal(seen.url, path)
        assert.equal(seen.method, 'POST')
        assert.equal(seen.authorized, true, `Authorization must verify with the merchant key for ${path}`)
        assert.equal(seen.headers['content-type'], 'application/json')
        assert.equal(seen.headers.accept, 'application/json')
        // S1/S2 require Wechatpay-Serial; in public-key mode every request names the public key.
        const insurance = path === S1 || path === S2
        assert.equal(seen.headers['wechatpay-serial'], insurance || mode === 'public-key' ? expectedSerial : undefined)
      }
      assert.equal(server.seen.length, 12)
    })
  }

  it('S1 response data is typed', async () => {
    reply = (seen) => ({ body: seedResponses[seen.url] })
    const { data } = await client().v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody())
    const id: string = data.pre_entrustweb_id
    assert.equal(id, '5778aadY9nltAsZzXixCkFIGYnV2V')
  })
})

describe('signing', () => {
  it('signs METHOD, URL, seconds timestamp, a 32-character nonce and the exact body bytes', async () => {
    const before = Math.floor(Date.now() / 1000)
    await client().chain('v3/anything').post('{"a": 1,  "spaced":true}')
    const seen = server.seen[0]
    assert.equal(seen.authorized, true)
    assert.equal(seen.body.toString(), '{"a": 1,  "spaced":true}', 'a string body is sent untouched')
    assert.match(seen.authorization.nonce_str, /^[A-Za-z0-9_-]{32}$/)
    const timestamp = Number(seen.authorization.timestamp)
    assert.ok(timestamp >= before && timestamp <= before + 5, 'timestamp in seconds')
  })

  it('sends a Buffer body byte for byte and signs an empty GET body as an empty line', async () => {
    const bytes = Buffer.from([0x7b, 0x7d, 0x0a, 0x20])
    await client().chain('v3/raw').post(bytes)
    assert.deepEqual(server.seen[0].body, bytes)
    assert.equal(server.seen[0].authorized, true)
    await client().chain('v3/empty').get()
    assert.equal(server.seen[1].body.length, 0)
    assert.equal(server.seen[1].authorized, true)
    await client().chain('v3/empty').post()
    assert.equal(server.seen[2].authorized, true)
    assert.equal(server.seen[2].headers['content-type'], undefined)
  })

  it('serialises an object once and signs those bytes', async () => {
    const body = { b: 2, a: '中文', nested: { z: [1, 2] } }
    await client().chain('v3/json').post(body)
    assert.equal(server.seen[0].body.toString(), JSON.stringify(body))
    assert.equal(server.seen[0].authorized, true)
  })

  it('fills and URL-encodes path parameters, signs the query exactly as sent', async () => {
    await client()
      .chain('v3/things/{thing_id}/$other$')
      .get({ params: { thing_id: 'a b/c?d', other: '中', sub_mchid: '1900000109', q: 'x&y' } })
    const seen = server.seen[0]
    assert.equal(seen.url, '/v3/things/a%20b%2Fc%3Fd/%E4%B8%AD?sub_mchid=1900000109&q=x%26y')
    assert.equal(seen.authorized, true)
  })

  it('types and fills catalog path parameters, query included', async () => {
    reply = () => ({ body: { sp_mchid: keys.mchid } })
    const wxpay = client()
    await wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
      params: { plan_id: 8001, out_contract_code: 'ABC123', sub_mchid: '1900000109' },
    })
    await wxpay
      .chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate')
      .post({ contract_termination_remark: '用户要求' }, { params: { plan_id: 12535, out_contract_code: 'INS1' } })
    assert.equal(
      server.seen[0].url,
      '/v3/papay/sign/partner/contracts/plan-id/8001/out-contract-code/ABC123?sub_mchid=1900000109',
    )
    assert.equal(
      server.seen[1].url,
      '/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/INS1/terminate',
    )
    assert.ok(server.seen.every((seen) => seen.authorized))
  })

  it('reaches segments named like JavaScript built-ins through chain() and the property chain', async () => {
    const wxpay = client()
    await wxpay.chain('v3/then/name/length/delete/constructor/get').post({})
    assert.equal(server.seen[0].url, '/v3/then/name/length/delete/constructor/get')
    await (wxpay as any).v3.name.length.constructor.post({})
    assert.equal(server.seen[1].url, '/v3/name/length/constructor')
  })

  it('sends nothing when the client or a chain node is awaited or returned from an async function', async () => {
    const wxpay = client()
    const awaited = await wxpay
    assert.equal(awaited, wxpay)
    const node = wxpay.v3.papay.insuranceSign
    const fromAsync = await (async () => node)()
    assert.equal(fromAsync, node)
    await (async () => wxpay.v3)()
    assert.equal(server.seen.length, 0)
  })
})

describe('sensitive fields', () => {
  const identity = { real_name: '张三', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const }

  it('encrypts plaintext real_identity with the public key and names it in Wechatpay-Serial once', async () => {
    reply = (seen) => ({ body: seedResponses[seen.url] })
    const body = { ...insuranceBody(), real_identity: identity }
    await client('mixed').v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body)
    const seen = server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
    const sent = JSON.parse(seen.body.toString())
    assert.notEqual(sent.real_identity.real_name, identity.real_name)
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformPublicKey.privateKey), '张三')
    assert.equal(
      decryptField(sent.real_identity.id_card_number, keys.platformPublicKey.privateKey),
      '110101199003074578',
    )
    assert.equal(sent.real_identity.identity_type, 'ID_CARD')
    assert.equal(body.real_identity.real_name, '张三', "the caller's object is not modified")
    assert.ok(!seen.body.toString().includes('张三'))
  })

  it('uses the platform certificate when no public key is configured', async () => {
    reply = (seen) => ({ body: seedResponses[seen.url], signer: 'certificate' })
    await client('certificate').v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post({
      ...insuranceBody(),
      real_identity: identity,
    })
    const seen = server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], keys.platformCert.serial)
    const sent = JSON.parse(seen.body.toString())
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformCertKey.privateKey), '张三')
  })

  it('sends pre-encrypted values unchanged when the caller passes Wechatpay-Serial, as the seed pages do', async () => {
    reply = (seen) => ({ body: seedResponses[seen.url] })
    const realName = encryptSensitive('李四', keys.platformPublicKey.publicKey)
    const idCard = encryptSensitive('110101199003074579', keys.platformPublicKey.publicKey)
    const body = { ...insuranceBody(), real_identity: { real_name: realName, id_card_number: idCard } }
    await client('mixed').v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body, {
      headers: { 'Wechatpay-Serial': keys.publicKeyId },
    })
    const seen = server.seen[0]
    assert.equal(seen.headers['wechatpay-serial'], keys.publicKeyId)
    const sent = JSON.parse(seen.body.toString())
    assert.equal(sent.real_identity.real_name, realName)
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformPublicKey.privateKey), '李四')
  })

  it('refuses plaintext next to a caller-provided Wechatpay-Serial, and the merchant serial as Wechatpay-Serial', async () => {
    const wxpay = client()
    await assert.rejects(
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        { ...insuranceBody(), real_identity: identity },
        { headers: { 'wechatpay-serial': keys.publicKeyId } },
      ),
      (error: ValidationError) => {
        assert.ok(error instanceof ValidationError)
        assert.equal(error.issues[0].field, '/real_identity/real_name')
        assert.ok(!error.message.includes('张三'))
        return true
      },
    )
    await assert.rejects(
      wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(insuranceBody(), {
        headers: { 'Wechatpay-Serial': keys.merchantSerial },
      }),
      (error: ValidationError) =>
        error.issues[0].field === 'Wechatpay-Serial' && /merchant certificate serial/.test(error.message),
    )
    assert.equal(server.seen.length, 0)
  })
})

describe('response verification', () => {
  const call = (wxpay = client()) => wxpay.chain('v3/verify-me').get()
  const rejectsWith = async (reason: string, wxpay?: WechatPay) => {
    await assert.rejects(call(wxpay), (error: SignatureVerificationError) => {
      assert.ok(error instanceof SignatureVerificationError, `${error}`)
      assert.equal(error.reason, reason)
      return true
    })
  }

  it('accepts a response signed by the public key or by the certificate (mixed mode)', async () => {
    reply = () => ({ body: { ok: 1 }, signer: 'public-key' })
    assert.deepEqual((await call(client('mixed'))).data, { ok: 1 })
    reply = () => ({ body: { ok: 2 }, signer: 'certificate' })
    assert.deepEqual((await call(client('mixed'))).data, { ok: 2 })
  })

  it('rejects one changed body byte', async () => {
    reply = () => ({
      body: { pre_entrustweb_id: 'abc' },
      tamper: (b) => Buffer.from(b.toString().replace('abc', 'abd')),
    })
    await rejectsWith('bad-signature')
  })

  it('rejects a timestamp 301 s old and 301 s ahead; accepts 299 s', async () => {
    reply = () => ({ body: {}, timestamp: Math.floor(Date.now() / 1000) - 301 })
    await rejectsWith('timestamp-out-of-window')
    reply = () => ({ body: {}, timestamp: Math.floor(Date.now() / 1000) + 301 })
    await rejectsWith('timestamp-out-of-window')
    reply = () => ({ body: {}, timestamp: Math.floor(Date.now() / 1000) - 299 })
    assert.equal((await call()).status, 200)
  })

  it('uses the injected clock for the window', async () => {
    reply = () => ({ body: {} })
    const later = client('public-key', { clock: { now: () => Date.now() + 400_000 } })
    await rejectsWith('timestamp-out-of-window', later)
  })

  it('rejects an unknown serial and lists the known ones', async () => {
    reply = () => ({ body: {}, signer: 'certificate' })
    await assert.rejects(call(client('public-key')), (error: SignatureVerificationError) => {
      assert.equal(error.reason, 'unknown-serial')
      assert.ok(error.message.includes(keys.platformCert.serial))
      assert.ok(error.message.includes(keys.publicKeyId), 'lists the known ids')
      return true
    })
  })

  for (const header of ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']) {
    it(`rejects a 2xx without ${header}`, async () => {
      reply = () => ({ body: {}, omitHeaders: [header] })
      await assert.rejects(
        call(),
        (error: SignatureVerificationError) => error.reason === 'missing-headers' && error.message.includes(header),
      )
    })
  }

  it('rejects an unsigned 2xx', async () => {
    reply = () => ({ body: { pre_entrustweb_id: 'forged' }, signer: 'none' })
    await rejectsWith('missing-headers')
  })

  it('rejects a WECHATPAY/SIGNTEST/ probe signature', async () => {
    reply = () => ({ body: {}, signature: 'WECHATPAY/SIGNTEST/abc' })
    await assert.rejects(
      call(),
      (error) => error instanceof NotificationProbeError && error instanceof SignatureVerificationError,
    )
  })

  it('rejects a signature made by the wrong key under a known serial', async () => {
    reply = () => ({ body: {}, signer: { serial: keys.publicKeyId, key: keys.platformCertKey.privateKey } })
    await rejectsWith('bad-signature')
  })

  it('rejects an unsigned 2xx with an empty body (204)', async () => {
    reply = () => ({ status: 204, signer: 'none' })
    await rejectsWith('missing-headers')
    reply = () => ({ status: 204 })
    assert.equal((await call()).status, 204)
  })
})

describe('API errors', () => {
  it('maps 400 PARAM_ERROR with detail and Request-ID', async () => {
    reply = () => ({
      status: 400,
      body: {
        code: 'PARAM_ERROR',
        message: '参数错误',
        detail: { field: '/plan_id', value: 0, issue: 'bad', location: 'body' },
      },
    })
    await assert.rejects(client().chain('v3/x').post({}), (error: WechatPayApiError) => {
      assert.ok(error instanceof WechatPayApiError)
      assert.equal(error.status, 400)
      assert.equal(error.code, 'PARAM_ERROR')
      assert.deepEqual(error.detail, { field: '/plan_id', value: 0, issue: 'bad', location: 'body' })
      assert.match(error.requestId!, /^08/)
      assert.equal(error.verified, true)
      assert.equal(error.signed, undefined)
      return true
    })
  })

  it('carries what was signed locally on 401 SIGN_ERROR, never the key', async () => {
    reply = () => ({ status: 401, body: { code: 'SIGN_ERROR', message: '签名错误' } })
    const body = '{"x":1}'
    await assert.rejects(
      client()
        .chain('v3/sign-me')
        .post(body, { params: { q: 1 } }),
      (error: WechatPayApiError) => {
        assert.equal(error.code, 'SIGN_ERROR')
        const seen = server.seen[0]
        assert.deepEqual(error.signed, {
          method: 'POST',
          url: '/v3/sign-me?q=1',
          timestamp: seen.authorization.timestamp,
          nonce: seen.authorization.nonce_str,
          bodyLength: 7,
          bodySha256: createHash('sha256').update(body).digest('hex'),
          serial: keys.merchantSerial,
        })
        assert.ok(error.message.includes(seen.authorization.nonce_str))
        assert.ok(!error.message.includes(seen.authorization.signature))
        return true
      },
    )
  })

  it('maps an unsigned 500 and marks it unverified', async () => {
    reply = () => ({ status: 500, body: { code: 'SYSTEM_ERROR', message: '系统异常，请稍后重试' }, signer: 'none' })
    await assert.rejects(client().chain('v3/x').get(), (error: WechatPayApiError) => {
      assert.equal(error.status, 500)
      assert.equal(error.code, 'SYSTEM_ERROR')
      assert.equal(error.verified, false)
      return true
    })
  })

  it('rejects a signed error whose signature does not verify', async () => {
    reply = () => ({
      status: 400,
      body: { code: 'PARAM_ERROR', message: 'x' },
      signature: Buffer.alloc(256).toString('base64'),
    })
    await assert.rejects(client().chain('v3/x').get(), SignatureVerificationError)
  })
})

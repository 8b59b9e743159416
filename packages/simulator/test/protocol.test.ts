import assert from 'node:assert/strict'
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { encryptSensitive, WechatPayApiError } from '@wxpay/sdk'
import { decryptAesGcm } from '@wxpay/sdk/protocol'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { clientFor, insuranceBody } from './helpers.js'

let simulator: Simulator
before(async () => {
  simulator = await createSimulator({ mode: 'mixed' })
})
after(() => simulator.close())

const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'

interface Raw {
  method?: string
  path?: string
  body?: string
  authorization?: string | null
  /** Changes the signed message, to build faulty signatures. */
  message?: (message: string) => string
  timestamp?: number
  mchid?: string
  serial?: string
  headers?: Record<string, string>
  /** Rewrites the well-signed Authorization header. */
  rewrite?: (authorization: string) => string
}

/** A request signed by hand with node:crypto, so that each fault can be built on purpose. */
async function raw(options: Raw = {}) {
  const method = options.method ?? 'POST'
  const path = options.path ?? S1
  const body = options.body ?? ''
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const nonce = randomBytes(16).toString('hex')
  let message = `${method}\n${path}\n${timestamp}\n${nonce}\n${body}\n`
  if (options.message) message = options.message(message)
  const signature = sign('sha256', Buffer.from(message), createPrivateKey(simulator.merchant.privateKey)).toString(
    'base64',
  )
  const authorization =
    options.authorization === undefined
      ? `WECHATPAY2-SHA256-RSA2048 mchid="${options.mchid ?? simulator.merchant.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${options.serial ?? simulator.merchant.serial}"`
      : options.authorization
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    ...options.headers,
  }
  if (authorization !== null) headers.Authorization = options.rewrite ? options.rewrite(authorization) : authorization
  const response = await fetch(simulator.url + path, { method, headers, body: method === 'GET' ? undefined : body })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined }
}

/** Checks that an answer is signed by a platform key the client trusts. */
function assertSigned(result: Awaited<ReturnType<typeof raw>>) {
  const serial = result.headers.get('wechatpay-serial')!
  const pem = simulator.certs[serial]
  assert.ok(pem, `signed by a known key (${serial})`)
  const message = `${result.headers.get('wechatpay-timestamp')}\n${result.headers.get('wechatpay-nonce')}\n${result.text}\n`
  assert.ok(
    verify('sha256', Buffer.from(message), pem, Buffer.from(result.headers.get('wechatpay-signature')!, 'base64')),
  )
  assert.match(result.headers.get('request-id') ?? '', /^08[0-9A-F]{28}$/)
}

describe('401 SIGN_ERROR says which fault', () => {
  const body = JSON.stringify({ hello: 'world' })
  const cases: [string, Raw, RegExp][] = [
    ['a missing Authorization header', { authorization: null }, /Authorization header is missing/],
    [
      'a malformed header',
      { authorization: 'WECHATPAY2-SHA256-RSA2048 mchid="1"' },
      /malformed: it lacks nonce_str, signature, timestamp, serial_no/,
    ],
    ['the wrong scheme', { authorization: 'Bearer abc' }, /scheme is "Bearer"; it must be WECHATPAY2-SHA256-RSA2048/],
    ['an unknown merchant', { mchid: '1234567890' }, /mchid 1234567890 is not a merchant/],
    ['a serial that does not match', { serial: 'ABCDEF0123456789' }, /商户证书序列号有误/],
    ['a timestamp 300 s old', { timestamp: Math.floor(Date.now() / 1000) - 300 }, /within 5 minutes/],
    ['a millisecond timestamp', { timestamp: Date.now() }, /in milliseconds; it must be Unix seconds/],
    ['a wrong signature', { message: (m) => m.replace('POST', 'GET') }, /signature does not verify/],
    ['the body newline missing', { message: (m) => m.slice(0, -1) }, /lacks the newline after the body/],
    [
      'fields separated by semicolons',
      { rewrite: (header) => header.replace(/",/g, '";') },
      /malformed: the fields are key="value" pairs separated by commas/,
    ],
    [
      'a doubled signature',
      { rewrite: (header) => header.replace(/(signature="[^"]*")/, '$1,$1') },
      /malformed: signature is given twice/,
    ],
    ['an unknown field', { rewrite: (header) => `${header},extra="1"` }, /malformed: extra is not a field of it/],
  ]
  for (const [name, options, pattern] of cases) {
    it(name, async () => {
      const result = await raw({ body, ...options })
      assert.equal(result.status, 401)
      assert.equal(result.json.code, 'SIGN_ERROR')
      assert.match(result.json.message, pattern)
      assertSigned(result)
    })
  }
})

describe('requests that are not well formed', () => {
  it('malformed JSON is 400 INVALID_REQUEST', async () => {
    const result = await raw({ body: '{"appid": ' })
    assert.equal(result.status, 400)
    assert.equal(result.json.code, 'INVALID_REQUEST')
    assertSigned(result)
  })

  it('an unknown path is 404, a wrong method 405, both signed', async () => {
    const missing = await raw({ path: '/v3/papay/nothing-here' })
    assert.equal(missing.status, 404)
    assertSigned(missing)
    const wrongMethod = await raw({ method: 'GET', path: S1 })
    assert.equal(wrongMethod.status, 405)
    assert.equal(wrongMethod.headers.get('allow'), 'POST')
    assertSigned(wrongMethod)
  })
})

describe('400 PARAM_ERROR from the catalog, with the JSON pointer', () => {
  const wxpay = () => clientFor(simulator)
  const send = (body: unknown) =>
    wxpay()
      .chain('v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program')
      .post(body as never, { validate: false })
  const expectParamError = async (body: unknown, field: string, issue: RegExp, value?: unknown) => {
    await assert.rejects(send(body), (error: WechatPayApiError) => {
      assert.ok(error instanceof WechatPayApiError, String(error))
      assert.equal(error.status, 400)
      assert.equal(error.code, 'PARAM_ERROR')
      assert.equal(error.verified, true)
      const detail = error.detail as Record<string, unknown>
      assert.equal(detail.field, field)
      assert.equal(detail.location, 'body')
      assert.match(String(detail.issue), issue)
      if (value !== undefined) assert.deepEqual(detail.value, value)
      return true
    })
  }
  const body = () => insuranceBody('PARAM1', 'https://merchant.example.com/n')

  it('a missing field', async () => {
    const { appid: _, ...rest } = body()
    await expectParamError(rest, '/appid', /is required/)
  })
  it('a wrong type', () => expectParamError({ ...body(), plan_id: '12535' }, '/plan_id', /must be an integer/, '12535'))
  it('a float amount', async () => {
    const withFloat: any = body()
    withFloat.policy_periods[1].estimated_deduct_amount.total = 10.5
    await expectParamError(withFloat, '/policy_periods/1/estimated_deduct_amount/total', /integer/, 10.5)
  })
  it('a bad date', () =>
    expectParamError({ ...body(), policy_end_date: '2027-13-01' }, '/policy_end_date', /YYYY-MM-DD/))
  it('an over-long code', () =>
    expectParamError({ ...body(), out_contract_code: 'A'.repeat(33) }, '/out_contract_code', /over the limit of 32/))
  it('both auto flags', () =>
    expectParamError(
      { ...body(), can_auto_insure: true, can_auto_reinsure: true },
      '/can_auto_reinsure',
      /cannot both be true/,
    ))
  it('a path parameter', async () => {
    await assert.rejects(
      wxpay()
        .chain('v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}')
        .get({ params: { plan_id: 1, out_contract_code: 'bad-code' }, validate: false }),
      (error: WechatPayApiError) => {
        assert.equal(error.code, 'PARAM_ERROR')
        assert.deepEqual(error.detail, {
          field: 'out_contract_code',
          value: 'bad-code',
          issue: 'does not match digits and letters only ([0-9A-Za-z])',
          location: 'path',
        })
        return true
      },
    )
  })

  it('an encrypted field that does not decrypt, naming the field and never its value', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
    const serial = Object.keys(simulator.certs)[0]
    const client = wxpay()
    const realIdentity = {
      real_name: encryptSensitive('张三', other),
      id_card_number: encryptSensitive('110101199003074578', other),
    }
    await assert.rejects(
      client.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        { ...body(), real_identity: realIdentity },
        { headers: { 'Wechatpay-Serial': serial } },
      ),
      (error: WechatPayApiError) => {
        assert.equal(error.code, 'PARAM_ERROR')
        assert.deepEqual(error.detail, {
          field: '/real_identity/real_name',
          issue: `cannot be decrypted with the key ${serial} that Wechatpay-Serial names`,
          location: 'body',
        })
        return true
      },
    )
    await assert.rejects(
      client.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        { ...body(), real_identity: realIdentity },
        // validate: false, or the SDK refuses a serial it does not know before sending.
        { headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_0000000000000000000000000000' }, validate: false },
      ),
      (error: WechatPayApiError) => (error.detail as any).field === 'Wechatpay-Serial' && error.code === 'PARAM_ERROR',
    )
  })

  it('tolerates unknown extra fields, as WeChat Pay does', async () => {
    const result = await send({ ...body(), out_contract_code: 'EXTRA1', some_future_field: { x: 1 } })
    assert.equal(result.status, 200)
  })
})

describe('GET /v3/certificates', () => {
  it('lists the platform certificates encrypted with the APIv3 key (certificate and mixed modes)', async () => {
    const { data } = await clientFor(simulator).v3.certificates.get()
    const certificates = Object.keys(simulator.certs).filter((id) => !id.startsWith('PUB_KEY_ID_'))
    assert.deepEqual(
      data.data.map((entry) => entry.serial_no),
      certificates,
    )
    // The YAML marks no field of an entry required: the types say optional.
    const entry = data.data[0]
    const encrypted = entry.encrypt_certificate!
    assert.equal(encrypted.algorithm, 'AEAD_AES_256_GCM')
    assert.equal(encrypted.associated_data, 'certificate')
    const pem = decryptAesGcm(encrypted as Parameters<typeof decryptAesGcm>[0], Buffer.from(simulator.apiV3Key))
    assert.equal(pem.toString(), simulator.certs[entry.serial_no!])
  })

  it('answers 404 RESOURCE_NOT_EXISTS in public-key mode', async () => {
    const publicKeyOnly = await createSimulator({ mode: 'publicKey' })
    try {
      await assert.rejects(clientFor(publicKeyOnly).v3.certificates.get(), (error: WechatPayApiError) => {
        assert.equal(error.status, 404)
        assert.equal(error.code, 'RESOURCE_NOT_EXISTS')
        return true
      })
    } finally {
      await publicKeyOnly.close()
    }
  })
})

// The request body (request-body.ts through the pipeline): serialised once, what is validated and
// encrypted is what the bytes hold, a catalog endpoint takes an object, and the caller's own bytes
// are checked yet sent byte for byte.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { inspect } from 'node:util'
import { encryptSensitive, type Issue, ValidationError } from '@wxpay/sdk'
import { testClient } from './helpers/clients.js'
import { createKeys, decryptField, useFakeWechatPay } from './helpers/fake-wechatpay.js'
import { insuranceBody } from './helpers/seeds.js'

const keys = createKeys()
const fake = useFakeWechatPay(keys)
const S1 = 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const identity = { real_name: '王小明', id_card_number: '110101199003074578' }

const client = (validate = true) => testClient(keys, fake.server.url, 'public-key', { validate })

/** The issues of the ValidationError `send` rejects with; asserts nothing was sent and no plaintext shows. */
async function refused(send: () => Promise<unknown>): Promise<Issue[]> {
  const error = await send().then(
    () => assert.fail('expected a ValidationError'),
    (caught: unknown) => caught,
  )
  assert.ok(error instanceof ValidationError, String(error))
  assert.equal(fake.server.seen.length, 0, 'nothing is sent')
  const printed = [String(error), error.stack, inspect(error, { depth: 20 }), JSON.stringify(error)].join('\n')
  for (const secret of Object.values(identity)) assert.ok(!printed.includes(secret), 'no plaintext in the error')
  return error.issues
}

const post = (data: unknown, path = S1, options: Record<string, unknown> = {}, validate = true) =>
  client(validate)
    .chain(path as 'v3/untyped')
    .post(data, options)

describe('a catalog endpoint takes a plain object', () => {
  for (const [what, data] of [
    ['an array', [{ ...insuranceBody(), real_identity: identity }]],
    ['a number', 42],
    ['a boolean', true],
    ['null', null],
  ] as const) {
    it(`refuses ${what} before sending, without its value`, async () => {
      const issues = await refused(() => post(data))
      assert.deepEqual(issues, [
        {
          field: '/',
          issue: `must be a JSON object, not ${what}`,
          fix: 'pass the request body as an object: { … }',
        },
      ])
    })
  }

  it('a JSON array given as a string is refused too', async () => {
    const issues = await refused(() => post(JSON.stringify([insuranceBody()])))
    assert.equal(issues[0].issue, 'must be a JSON object, not an array')
  })

  it('an endpoint outside the catalog still sends any JSON value, and null as no body', async () => {
    await post([1, 2], 'v3/outside')
    await post(null, 'v3/outside')
    assert.deepEqual(
      fake.server.seen.map((seen) => seen.body.toString()),
      ['[1,2]', ''],
    )
  })
})

describe('the caller’s bytes: parsed and checked, sent byte for byte', () => {
  it('validates a string body and sends it unchanged, whitespace and key order included', async () => {
    const text = `{ "policy_periods": ${JSON.stringify(insuranceBody().policy_periods)},\n ${JSON.stringify(insuranceBody()).slice(1)}`
    await post(text)
    await post(Buffer.from(text))
    assert.deepEqual(
      fake.server.seen.map((seen) => seen.body.toString()),
      [text, text],
    )
  })

  it('refuses a string or Buffer body that breaks the catalog, that is not JSON, or not UTF-8', async () => {
    const bad = JSON.stringify({ ...insuranceBody(), plan_id: 'x' })
    assert.deepEqual(
      (await refused(() => post(bad))).map((issue) => issue.field),
      ['/plan_id'],
    )
    assert.match((await refused(() => post(Buffer.from(bad.slice(0, -1)))))[0].issue, /^is not JSON \(/)
    const latin1 = Buffer.from(JSON.stringify({ ...insuranceBody(), insured_display_name: 'é' }), 'latin1')
    assert.deepEqual(await refused(() => post(latin1)), [
      {
        field: '/',
        issue: 'is not valid UTF-8',
        fix: 'send the body as UTF-8 JSON (WeChat Pay reads UTF-8 only)',
      },
    ])
  })

  it('refuses plaintext of an encrypted field in a string body, which it cannot rewrite', async () => {
    const text = JSON.stringify({ ...insuranceBody(), real_identity: identity })
    const issues = await refused(() => post(text))
    assert.equal(issues[0].field, '/real_identity/real_name')
    assert.match(issues[0].fix, /pass the body as an object/)
    // And plaintext beside the caller's Wechatpay-Serial is refused as for an object.
    const named = await refused(() => post(text, S1, { headers: { 'Wechatpay-Serial': keys.publicKeyId } }))
    assert.equal(named[0].field, '/real_identity/real_name')
  })

  it('sends a string body with ciphertext and the caller’s Wechatpay-Serial byte for byte', async () => {
    const cipher = encryptSensitive('李四', keys.platformPublicKey.publicKey)
    const text = JSON.stringify({ ...insuranceBody(), real_identity: { real_name: cipher, id_card_number: cipher } })
    await post(text, S1, { headers: { 'Wechatpay-Serial': keys.publicKeyId } })
    assert.equal(fake.server.seen[0].body.toString(), text)
    assert.equal(fake.server.seen[0].headers['wechatpay-serial'], keys.publicKeyId)
  })
})

describe('what is validated is what is sent', () => {
  it('a BigInt or a circular reference in an unknown field is a ValidationError at its pointer', async () => {
    const circular: any = { ...insuranceBody(), extra: { list: [1] } }
    circular.extra.list.push(circular.extra)
    for (const [data, field, issue] of [
      [{ ...insuranceBody(), extra: { n: 10n } }, '/extra/n', 'is a BigInt, which JSON cannot carry'],
      [circular, '/extra/list/1', 'refers back to an object that contains it (a circular reference)'],
    ] as const) {
      for (const [path, validate] of [
        [S1, true],
        [S1, false],
        ['v3/outside', true],
      ] as const) {
        const issues = await refused(() => post(data, path, {}, validate))
        assert.deepEqual(
          issues.map((found) => [found.field, found.issue]),
          [[field, issue]],
        )
      }
    }
  })

  it('a BigInt body, a throwing getter and an object nested 10,000 deep are ValidationErrors too', async () => {
    assert.equal((await refused(() => post(10n)))[0].field, '/')
    const throwing = {
      ...insuranceBody(),
      get extra() {
        throw new Error('no')
      },
    }
    assert.deepEqual(
      (await refused(() => post(throwing))).map((issue) => issue.issue),
      ['could not be serialised as JSON (Error: no)'],
    )
    let deep: unknown = {}
    for (let level = 0; level < 10_000; level++) deep = { next: deep }
    const issues = await refused(() => post({ ...insuranceBody(), extra: deep }))
    assert.deepEqual(
      issues.map((issue) => [issue.field, issue.issue]),
      [[`/extra${'/next'.repeat(31)}`, 'nests deeper than 32 levels']],
    )
  })

  it('a toJSON is applied once and its result validated: a wrong value it produces is refused', async () => {
    const body = { ...insuranceBody(), toJSON: () => ({ ...insuranceBody(), plan_id: 'x' }) }
    assert.deepEqual(
      (await refused(() => post(body))).map((issue) => issue.field),
      ['/plan_id'],
    )
  })

  it('a getter is read once: the body sent is the one validated, encrypted from the same reading', async () => {
    const readings: string[] = []
    const names = ['张三', '李四']
    const body = {
      ...insuranceBody(),
      get real_identity() {
        readings.push('real_identity')
        return { real_name: names[readings.length - 1], id_card_number: identity.id_card_number }
      },
      get plan_id() {
        readings.push('plan_id')
        return readings.length === 1 ? 12535 : 'not a number'
      },
    }
    await post(body)
    assert.deepEqual(readings, ['plan_id', 'real_identity'])
    const sent = JSON.parse(fake.server.seen[0].body.toString())
    assert.equal(sent.plan_id, 12535)
    assert.equal(decryptField(sent.real_identity.real_name, keys.platformPublicKey.privateKey), '李四')
  })
})

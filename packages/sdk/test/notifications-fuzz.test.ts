// The notifications fuzz (notifications/parse.ts, verification.ts through `handle`): generated
// headers and bodies, some of them signed with the platform key so that they reach the envelope and
// decryption checks, and every byte of a valid notification changed in turn. All are rejected with a
// typed error (SignatureVerificationError, NotificationFormatError, DecryptionError), answered 4xx,
// the handler never called; a TypeError only for a body that is not bytes or headers that are not an
// object, answered 500. Seeded; the counts are in docs/reliability.md.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  DecryptionError,
  NotificationFormatError,
  type NotificationInput,
  SignatureVerificationError,
  type WechatPay,
} from '@wxpay/sdk'
import { createTestNotification, signNotification } from '@wxpay/sdk/testing'
import fc from 'fast-check'
import { testClient } from './helpers/clients.js'
import { createKeys, keyPair } from './helpers/fake-wechatpay.js'
import { resources } from './helpers/notifications.js'

export const SEED = 20_261_123
export const RUNS = 10_000
// A 1024-bit platform key: signing is most of what a signed input costs; what is fuzzed is the parser.
const keys = { ...createKeys(), platformPublicKey: keyPair(1024) }
// Nothing listens on port 9: an unknown serial's certificate download fails at once, reported to onError.
const wxpay = testClient(keys, 'http://127.0.0.1:9', 'public-key', { onError: () => {} })
const signer = { privateKey: keys.platformPublicKey.privateKey, serial: keys.publicKeyId }
const valid = () =>
  createTestNotification(
    { event_type: 'INSURANCE_ENTRUST.SIGN', resource: resources['INSURANCE_ENTRUST.SIGN'] },
    { ...signer, apiV3Key: keys.apiV3Key },
  )
const TYPED = [SignatureVerificationError, NotificationFormatError, DecryptionError]
const tally = new Map<string, number>()

/** Handles `input`; asserts it was refused as the rules say, and counts the error by name and reason. */
async function refused(client: WechatPay, input: NotificationInput, label: string) {
  const errors: unknown[] = []
  let handled = 0
  const reply = await client.notifications.handle(input, () => void handled++, {
    onError: (error) => errors.push(error),
    dedupe: false,
  })
  const error = errors[0] as Error & { reason?: string }
  assert.equal(handled, 0, `${label}: the handler ran`)
  const bytes = ['string', 'object'].includes(typeof input.body) && isBytes(input.body)
  const headersObject = typeof input.headers === 'object' && input.headers !== null
  if (error instanceof TypeError) {
    assert.ok(!bytes || !headersObject, `${label}: a TypeError for bytes and headers: ${error.message}`)
    assert.equal(reply.status, 500)
  } else {
    assert.ok(
      TYPED.some((type) => error instanceof type),
      `${label}: ${error?.stack ?? error}`,
    )
    assert.ok(reply.status >= 400 && reply.status < 500, `${label}: answered ${reply.status}`)
  }
  assert.ok(!error.message.includes(keys.apiV3Key), 'no APIv3 key in the message')
  const name = `${error.name}${error.reason ? ` ${error.reason}` : ''}`
  tally.set(name, (tally.get(name) ?? 0) + 1)
}

const isBytes = (body: unknown) => typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer

// Header values: as WeChat Pay sends them, or wrong in one way (plain data, built in `headersOf`).
const HEADER_KINDS = ['valid', 'absent', 'empty', 'text', 'number', 'array', 'object', 'null', 'two'] as const
const HEADERS = ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'] as const
const SPECIAL = ['probe', 'non-canonical', 'old', 'unknown-serial', 'sm2'] as const

function headersOf(signed: Record<string, string>, kinds: number[], text: string, special: number): unknown {
  const headers: Record<string, unknown> = { ...signed }
  HEADERS.forEach((name, index) => {
    // Mostly as sent, so that the other headers' and the body's faults are reached too.
    const kind = HEADER_KINDS[Math.max(0, (kinds[index] % 24) - 15)]
    const values: Record<(typeof HEADER_KINDS)[number], unknown> = {
      valid: signed[name],
      absent: undefined,
      empty: '',
      text,
      number: 12345,
      array: [signed[name]],
      object: { value: signed[name] },
      null: null,
      two: [signed[name], text],
    }
    headers[name] = values[kind]
  })
  const tweak = SPECIAL[special % (SPECIAL.length + 3)]
  if (tweak === 'probe') headers['Wechatpay-Signature'] = `WECHATPAY/SIGNTEST/${text}`
  if (tweak === 'non-canonical') headers['Wechatpay-Signature'] = `${signed['Wechatpay-Signature']} `
  if (tweak === 'old') headers['Wechatpay-Timestamp'] = String(Number(signed['Wechatpay-Timestamp']) - 300)
  if (tweak === 'unknown-serial') headers['Wechatpay-Serial'] = `PUB_KEY_ID_01${'9'.repeat(26)}`
  if (tweak === 'sm2') headers['Wechatpay-Signature-Type'] = 'WECHATPAY2-SM2-WITH-SM3'
  return special % 97 === 0 ? (special % 2 === 0 ? undefined : 'headers') : headers
}

// Bodies: random text or bytes, envelopes with random fields and ciphertext, and what is not bytes.
const envelope = fc.record({
  id: fc.oneof(fc.string(), fc.integer()),
  create_time: fc.string(),
  event_type: fc.constantFrom('INSURANCE_ENTRUST.SIGN', 'ENTRUST.SIGN', 'X'),
  resource_type: fc.string(),
  summary: fc.string(),
  resource: fc.oneof(
    fc.record({
      algorithm: fc.constantFrom('AEAD_AES_256_GCM', 'AEAD_SM4_GCM', ''),
      ciphertext: fc.oneof(fc.base64String(), fc.string()),
      nonce: fc.string({ maxLength: 16 }),
      associated_data: fc.option(fc.string(), { nil: undefined }),
    }),
    fc.jsonValue(),
  ),
})
const bodies: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 6, arbitrary: envelope.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value) ?? '') },
  { weight: 1, arbitrary: fc.nat(20_000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, null, 42, { id: 'parsed' }, [1], '', 'x'.repeat(1024 * 1024 + 1)),
  },
)

describe('notifications fuzz', () => {
  it(`${RUNS} generated inputs (seed ${SEED}): every one rejected with a typed error`, async (t) => {
    const signed = valid().headers
    const inputs = fc.record({
      body: bodies,
      kinds: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
      text: fc.string({ maxLength: 64 }),
      special: fc.nat(),
      sign: fc.nat(9),
    })
    await fc.assert(
      fc.asyncProperty(inputs, async ({ body, kinds, text, special, sign }) => {
        // Three in ten signed for what they are, headers untouched: the envelope and decryption checks.
        // One in ten signed, headers then changed; the others carry another body's signature.
        const own = sign <= 3 && isBytes(body)
        const base = own
          ? signNotification(Buffer.isBuffer(body) ? body.toString('utf8') : String(body), signer)
          : signed
        const headers = own && sign < 3 ? base : headersOf(base, kinds, text, special)
        await refused(wxpay, { headers, body } as NotificationInput, JSON.stringify({ kinds, special, sign }))
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    t.diagnostic(JSON.stringify(Object.fromEntries(tally)))
    for (const expected of ['bad-signature', 'malformed-headers', 'missing-headers', 'not-json', 'envelope']) {
      assert.ok(
        [...tally.keys()].some((name) => name.endsWith(expected)),
        `${expected} was reached`,
      )
    }
    assert.ok(tally.has('DecryptionError'), 'decryption was reached')
  })

  it('every byte of a valid notification changed, and every character of its signed headers: all rejected', async (t) => {
    const { headers, body } = valid()
    assert.equal((await wxpay.notifications.parse({ headers, body })).event_type, 'INSURANCE_ENTRUST.SIGN')
    const bytes = Buffer.from(body)
    let count = 0
    for (let index = 0; index < bytes.length; index++) {
      const changed = Buffer.from(bytes)
      changed[index] ^= 0x01
      await refused(wxpay, { headers, body: changed }, `body byte ${index}`)
      count++
    }
    for (const name of [...HEADERS, 'Wechatpay-Signature-Type'] as const) {
      const value = headers[name]
      for (let index = 0; index < value.length; index++) {
        // '#' is in no header's alphabet: not Base64, not a digit, and no case-insensitive match of a serial.
        const changed = `${value.slice(0, index)}#${value.slice(index + 1)}`
        await refused(wxpay, { headers: { ...headers, [name]: changed }, body }, `${name}[${index}]`)
        count++
      }
    }
    t.diagnostic(`${count} changes: ${bytes.length} body bytes, ${count - bytes.length} header characters`)
    const signature = headers['Wechatpay-Signature'].length
    assert.equal(
      count,
      bytes.length +
        signature +
        [...HEADERS, 'Wechatpay-Signature-Type'].reduce(
          (sum, name) => sum + (name === 'Wechatpay-Signature' ? 0 : headers[name].length),
          0,
        ),
    )
  })
})

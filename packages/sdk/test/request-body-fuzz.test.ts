// The request-body fuzz (request-body.ts, encryption.ts, request.ts through the client): bodies of
// every catalog POST without path parameters, each with one hostile change (helpers/hostile-bodies.ts).
// Each is either sent, its bytes signed as sent and valid once its encrypted fields are decrypted
// (and, when it reads the same every time, exactly its JSON), or refused with a ValidationError
// before anything is sent. Nothing else: no TypeError, no RangeError, no plaintext of an encrypted
// field. Seeded; the counts are in docs/reliability.md.
import assert from 'node:assert/strict'
import { createPublicKey, sign, verify } from 'node:crypto'
import { describe, it } from 'node:test'
import { ValidationError, type WechatPay } from '@wxpay/sdk'
import { encryptedFieldsOf, findPresent, replaceAt, validate, valueAt } from '@wxpay/sdk/protocol'
import fc from 'fast-check'
import { testClient } from './helpers/clients.js'
import { createKeys, decryptField, keyPair, parseAuthorization, startFakeWechatPay } from './helpers/fake-wechatpay.js'
import { build, type Plan, plans } from './helpers/hostile-bodies.js'

// A 1024-bit merchant key: signing is most of the time each sent body costs, and what is fuzzed
// here is the body, not the signature's strength. The WeChat Pay key stays 2048 bits (OAEP limits).
const keys = { ...createKeys(), merchant: keyPair(1024) }
const merchantPublic = createPublicKey(keys.merchant.privateKey)
export const SEED = 20_261_122
export const LOOPBACK_SEED = 20_261_124
export const RUNS = 10_000
export const LOOPBACK_RUNS = 300

interface Sent {
  method: string
  url: string
  headers: Record<string, string>
  body: Buffer
}

/** One signed 200 answer for every request: its signature covers its own body, not the request. */
function signedAnswer(): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000))
  const nonce = 'fuzz-nonce-0000000000000000000000'
  const message = Buffer.from(`${timestamp}\n${nonce}\n{}\n`)
  return {
    'Content-Type': 'application/json',
    'Request-ID': '08FUZZ',
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': sign('sha256', message, keys.platformPublicKey.privateKey).toString('base64'),
    'Wechatpay-Serial': keys.publicKeyId,
  }
}

/** A client whose fetch records what it is given and answers at once. */
function recordingClient(sent: Sent[]) {
  const answer = signedAnswer()
  const fetch = (async (url: string, init: RequestInit) => {
    const body = init.body === undefined ? Buffer.alloc(0) : Buffer.from(init.body as Buffer)
    sent.push({ method: init.method!, url: String(url), headers: init.headers as Record<string, string>, body })
    return new Response('{}', { status: 200, headers: answer })
  }) as typeof globalThis.fetch
  return testClient(keys, 'http://127.0.0.1:9', 'public-key', { fetch, onValidationWarning: () => {} })
}

const outcomes = { sent: 0, refused: 0, byMutation: new Map<string, { sent: number; refused: number }>() }

/** What reached the other side: every request so far, and whether one is signed as sent. */
interface Receiver {
  sent: Sent[]
  signedAsSent(request: Sent): boolean
}

/** Sends the plan's body and checks the one allowed outcome. */
async function check(wxpay: WechatPay, plan: Plan, receiver: Receiver) {
  const { data, stable } = build(plan)
  const { sent } = receiver
  const before = sent.length
  const result = await wxpay
    .chain(plan.path as 'v3/untyped')
    .post(data)
    .then(
      () => 'sent' as const,
      (error: unknown) => error,
    )
  const label = plan.mutation.kind === 'none' ? 'none' : JSON.stringify(Object.values(plan.mutation).slice(0, 2))
  const tally = outcomes.byMutation.get(label) ?? { sent: 0, refused: 0 }
  outcomes.byMutation.set(label, tally)
  if (result !== 'sent') {
    assert.ok(result instanceof ValidationError, `${label}: ${(result as Error)?.stack ?? result}`)
    assert.equal(sent.length, before, `${label}: refused, yet sent`)
    assert.ok(!result.message.includes('王王'), 'no plaintext in the error')
    outcomes.refused++
    tally.refused++
    return
  }
  assert.equal(sent.length, before + 1)
  const request = sent[sent.length - 1]
  assert.ok(receiver.signedAsSent(request), `${label}: the signature covers the bytes sent`)
  const value = JSON.parse(request.body.toString('utf8'))
  const encrypted = encryptedFieldsOf(plan.endpoint)
  const pointers = findPresent(value, encrypted)
  // (Where the catalog marks no field encrypted, real_identity is an unknown field, sent as given.)
  const leaked = encrypted.length > 0 && request.body.toString('utf8').includes('王王')
  assert.ok(!leaked, `${label}: no plaintext of an encrypted field`)
  const raw = typeof data === 'string' || data instanceof Uint8Array
  const expected = raw || !stable ? undefined : JSON.parse(JSON.stringify(data))
  for (const pointer of pointers) assert.equal(Buffer.from(valueAt(value, pointer) as string, 'base64').length, 256)
  // RSA decryption is most of the oracle's time: every eighth body, and every one with nothing to compare to.
  const decrypt = expected === undefined || outcomes.sent % 8 === 0
  let plain = value
  for (const pointer of pointers) {
    const plaintext = (cipher: string) =>
      decrypt ? decryptField(cipher, keys.platformPublicKey.privateKey) : (valueAt(expected, pointer) as string)
    plain = replaceAt(plain, [pointer], plaintext)
  }
  assert.deepEqual(validate(plan.endpoint.request!, plain), [], `${label}: what was sent is what was validated`)
  if (raw) assert.deepEqual(request.body, Buffer.from(data as string), `${label}: the caller's bytes, byte for byte`)
  else if (expected !== undefined) assert.deepEqual(plain, expected, `${label}: the body's JSON`)
  outcomes.sent++
  tally.sent++
}

function signedAsSent(request: Sent): boolean {
  const fields = parseAuthorization(request.headers.Authorization)
  const path = new URL(request.url).pathname
  const message = Buffer.concat([
    Buffer.from(`${request.method}\n${path}\n${fields.timestamp}\n${fields.nonce_str}\n`),
    request.body,
    Buffer.from('\n'),
  ])
  return verify('sha256', message, merchantPublic, Buffer.from(fields.signature, 'base64'))
}

describe('request-body fuzz', () => {
  it(`${RUNS} hostile bodies (seed ${SEED}): sent exactly as validated, or refused before sending`, async (t) => {
    const sent: Sent[] = []
    const wxpay = recordingClient(sent)
    const started = performance.now()
    await fc.assert(
      fc.asyncProperty(plans, (plan) => check(wxpay, plan, { sent, signedAsSent })),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    t.diagnostic(`${outcomes.sent} sent, ${outcomes.refused} refused in ${seconds} s`)
    // Not vacuous: both outcomes, and every kind of change, occur.
    assert.ok(outcomes.sent > RUNS / 5 && outcomes.refused > RUNS / 5, JSON.stringify(outcomes))
    assert.ok(outcomes.byMutation.size > 40, `${outcomes.byMutation.size} kinds of change`)
  })

  it(`${LOOPBACK_RUNS} more (seed ${LOOPBACK_SEED}) over 127.0.0.1 to the fake WeChat Pay, which checks each signature`, async (t) => {
    const [sentBefore, refusedBefore] = [outcomes.sent, outcomes.refused]
    const server = await startFakeWechatPay(keys, () => ({ body: {} }))
    try {
      const wxpay = testClient(keys, server.url, 'public-key', { onValidationWarning: () => {} })
      // The fake verifies each Authorization itself, over the bytes it received.
      const received = server.seen as unknown as (Sent & { authorized: boolean })[]
      const receiver = {
        sent: received,
        signedAsSent: (request: Sent) => (request as Sent & { authorized: boolean }).authorized,
      }
      await fc.assert(
        fc.asyncProperty(plans, (plan) => check(wxpay, plan, receiver)),
        { seed: LOOPBACK_SEED, numRuns: LOOPBACK_RUNS, endOnFailure: true },
      )
      t.diagnostic(`${outcomes.sent - sentBefore} sent, ${outcomes.refused - refusedBefore} refused`)
    } finally {
      await server.close()
    }
  })
})

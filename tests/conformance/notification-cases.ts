// The conformance suite's notification cases: a notification signed by the simulator's platform key
// (made in Node by fixture.ts) parsed by the client, the tamper matrix, and @wxpay/sdk/web's handler
// given the raw Request. Web-standard APIs only.
import type { NotificationEvent } from '@wxpay/sdk'
import { createWebHandler } from '@wxpay/sdk/web'
import type { Case } from './checks.js'
import { check, equal, rejects } from './checks.js'
import type { Context, SignedNotification } from './types.js'

/** One character of `text` at `index` replaced by another. */
const flip = (text: string, index: number) =>
  text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1)

function tampered(valid: SignedNotification) {
  const { headers, body } = valid
  const at = body.indexOf('"id":"') + 7
  const signature = headers['Wechatpay-Signature']
  return {
    'one body byte changed': { headers, body: flip(body, at) },
    'the body re-serialised': { headers, body: JSON.stringify(JSON.parse(body), null, 1) },
    'one signature byte changed': { headers: { ...headers, 'Wechatpay-Signature': flip(signature, 10) }, body },
    'the timestamp changed by a second': {
      headers: { ...headers, 'Wechatpay-Timestamp': String(Number(headers['Wechatpay-Timestamp']) - 1) },
      body,
    },
    'the nonce changed': { headers: { ...headers, 'Wechatpay-Nonce': flip(headers['Wechatpay-Nonce'], 0) }, body },
  }
}

const post = (notification: SignedNotification) =>
  new Request('https://merchant.example/notify', {
    method: 'POST',
    headers: { ...notification.headers, 'content-type': 'application/json' },
    body: notification.body,
  })

export function notificationCases(): Case<Context>[] {
  return [
    {
      name: 'notification: a valid one parsed and decrypted',
      async run({ client, fixture }) {
        const { valid, event } = fixture.notifications
        const parsed = await client().notifications.parse(valid)
        equal([parsed.id, parsed.event_type, parsed.resource], [event.id, event.event_type, event.resource], 'event')
        // bytes as well as text
        const bytes = await client().notifications.parse({ ...valid, body: new TextEncoder().encode(valid.body) })
        equal(bytes.id, event.id, 'parsed from bytes')
      },
    },
    {
      name: 'notification tamper matrix: each alteration refused with its reason',
      async run({ client, fixture }) {
        const wxpay = client()
        const { valid, stale, unknownSerial, badCiphertext } = fixture.notifications
        for (const [what, input] of Object.entries(tampered(valid))) {
          await rejects(
            wxpay.notifications.parse(input),
            { name: 'SignatureVerificationError', reason: 'bad-signature' },
            what,
          )
        }
        const window = { name: 'SignatureVerificationError', reason: 'timestamp-out-of-window' }
        await rejects(wxpay.notifications.parse(stale), window, 'signed 10 minutes ago')
        const unknown = { name: 'SignatureVerificationError', reason: 'unknown-serial' }
        await rejects(wxpay.notifications.parse(unknownSerial), unknown, 'an unknown serial')
        await rejects(
          wxpay.notifications.parse(badCiphertext),
          { name: 'DecryptionError' },
          'ciphertext altered, re-signed',
        )
      },
    },
    {
      name: '@wxpay/sdk/web: the handler answers the raw Request, once, and refuses a tampered one',
      async run({ client, fixture }) {
        const seen: NotificationEvent[] = []
        const refused: number[] = []
        const handle = createWebHandler(
          client(),
          async (event) => {
            seen.push(event)
          },
          { onError: (_error, reply) => refused.push(reply.status) },
        )
        const { valid, event } = fixture.notifications
        const first = await handle(post(valid))
        equal([first.status, await first.json()], [200, { code: 'SUCCESS' }], 'the answer')
        const again = await handle(post(valid))
        equal(again.status, 200, 'a redelivery answered')
        equal(
          seen.map((one) => one.id),
          [event.id],
          'the handler ran once',
        )
        for (const [what, input] of Object.entries(tampered(valid))) {
          const answer = await handle(post(input))
          equal(answer.status, 401, what)
          const text = await answer.text()
          check(!text.includes(fixture.publicKey.apiV3Key), `${what}: no key in the answer`)
        }
        equal(seen.length, 1, 'the handler never ran for a tampered one')
        equal(refused, [401, 401, 401, 401, 401], 'each refusal reported to onError')
      },
    },
  ]
}

// Node's side of the conformance suite: two simulators on 127.0.0.1 (public-key mode and certificate
// mode, keys generated per run) and notifications signed by the platform's key, made into the JSON
// fixture each runtime is handed. Notifications are signed now: the suite must run within 5 minutes.
import { createPrivateKey, generateKeyPairSync, randomUUID } from 'node:crypto'
import { createTestNotification, signNotification } from '@wxpay/sdk/testing'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import type { Fixture, MerchantFixture } from './types.js'

const EVENT_TYPE = 'PASSWORD_EXEMPT_CONTRACT.SIGN'
const RESOURCE = {
  mchid: '1230000109',
  out_contract_code: 'wxwtdk20200910100000',
  contract_id: '123124412412423431',
  service_id: 500001,
  contract_state: 'SIGNED',
  contract_signed_time: '2020-09-10T13:29:35+08:00',
  openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
}

function merchantOf(sim: Simulator): MerchantFixture {
  const { mchid, serial, privateKey, apiV3Key } = sim.merchant
  const pkcs1 = createPrivateKey(privateKey).export({ type: 'pkcs1', format: 'pem' }) as string
  return { url: sim.url, mchid, serial, privateKey, privateKeyPkcs1: pkcs1, apiV3Key }
}

function notificationsOf(sim: Simulator): Fixture['notifications'] {
  const signer = sim.platform.signer(undefined)
  const keys = { privateKey: signer.privateKey, serial: signer.id, apiV3Key: sim.apiV3Key }
  const event = { id: randomUUID(), event_type: EVENT_TYPE, resource: RESOURCE }
  const valid = createTestNotification(event, keys)
  const now = Math.floor(Date.now() / 1000)
  const stale = createTestNotification({ ...event, id: randomUUID() }, { ...keys, timestamp: now - 600 })
  const unknownSerial = createTestNotification(
    { ...event, id: randomUUID() },
    { ...keys, serial: `PUB_KEY_ID_01${'9'.repeat(26)}` },
  )
  // The ciphertext altered, then signed again: the signature holds, AES-GCM's tag does not.
  const envelope = JSON.parse(createTestNotification({ ...event, id: randomUUID() }, keys).body)
  const ciphertext: string = envelope.resource.ciphertext
  envelope.resource.ciphertext = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1)
  const body = JSON.stringify(envelope)
  const badCiphertext = { headers: signNotification(body, keys), body }
  return { valid, stale, unknownSerial, badCiphertext, event }
}

export interface RunningFixture {
  fixture: Fixture
  /**
   * The real_identity of each S1 pre-sign (code `CS1…`) received since the last call, as the simulator
   * decrypted it: what the runtime's client encrypted.
   */
  receivedIdentities(): unknown[]
  close(): Promise<void>
}

export async function startFixture(): Promise<RunningFixture> {
  const publicKeyMode = await createSimulator({ mode: 'publicKey' })
  const certificateMode = await createSimulator({ mode: 'certificate' })
  const certs = publicKeyMode.certs
  const wrong = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
  const wrongCerts = Object.fromEntries(
    Object.keys(certs).map((id) => [id, wrong.export({ type: 'spki', format: 'pem' }) as string]),
  )
  const fixture: Fixture = {
    publicKey: { ...merchantOf(publicKeyMode), certs, wrongCerts },
    certificate: { ...merchantOf(certificateMode), serials: Object.keys(certificateMode.certs) },
    notifications: notificationsOf(publicKeyMode),
  }
  const seen = new Set<string>()
  return {
    fixture,
    receivedIdentities() {
      const fresh = publicKeyMode
        .sessions()
        .filter(
          ({ request }) => String(request.out_contract_code).startsWith('CS1') && !seen.has(request.out_contract_code),
        )
      for (const { request } of fresh) seen.add(request.out_contract_code)
      return fresh.map(({ request }) => request.real_identity)
    },
    async close() {
      await Promise.all([publicKeyMode.close(), certificateMode.close()])
    },
  }
}

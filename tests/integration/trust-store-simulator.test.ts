// The trust store end to end against @wxpay/simulator: certificate, public-key and mixed modes,
// rotation, single-flight, tampering on the wire, two merchants, an expired certificate.
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, describe, it } from 'node:test'
import {
  CertificateDownloadError,
  DecryptionError,
  encryptSensitive,
  MemoryCertificateCache,
  PublicKeyModeError,
  SignatureVerificationError,
  WechatPay,
  type WechatPayOptions,
} from '@wxpay/sdk'
import { issueCertificate, signNotification } from '@wxpay/sdk/testing'
import { createSimulator, type Simulator, type SimulatorMode } from '@wxpay/simulator'
import { insuranceBody } from '../../packages/sdk/test/helpers/seeds.js'

const DAY = 86_400_000
const identity = { real_name: '张三', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const }
const closers: (() => Promise<void>)[] = []
after(() => Promise.all(closers.map((close) => close())))

async function simulator(mode: SimulatorMode) {
  const sim = await createSimulator({ mode })
  closers.push(() => sim.close())
  return sim
}

/** A notify URL on loopback that keeps what WeChat Pay sent, byte for byte. */
async function receiver() {
  const received: { headers: IncomingHttpHeaders; body: Buffer }[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) })
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":"SUCCESS"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/wxpay/contract`, received }
}

/** The client's clock: real time plus an offset the test moves (within the 5-minute window). */
const testClock = () => {
  const clock = { offset: 0, now: () => Date.now() + clock.offset }
  return clock
}

/** A fetch that counts certificate downloads and lets a test change the list on the wire. */
function wire(change?: (body: string, headers: Headers) => string) {
  const counter = { downloads: 0 }
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const response = await globalThis.fetch(url, init)
    if (!String(url).endsWith('/v3/certificates')) return response
    counter.downloads++
    if (!change) return response
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    const body = change(await response.text(), headers)
    return new Response(body, { status: response.status, headers })
  }
  return { counter, fetch: fetch as typeof globalThis.fetch }
}

const merchantClient = (sim: Simulator, extra: Partial<WechatPayOptions> = {}) =>
  new WechatPay({
    mchid: sim.merchant.mchid,
    serial: sim.merchant.serial,
    privateKey: sim.merchant.privateKey,
    apiV3Key: sim.apiV3Key,
    baseURL: sim.url,
    ...extra,
  })

const presign = (wxpay: WechatPay, code: string, notifyUrl = 'https://merchant.example.com/wxpay/contract') =>
  wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
    ...insuranceBody(code),
    contract_notify_url: notifyUrl,
    real_identity: identity,
  })

const queryContract = (wxpay: WechatPay, code: string) =>
  wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
    params: { plan_id: 12535, out_contract_code: code },
  })

describe('against the simulator: certificate mode from merchant credentials alone', () => {
  it('S1 with plaintext real_identity: download, encrypt, header, verify; then the sign notification', async () => {
    const sim = await simulator('certificate')
    const notify = await receiver()
    const { counter, fetch } = wire()
    const wxpay = merchantClient(sim, { fetch })
    const { data } = await presign(wxpay, 'INSSIM1', notify.url)
    assert.match(data.pre_entrustweb_id, /\w+/)
    assert.equal(counter.downloads, 1)
    assert.deepEqual(wxpay.trustedKeyIds, Object.keys(sim.certs))
    const session = sim.sessions().find((item) => item.pre_entrustweb_id === data.pre_entrustweb_id)!
    assert.equal(session.request.real_identity.real_name, '张三', 'the simulator decrypted with the key named')

    sim.agree(data.pre_entrustweb_id)
    await sim.flush()
    const event = await wxpay.notifications.parse(notify.received[0])
    assert.equal(event.event_type, 'INSURANCE_ENTRUST.SIGN')
    assert.equal((await queryContract(wxpay, 'INSSIM1')).data.contract_state, 'SIGNED')
    assert.equal(counter.downloads, 1)
  })

  it('an expired configured certificate is not used to encrypt', async () => {
    const sim = await simulator('certificate')
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const expired = issueCertificate({
      publicKey,
      issuerKey: privateKey,
      serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
      notBefore: new Date(Date.now() - 900 * DAY),
      notAfter: new Date(Date.now() - DAY),
    })
    const wxpay = merchantClient(sim, { certs: { [expired.serial]: expired.pem } })
    const { data } = await presign(wxpay, 'INSSIMEXPIRED')
    const [current] = Object.keys(sim.certs)
    assert.deepEqual(wxpay.trustedKeyIds, [expired.serial, current])
    const session = sim.sessions().find((item) => item.pre_entrustweb_id === data.pre_entrustweb_id)!
    assert.equal(session.request.real_identity.id_card_number, identity.id_card_number)
  })
})

describe('against the simulator: a public-key-only merchant', () => {
  it('starts, works, and download() reports the explained condition', async () => {
    const sim = await simulator('publicKey')
    const [publicKeyId] = Object.keys(sim.certs)
    const wxpay = merchantClient(sim, { certs: sim.certs })
    const { data, headers } = await presign(wxpay, 'INSSIMPK')
    assert.equal(headers['wechatpay-serial'], publicKeyId)
    assert.ok(sim.sessions().some((item) => item.pre_entrustweb_id === data.pre_entrustweb_id))
    await assert.rejects(wxpay.certificates.download(), (error: PublicKeyModeError) => {
      assert.ok(error instanceof PublicKeyModeError, String(error))
      assert.match(
        error.message,
        /this merchant uses WeChat Pay public keys: GET \/v3\/certificates answered 404 RESOURCE_NOT_EXISTS/,
      )
      assert.ok(error.message.includes(`{ '${publicKeyId}': pub_key.pem }`))
      return true
    })
    assert.deepEqual(wxpay.trustedKeyIds, [publicKeyId])
  })
})

describe('against the simulator: mixed mode', () => {
  it('verifies responses and notifications signed by either key', async () => {
    const sim = await simulator('mixed')
    const notify = await receiver()
    const [publicKeyId, serial] = Object.keys(sim.certs)
    assert.match(publicKeyId, /^PUB_KEY_ID_/)
    const wxpay = merchantClient(sim, { certs: sim.certs })

    const byPublicKey = await presign(wxpay, 'INSSIMMIXED1', notify.url)
    assert.equal(byPublicKey.headers['wechatpay-serial'], publicKeyId)
    const certificate = sim.platform.find(serial)!
    const byCertificate = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
      {
        ...insuranceBody('INSSIMMIXED2'),
        real_identity: {
          real_name: encryptSensitive('李四', certificate.pem),
          id_card_number: encryptSensitive('110101199003074579', certificate.pem),
        },
      },
      { headers: { 'Wechatpay-Serial': serial } },
    )
    assert.equal(byCertificate.headers['wechatpay-serial'], serial)

    // The simulator signs notifications with its newest certificate in mixed mode.
    sim.agree(byPublicKey.data.pre_entrustweb_id)
    await sim.flush()
    const sent = notify.received[0]
    assert.equal(sent.headers['wechatpay-serial'], serial)
    assert.equal((await wxpay.notifications.parse(sent)).event_type, 'INSURANCE_ENTRUST.SIGN')
    const publicKey = sim.platform.find(publicKeyId)!
    const resigned = signNotification(sent.body.toString(), { privateKey: publicKey.privateKey, serial: publicKeyId })
    assert.equal(
      (await wxpay.notifications.parse({ headers: resigned, body: sent.body })).event_type,
      'INSURANCE_ENTRUST.SIGN',
    )
  })
})

describe('against the simulator: rotation', () => {
  it('the simulator signs with a new certificate: the client downloads exactly once and carries on', async () => {
    const sim = await simulator('certificate')
    const notify = await receiver()
    const clock = testClock()
    const { counter, fetch } = wire()
    const errors: Error[] = []
    const wxpay = merchantClient(sim, { fetch, clock, onError: (error) => errors.push(error) })
    const { data } = await presign(wxpay, 'INSSIMROT', notify.url)
    const [old] = Object.keys(sim.certs)
    assert.equal(counter.downloads, 1)

    clock.offset += 120_000
    const next = sim.rotateCertificate()
    sim.agree(data.pre_entrustweb_id)
    await sim.flush()
    assert.equal(notify.received[0].headers['wechatpay-serial'], next)
    assert.equal((await wxpay.notifications.parse(notify.received[0])).event_type, 'INSURANCE_ENTRUST.SIGN')
    assert.equal(counter.downloads, 2, 'one download for the new certificate')
    assert.deepEqual(wxpay.trustedKeyIds, [old, next])

    const query = await queryContract(wxpay, 'INSSIMROT')
    assert.equal(query.headers['wechatpay-serial'], next)
    const again = await presign(wxpay, 'INSSIMROT2')
    assert.equal(again.headers['wechatpay-serial'], next, 'encrypts with the newest valid certificate')
    assert.equal(counter.downloads, 2)
    assert.deepEqual(errors, [])
  })

  it('100 parallel calls meeting the unknown serial cause exactly one download', async () => {
    const sim = await simulator('certificate')
    const clock = testClock()
    const { counter, fetch } = wire()
    const wxpay = merchantClient(sim, { fetch, clock })
    const { data } = await presign(wxpay, 'INSSIM100')
    sim.agree(data.pre_entrustweb_id)
    clock.offset += 120_000
    sim.rotateCertificate()
    const results = await Promise.all(Array.from({ length: 100 }, () => queryContract(wxpay, 'INSSIM100')))
    assert.ok(results.every((result) => result.data.contract_state === 'SIGNED'))
    assert.equal(counter.downloads, 2)
  })
})

describe('against the simulator: a certificate list tampered with on the wire adds nothing', () => {
  const cases: [string, (body: string, headers: Headers) => string, new (...args: any[]) => Error][] = [
    [
      'bad GCM tag',
      (body) => {
        const list = JSON.parse(body)
        const encrypted = list.data[0].encrypt_certificate
        const bytes = Buffer.from(encrypted.ciphertext, 'base64')
        bytes[bytes.length - 1] ^= 0x01
        encrypted.ciphertext = bytes.toString('base64')
        return JSON.stringify(list)
      },
      DecryptionError,
    ],
    [
      'bad signature',
      (body, headers) => {
        const signature = Buffer.from(headers.get('wechatpay-signature')!, 'base64')
        signature[10] ^= 0x01
        headers.set('wechatpay-signature', signature.toString('base64'))
        return body
      },
      SignatureVerificationError,
    ],
    [
      'serial mismatch',
      (body) => {
        const list = JSON.parse(body)
        list.data[0].serial_no = '7FDE54C51E3FB1A1E0B5C7A7D0A1B2C3D4E5F607'
        return JSON.stringify(list)
      },
      CertificateDownloadError,
    ],
  ]
  for (const [label, change, errorClass] of cases) {
    it(label, async () => {
      const sim = await simulator('certificate')
      const { fetch } = wire(change)
      const wxpay = merchantClient(sim, { fetch })
      await assert.rejects(wxpay.certificates.download(), errorClass)
      assert.deepEqual(wxpay.trustedKeyIds, [])
      await assert.rejects(presign(wxpay, 'INSSIMTAMPER'), /downloading the platform certificates failed/)
      assert.deepEqual(wxpay.trustedKeyIds, [])
      assert.equal(sim.sessions().length, 0, 'nothing was sent unencrypted')
    })
  }
})

describe('against the simulator: two merchants in one process', () => {
  it('never see each other’s keys, even through one shared certificate cache', async () => {
    const [one, two] = [await simulator('certificate'), await simulator('certificate')]
    assert.notEqual(one.merchant.mchid, two.merchant.mchid)
    const certificateCache = new MemoryCertificateCache()
    const clientOne = merchantClient(one, { certificateCache })
    const clientTwo = merchantClient(two, { certificateCache })
    await Promise.all([presign(clientOne, 'INSSIMM1'), presign(clientTwo, 'INSSIMM2')])
    assert.deepEqual(clientOne.trustedKeyIds, Object.keys(one.certs))
    assert.deepEqual(clientTwo.trustedKeyIds, Object.keys(two.certs))
    assert.ok(!clientTwo.trustedKeyIds.some((id) => clientOne.trustedKeyIds.includes(id)))

    // Merchant two gets a notification signed by merchant one's platform: its list does not have it.
    const [serialOne] = Object.keys(one.certs)
    const body = '{"id":"EV-1","event_type":"INSURANCE_ENTRUST.SIGN"}'
    const headers = signNotification(body, { privateKey: one.platform.find(serialOne)!.privateKey, serial: serialOne })
    await assert.rejects(
      clientTwo.notifications.parse({ headers, body }),
      (error: SignatureVerificationError) => error.reason === 'unknown-serial',
    )
    assert.deepEqual(clientTwo.trustedKeyIds, Object.keys(two.certs))
  })
})

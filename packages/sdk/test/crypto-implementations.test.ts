// The two implementations of the Crypto interface (crypto/node.ts, crypto/web.ts) against each other,
// on keys generated per run: what one signs or encrypts, the other verifies or opens; RSA PKCS#1 v1.5
// signatures are deterministic, so both make the same bytes. And the client's `crypto` option.
import assert from 'node:assert/strict'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { describe, it } from 'node:test'
import { nodeCrypto } from '../src/crypto/node.js'
import { type Crypto, KeyImportError } from '../src/crypto/types.js'
import { webCrypto } from '../src/crypto/web.js'
import { ConfigurationError, WechatPay } from '../src/index.js'
import { issueCertificate } from '../src/testing/x509.js'

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string
const spkiPem = publicKey.export({ type: 'spki', format: 'pem' }) as string
const message = new TextEncoder().encode('POST\n/v3/papay/x\n1700000000\nnonce\n{"a":"王"}\n')
const both: [string, Crypto][] = [
  ['node', nodeCrypto],
  ['web', webCrypto],
]

describe('node:crypto and WebCrypto behind one interface', () => {
  it('import PKCS#8 and PKCS#1 PEM (text and bytes) to the same key, and sign the same bytes', async () => {
    const signatures = new Set<string>()
    for (const [, crypto] of both) {
      for (const material of [pkcs8, pkcs1, Buffer.from(pkcs1)]) {
        const key = crypto.privateKey(material)
        assert.deepEqual([key.algorithm, key.bits, key.publicKey.spki], ['rsa', 2048, crypto.publicKey(spkiPem).spki])
        signatures.add(await crypto.sign(message, key, true))
        signatures.add(await crypto.sign(message, key, false))
      }
    }
    assert.equal(signatures.size, 1)
    const [signature] = signatures
    for (const [, crypto] of both) {
      const key = crypto.publicKey(spkiPem)
      assert.equal(await crypto.verify(message, Buffer.from(signature, 'base64'), key), true)
      const altered = Uint8Array.from(message)
      altered[0] ^= 1
      assert.equal(await crypto.verify(altered, Buffer.from(signature, 'base64'), key), false)
    }
  })

  it("verifies with the other implementation's public key (a trust store shared across them)", async () => {
    const signature = Buffer.from(await nodeCrypto.sign(message, nodeCrypto.privateKey(pkcs8)), 'base64')
    assert.equal(await webCrypto.verify(message, signature, nodeCrypto.publicKey(spkiPem)), true)
    assert.equal(await nodeCrypto.verify(message, signature, webCrypto.publicKey(spkiPem)), true)
  })

  it('RSA-OAEP with SHA-1: what one encrypts the other decrypts', async () => {
    const plaintext = new TextEncoder().encode('110101199003074578 王小明')
    for (const [from, sealer] of both) {
      for (const [to, opener] of both) {
        const ciphertext = await sealer.encryptOaep(plaintext, sealer.publicKey(spkiPem))
        assert.equal(ciphertext.length, 256)
        assert.deepEqual(
          Buffer.from(await opener.decryptOaep(ciphertext, opener.privateKey(pkcs1))),
          Buffer.from(plaintext),
          `${from} → ${to}`,
        )
      }
    }
  })

  it('AES-256-GCM: the same ciphertext and tag from both, and a tampered one refused by both', async () => {
    const key = randomBytes(32)
    const iv = Buffer.from('0123456789ab')
    const aad = Buffer.from('certificate')
    const plaintext = Buffer.from('{"serial_no":"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"}')
    const [nodeSealed, webSealed] = await Promise.all(both.map(([, c]) => c.encryptAesGcm(key, iv, aad, plaintext)))
    assert.deepEqual(Buffer.from(webSealed), Buffer.from(nodeSealed))
    assert.equal(nodeSealed.length, plaintext.length + 16)
    for (const [name, crypto] of both) {
      assert.deepEqual(Buffer.from(await crypto.decryptAesGcm(key, iv, aad, nodeSealed)), plaintext, name)
      const tampered = Uint8Array.from(nodeSealed)
      tampered[tampered.length - 1] ^= 1
      await assert.rejects(crypto.decryptAesGcm(key, iv, aad, tampered), name)
      await assert.rejects(crypto.decryptAesGcm(key, iv, Buffer.from('other'), nodeSealed), name)
    }
  })

  it('read a certificate alike: serial, validity and key', () => {
    const issuerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const notBefore = new Date('2025-01-01T00:00:00Z')
    const notAfter = new Date('2030-01-01T00:00:00Z')
    const { pem, serial } = issueCertificate({ publicKey, issuerKey, notBefore, notAfter })
    for (const [name, crypto] of both) {
      const info = crypto.certificate(pem)
      assert.deepEqual(
        [info.serial, info.notBefore, info.notAfter, info.publicKey.spki],
        [serial, notBefore.getTime(), notAfter.getTime(), nodeCrypto.publicKey(spkiPem).spki],
        name,
      )
    }
  })

  it('refuse what is not a key with a KeyImportError, and name a key of another kind', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    for (const [name, crypto] of both) {
      assert.throws(() => crypto.privateKey('not a key'), KeyImportError, name)
      assert.throws(
        () => crypto.publicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'),
        KeyImportError,
        name,
      )
      assert.throws(() => crypto.certificate(spkiPem), KeyImportError, name)
      const key = crypto.privateKey(ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
      assert.equal(key.algorithm, 'ec', name)
    }
  })

  it('sha256 and randomBytes', async () => {
    for (const [name, crypto] of both) {
      assert.equal(
        Buffer.from(await crypto.sha256(Buffer.from('abc'))).toString('hex'),
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        name,
      )
      const random = crypto.randomBytes(70_000)
      assert.equal(random.length, 70_000)
      assert.notDeepEqual(random.subarray(65_536), new Uint8Array(70_000 - 65_536), `${name}: filled to the end`)
    }
  })
})

describe("the client's crypto option", () => {
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' })
  const options = {
    mchid: '1900000001',
    serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
    certs: { PUB_KEY_ID_0114232134912410000000000000: platform as string },
  }

  it("is node:crypto by default on Node, and WebCrypto with crypto: 'web'", () => {
    assert.equal(new WechatPay({ ...options, privateKey: pkcs8 }).crypto, 'node')
    assert.equal(new WechatPay({ ...options, privateKey: pkcs1, crypto: 'web' }).crypto, 'web')
    assert.equal(new WechatPay({ ...options, privateKey: pkcs8, crypto: 'node' }).crypto, 'node')
  })

  it('refuses another name, naming both', () => {
    assert.throws(
      () => new WechatPay({ ...options, privateKey: pkcs8, crypto: 'subtle' as 'web' }),
      (error: Error) =>
        error instanceof ConfigurationError &&
        /crypto.*'node' \(node:crypto\) or 'web' \(WebCrypto\)/.test(error.message),
    )
  })

  it("with crypto: 'web', takes a KeyObject by its DER, and refuses a key of another kind as node:crypto does", () => {
    assert.equal(new WechatPay({ ...options, privateKey, crypto: 'web' }).crypto, 'web')
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string
    for (const crypto of ['node', 'web'] as const) {
      assert.throws(
        () => new WechatPay({ ...options, privateKey: ec, crypto }),
        /privateKey.*is a ec key; WeChat Pay APIv3 merchant keys are RSA/,
      )
    }
  })
})

// Rsa, Aes.AesGcm and Formatter of @wxpay/sdk/compat against wechatpay-axios-plugin 0.9.6's own:
// the same arguments give the same outputs (equal where deterministic, interchangeable where random).
import assert from 'node:assert/strict'
import { generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { DecryptionError } from '@wxpay/sdk'
import { Aes, Formatter, Rsa } from '@wxpay/sdk/compat'
import { ensureReference, requireReference } from '../../bench/reference/index.js'

// wechatpay-axios-plugin is installed apart from the workspace, in bench/reference (its bin is also `wxpay`).
ensureReference()
const plugin = requireReference('wechatpay-axios-plugin')

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
const spki = publicKey.export({ type: 'spki', format: 'pem' }).toString()
const der = (key: KeyObject, type: 'pkcs1' | 'pkcs8' | 'spki') =>
  key.export({ type, format: 'der' } as any).toString('base64')
const dir = mkdtempSync(join(tmpdir(), 'wxpay-compat-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describe('Rsa', () => {
  it('from() loads the same keys from every form wechatpay-axios-plugin reads', () => {
    const file = join(dir, 'apiclient_key.pem')
    writeFileSync(file, pkcs8)
    const forms: [unknown, 'private' | 'public'][] = [
      [pkcs8, 'private'],
      [pkcs1, 'private'],
      [Buffer.from(pkcs8), 'private'],
      [privateKey, 'private'],
      [`file://${file}`, 'private'],
      [`private.pkcs8://${der(privateKey, 'pkcs8')}`, 'private'],
      [`private.pkcs1://${der(privateKey, 'pkcs1')}`, 'private'],
      [spki, 'public'],
      [`public.spki://${der(publicKey, 'spki')}`, 'public'],
      [`public.pkcs1://${der(publicKey, 'pkcs1')}`, 'public'],
      [privateKey, 'public'],
    ]
    for (const [thing, type] of forms) {
      const ours = Rsa.from(thing as string, type)
      const theirs = plugin.Rsa.from(thing as string, type) as KeyObject
      assert.ok(ours instanceof KeyObject)
      assert.equal(ours.type, type)
      assert.ok(ours.equals(theirs), `${String(thing).slice(0, 20)} as ${type}`)
    }
    assert.ok(Rsa.fromPkcs8(der(privateKey, 'pkcs8')).equals(privateKey))
    assert.ok(Rsa.fromPkcs1(der(publicKey, 'pkcs1'), 'public').equals(publicKey))
    assert.ok(Rsa.fromSpki(der(publicKey, 'spki')).equals(publicKey))
    assert.equal(Rsa.isKeyObject(publicKey), plugin.Rsa.isKeyObject(publicKey))
    assert.equal(Rsa.isKeyObject(spki), false)
    assert.equal(Rsa.KEY_TYPE_PUBLIC, plugin.Rsa.KEY_TYPE_PUBLIC)
    assert.equal(Rsa.RSA_PKCS1_OAEP_PADDING, plugin.Rsa.RSA_PKCS1_OAEP_PADDING)
  })

  it('sign() gives the same signature; verify() accepts what either signed and refuses a change', () => {
    const message = Formatter.request('POST', '/v3/a?b=1', 1700000000, 'NONCE', '{"中文":1}')
    const ours = Rsa.sign(message, pkcs8)
    assert.equal(ours, plugin.Rsa.sign(message, pkcs8))
    assert.equal(Rsa.sign(Buffer.from(message), privateKey), ours)
    assert.equal(Rsa.verify(message, ours, spki), true)
    assert.equal(plugin.Rsa.verify(message, ours, spki), true)
    assert.equal(Rsa.verify(`${message} `, ours, spki), false)
    assert.equal(Rsa.verify(message, ours, publicKey), plugin.Rsa.verify(message, ours, publicKey))
  })

  it('encrypt() and decrypt() interoperate with wechatpay-axios-plugin (RSA-OAEP, Base64) both ways', () => {
    const ours = Rsa.encrypt('王小明', spki)
    assert.equal(Buffer.from(ours, 'base64').length, 256)
    assert.equal(plugin.Rsa.decrypt(ours, pkcs8), '王小明')
    assert.equal(Rsa.decrypt(plugin.Rsa.encrypt('110101199003074578', publicKey), privateKey), '110101199003074578')
    assert.throws(() => Rsa.encrypt('x', spki, plugin.Rsa.RSA_PKCS1_PADDING), RangeError)
    assert.throws(() => plugin.Rsa.encrypt('x', spki, plugin.Rsa.RSA_PKCS1_PADDING), RangeError)
    assert.throws(
      () => Rsa.decrypt(ours, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey),
      DecryptionError,
    )
  })
})

describe('Aes.AesGcm', () => {
  const key = randomBytes(16).toString('hex')
  const iv = 'a1B2c3D4e5F6'

  it('encrypt() gives the same ciphertext for the same key, nonce and associated data', () => {
    for (const aad of ['certificate', 'transaction', '']) {
      const ours = Aes.AesGcm.encrypt('{"contract_id":"中文"}', key, iv, aad)
      assert.equal(ours, plugin.Aes.AesGcm.encrypt('{"contract_id":"中文"}', key, iv, aad))
      assert.equal(Aes.AesGcm.decrypt(ours, key, iv, aad), '{"contract_id":"中文"}')
      assert.equal(plugin.Aes.AesGcm.decrypt(ours, key, iv, aad), '{"contract_id":"中文"}')
    }
    assert.equal(Aes.AesGcm.encrypt('x', Buffer.from(key), iv), plugin.Aes.AesGcm.encrypt('x', key, iv))
  })

  it('decrypt() checks the tag: a wrong key is a DecryptionError that names the usual causes', () => {
    const ciphertext = plugin.Aes.AesGcm.encrypt('secret', key, iv, 'certificate')
    assert.throws(
      () => Aes.AesGcm.decrypt(ciphertext, randomBytes(16).toString('hex'), iv, 'certificate'),
      (error: unknown) => error instanceof DecryptionError && /APIv3 key/.test(error.message),
    )
    assert.throws(() => Aes.AesGcm.decrypt(ciphertext, key, iv, 'transaction'), DecryptionError)
  })
})

describe('Formatter', () => {
  it('request(), response(), joinedByLineFeed() and authorization() give the same strings', () => {
    const cases: [keyof typeof Formatter, unknown[]][] = [
      ['request', ['GET', '/v3/certificates', 1700000000, 'n0nce']],
      ['request', ['POST', '/v3/x?y=1', '1700000000', 'n0nce', '{"a":1}']],
      ['response', [1700000000, 'n0nce', '{"code":"SUCCESS"}']],
      ['response', ['1700000000', 'n0nce']],
      ['joinedByLineFeed', ['a', 1, '']],
      ['joinedByLineFeed', []],
      [
        'authorization',
        ['1900000001', 'n0nce', 'c2lnbmF0dXJl', 1700000000, '3775B6A45ACD588826D15E583A95F5DD12345678'],
      ],
    ]
    for (const [name, args] of cases) {
      const ours = (Formatter[name] as (...a: unknown[]) => unknown)(...args)
      assert.equal(ours, (plugin.Formatter as any)[name](...args), `${name}(${args.join(', ')})`)
    }
  })

  it('nonce() and timestamp() have the same form', () => {
    for (const size of [undefined, 16, 64]) {
      const ours = Formatter.nonce(size)
      assert.equal(ours.length, plugin.Formatter.nonce(size).length)
      assert.match(ours, /^[0-9A-Za-z]+$/)
    }
    assert.notEqual(Formatter.nonce(), Formatter.nonce())
    assert.ok(Math.abs(Formatter.timestamp() - plugin.Formatter.timestamp()) <= 1)
    assert.equal(typeof Formatter.timestamp(), 'number')
  })
})

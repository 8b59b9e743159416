// The ASN.1 DER reader and the key and certificate parsers built on it (crypto/der.ts, crypto/pkix.ts),
// the WebCrypto implementation's only way to read PEM: checked against node:crypto's own parsers on
// keys and certificates generated per run, and against malformed encodings made by hand.
import assert from 'node:assert/strict'
import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { describe, it } from 'node:test'
import {
  contentOf,
  DerError,
  encode,
  explicit,
  integer,
  oid,
  readDer,
  readNode,
  readOid,
  readTime,
  readUnsigned,
  sequence,
  TAG,
  time,
} from '../src/crypto/der.js'
import {
  bitLength,
  pemBlock,
  readCertificate,
  readPem,
  readPkcs1,
  readPkcs8,
  readSpki,
  rsaSpki,
  wrapPkcs1,
  writePem,
} from '../src/crypto/pkix.js'
import { issueCertificate } from '../src/testing/x509.js'

const bytes = (...values: number[]) => Uint8Array.from(values)
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' })
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'der' })
const spki = publicKey.export({ type: 'spki', format: 'der' })

describe('the DER reader', () => {
  it('reads short and long lengths, and the children of a SEQUENCE', () => {
    const long = new Uint8Array(300).fill(7)
    const node = readDer(sequence(integer(bytes(1)), encode(TAG.OCTET_STRING, long)))
    assert.equal(node.tag, TAG.SEQUENCE)
    const one = readNode(node.bytes, node.contentStart, node.end)
    assert.deepEqual(readUnsigned(one, 'one'), bytes(1))
    const second = readNode(node.bytes, one.end, node.end)
    assert.equal(second.end - second.contentStart, 300)
    assert.deepEqual(contentOf(second), long)
  })

  const malformed: [string, Uint8Array, RegExp][] = [
    ['an indefinite length', bytes(0x30, 0x80, 0x00, 0x00), /indefinite length/],
    ['a long form for a short length', bytes(0x04, 0x81, 0x05, 1, 2, 3, 4, 5), /not minimal/],
    ['a length with a leading zero byte', bytes(0x04, 0x82, 0x00, 0x81, ...new Array(0x81).fill(0)), /not minimal/],
    ['a length of five bytes', bytes(0x04, 0x85, 1, 0, 0, 0, 0), /too long/],
    ['content past the end', bytes(0x04, 0x05, 1, 2), /runs past its end/],
    ['a lone tag', bytes(0x30), /truncated/],
    ['a high tag number', bytes(0x1f, 0x01, 0x00), /high tag/],
    ['bytes after the value', bytes(0x05, 0x00, 0x00), /1 bytes after the value/],
  ]
  for (const [name, encoding, message] of malformed) {
    it(`refuses ${name}`, () =>
      assert.throws(
        () => readDer(encoding),
        (error: Error) => error instanceof DerError && message.test(error.message),
      ))
  }

  it('reads non-negative INTEGERs without their sign byte, and refuses negative or padded ones', () => {
    assert.deepEqual(readUnsigned(readDer(integer(bytes(0x00, 0x00, 0x80))), 'n'), bytes(0x80))
    assert.deepEqual(readDer(integer(bytes(0x80))).end, 4, 'a high bit gets its zero byte')
    assert.throws(() => readUnsigned(readDer(bytes(0x02, 0x01, 0xff)), 'n'), /negative/)
    assert.throws(() => readUnsigned(readDer(bytes(0x02, 0x02, 0x00, 0x01)), 'n'), /redundant leading zero/)
    assert.throws(() => readUnsigned(readDer(bytes(0x02, 0x00)), 'n'), /no content/)
    assert.throws(() => readUnsigned(readDer(bytes(0x04, 0x01, 0x01)), 'n'), /expected tag 0x2, found 0x4/)
  })

  it('reads OIDs as written, multi-byte arcs included, and refuses a truncated one', () => {
    for (const text of ['1.2.840.113549.1.1.1', '2.5.4.3', '1.3.101.112', '2.999.4294967296']) {
      assert.equal(readOid(readDer(oid(text)), 'oid'), text)
    }
    assert.throws(() => readOid(readDer(bytes(0x06, 0x02, 0x2a, 0x86)), 'oid'), /malformed OID/)
    assert.throws(() => readOid(readDer(bytes(0x06, 0x02, 0x2a, 0x80)), 'oid'), /malformed OID/)
  })

  it('reads UTCTime (1950–2049) and GeneralizedTime, and refuses dates that do not exist', () => {
    for (const iso of [
      '1950-01-01T00:00:00Z',
      '2049-12-31T23:59:59Z',
      '2050-01-01T00:00:00Z',
      '2024-02-29T12:00:00Z',
    ]) {
      const encoded = time(new Date(iso))
      assert.equal(encoded[0], iso.startsWith('2050') ? TAG.GENERALIZED_TIME : TAG.UTC_TIME, iso)
      assert.equal(readTime(readDer(encoded), 'time'), Date.parse(iso))
    }
    const utc = (text: string) => encode(TAG.UTC_TIME, new TextEncoder().encode(text))
    assert.throws(() => readTime(readDer(utc('250230000000Z')), 'notAfter'), /not a valid date/)
    assert.throws(() => readTime(readDer(utc('2502280000Z')), 'notAfter'), /not a DER time/)
    assert.throws(() => readTime(readDer(utc('250228000000+0800')), 'notAfter'), /not a DER time/)
    assert.throws(() => readTime(readDer(integer(bytes(1))), 'notAfter'), /expected a UTCTime/)
  })
})

describe('keys and certificates read from their DER', () => {
  it('reads a PKCS#8 RSA key: its modulus, exponent and size, as node:crypto does', () => {
    const info = readPkcs8(pkcs8)
    const jwk = privateKey.export({ format: 'jwk' })
    assert.equal(info.algorithm, 'rsa')
    assert.equal(Buffer.from(info.rsa!.modulus).toString('base64url'), jwk.n)
    assert.equal(Buffer.from(info.rsa!.exponent).toString('base64url'), jwk.e)
    assert.equal(bitLength(info.rsa!.modulus), 2048)
  })

  it('wraps a PKCS#1 key into the same PKCS#8 that node:crypto exports, and writes the same SPKI', () => {
    assert.deepEqual(Buffer.from(wrapPkcs1(pkcs1)), pkcs8)
    assert.deepEqual(Buffer.from(readPkcs1(pkcs1).pkcs8), pkcs8)
    assert.deepEqual(Buffer.from(rsaSpki(readSpki(spki).rsa!)), spki)
    // and the wrapped key is one node:crypto imports
    assert.equal(createPrivateKey({ key: Buffer.from(wrapPkcs1(pkcs1)), format: 'der', type: 'pkcs8' }).type, 'private')
  })

  it('names the algorithm of a key that is not RSA', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const ed = generateKeyPairSync('ed25519')
    assert.equal(readPkcs8(ec.privateKey.export({ type: 'pkcs8', format: 'der' })).algorithm, 'ec')
    assert.equal(readSpki(ed.publicKey.export({ type: 'spki', format: 'der' })).algorithm, 'ed25519')
    assert.equal(readSpki(ec.publicKey.export({ type: 'spki', format: 'der' })).rsa, undefined)
  })

  it("reads a certificate's serial, validity and key as X509Certificate does", () => {
    const issuer = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const notBefore = new Date('2024-03-01T08:00:00Z')
    for (const notAfter of [new Date('2029-03-01T08:00:00Z'), new Date('2051-06-30T23:59:59Z')]) {
      const { pem, serial } = issueCertificate({
        publicKey,
        issuerKey: issuer,
        commonName: 'Tenpay.com Sign',
        notBefore,
        notAfter,
      })
      const node = new X509Certificate(pem)
      const read = readCertificate(pemBlock(pem, ['CERTIFICATE'])!.der)
      assert.equal(read.serial, node.serialNumber.toUpperCase())
      assert.equal(read.serial, serial.toUpperCase())
      assert.equal(read.notBefore, Date.parse(node.validFrom))
      assert.equal(read.notAfter, Date.parse(node.validTo))
      assert.equal(read.notAfter, notAfter.getTime())
      assert.deepEqual(Buffer.from(read.spki), spki)
    }
  })

  it('refuses a certificate whose parts are out of shape', () => {
    const name = sequence()
    const tbs = (validity: Uint8Array) =>
      sequence(explicit(0, integer(bytes(2))), integer(bytes(1)), sequence(), name, validity, name, spki)
    const cert = (validity: Uint8Array) => sequence(tbs(validity), sequence(), encode(TAG.BIT_STRING, bytes(0)))
    const now = time(new Date('2025-01-01T00:00:00Z'))
    assert.equal(readCertificate(cert(sequence(now, now))).serial, '01')
    assert.throws(() => readCertificate(cert(sequence(now, now, now))), /more than two times/)
    assert.throws(() => readCertificate(cert(sequence(now))), /notAfter: expected a UTCTime/)
    assert.throws(() => readCertificate(spki), DerError)
  })

  it('reads PEM armour, and refuses a block that is not Base64', () => {
    const pem = writePem('PUBLIC KEY', spki, (der) => Buffer.from(der).toString('base64'))
    assert.equal(pem, publicKey.export({ type: 'spki', format: 'pem' }))
    const text = `junk\n${privateKey.export({ type: 'pkcs1', format: 'pem' })}\n${pem}`
    assert.deepEqual(
      readPem(text).map((block) => block.label),
      ['RSA PRIVATE KEY', 'PUBLIC KEY'],
    )
    assert.deepEqual(Buffer.from(pemBlock(text, ['PUBLIC KEY'])!.der), spki)
    assert.equal(pemBlock(text, ['CERTIFICATE']), undefined)
    assert.throws(() => readPem('-----BEGIN PUBLIC KEY-----\nMII*\n-----END PUBLIC KEY-----'), /not Base64/)
  })
})

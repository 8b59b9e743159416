import assert from 'node:assert/strict'
import { generateKeyPairSync, X509Certificate } from 'node:crypto'
import { it } from 'node:test'
import { issueCertificate } from '@wxpay/sdk/testing'

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })

it('encodes serials minimally, so OpenSSL parses a serial whose first byte is zero', () => {
  // 00 7F…: a DER integer with a redundant leading zero byte, which OpenSSL refuses.
  const serial = `007F${'AB'.repeat(18)}`
  const { pem } = issueCertificate({ publicKey, issuerKey: privateKey, serial })
  assert.equal(new X509Certificate(pem).serialNumber, serial.replace(/^00/, ''))
})

it('random serials never start with a zero byte, so the certificate reports the serial it was issued with', () => {
  for (let i = 0; i < 300; i++) {
    const { pem, serial } = issueCertificate({ publicKey, issuerKey: privateKey })
    assert.notEqual(serial.slice(0, 2), '00')
    assert.equal(new X509Certificate(pem).serialNumber, serial)
  }
})

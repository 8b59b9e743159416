// A client configured for a simulator that has since restarted with new keys (issue 14, item 5): the
// SDK reports the server's 401 SIGN_ERROR for the stale serial, with the trust problem as the second
// line, and no process warning besides the rejection.
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { createSimulator, type SimulatorMode } from '@wxpay/simulator'

const warnings: Error[] = []
const onWarning = (warning: Error) => warnings.push(warning)
process.on('warning', onWarning)
after(() => process.off('warning', onWarning))

describe('against a restarted simulator', () => {
  for (const mode of ['publicKey', 'certificate'] as const satisfies SimulatorMode[]) {
    it(`${mode} mode: 401 SIGN_ERROR for the stale serial, not a trust error; no warning`, async () => {
      const before = await createSimulator({ mode, merchants: [{ mchid: '1900000001' }] })
      await before.close()
      const restarted = await createSimulator({ mode, merchants: [{ mchid: '1900000001' }] })
      try {
        const { mchid, serial, privateKey, apiV3Key } = before.merchant
        const wxpay = new WechatPay({
          mchid,
          serial,
          privateKey,
          apiV3Key,
          certs: before.certs,
          baseURL: restarted.url,
        })
        const error = await wxpay.v3.certificates.get().then(
          () => assert.fail('the stale configuration was accepted'),
          (reason: unknown) => reason,
        )
        assert.ok(error instanceof WechatPayApiError, String(error))
        assert.equal(error.status, 401)
        assert.equal(error.code, 'SIGN_ERROR')
        const [first, second, third] = error.message.split('\n')
        assert.match(first, new RegExp(`^401 SIGN_ERROR: .*serial_no ${serial} is not the certificate serial`))
        assert.match(second, /^Not verified: the response is signed by \S+, which this client does not trust/)
        assert.doesNotMatch(error.message, /pass apiV3Key/)
        assert.match(third, new RegExp(`^Signed locally: GET /v3/certificates, .*serial_no ${serial}\\.`))
        assert.deepEqual(warnings, [])
      } finally {
        await restarted.close()
      }
    })
  }
})

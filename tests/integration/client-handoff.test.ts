// @wxpay/sdk/client on the simulator's pre-sign answers: the mini-program navigation of S1 and S4,
// and S2's redirect_url opened the JSAPI way, reaching the simulator's signing page.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openSigningPage, signingNavigation, signingReturn, type WindowLike } from '@wxpay/sdk/client'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { insuranceBody, passwordExemptBody } from '../../packages/sdk/test/helpers/seeds.js'
import { sdkClient } from './helpers.js'

let sim: Simulator
before(async () => {
  sim = await createSimulator()
})
after(() => sim.close())

describe('the front-end hand-off of the simulator’s pre-sign answers', () => {
  it('S1: navigateToMiniProgram arguments from the answer, and the return read back', async () => {
    const insurance = sdkClient(sim).v3.papay.insuranceSign.contracts.preEntrustSign
    const { data } = await insurance.miniProgram.post(insuranceBody('HANDOFF01'))
    const navigation = signingNavigation(data)
    assert.deepEqual(navigation, {
      appId: data.redirect_appid,
      path: data.redirect_path,
      extraData: { pre_entrustweb_id: data.pre_entrustweb_id },
    })
    const contract = sim.agree(data.pre_entrustweb_id)
    const shown = {
      scene: 1038,
      referrerInfo: {
        appId: navigation.appId,
        extraData: { return_code: 'SUCCESS', contract_id: contract.contract_id },
      },
    }
    assert.deepEqual(signingReturn(shown, data), {
      returnCode: 'SUCCESS',
      contractId: contract.contract_id,
      signed: true,
    })
  })

  it('S4: a password-exempt answer navigates to sign_mp_appid / sign_mp_path', async () => {
    const wxpay = sdkClient(sim)
    const { data } = await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
      passwordExemptBody('HANDOFF04'),
    )
    assert.deepEqual(signingNavigation(data), {
      appId: data.sign_mp_appid,
      path: data.sign_mp_path,
      extraData: { pre_entrustweb_id: data.pre_entrustweb_id },
    })
  })

  it('S2: the redirect_url is opened with location.href and serves the signing page', async () => {
    const insurance = sdkClient(sim).v3.papay.insuranceSign.contracts.preEntrustSign
    const { data } = await insurance.jsapi.post(insuranceBody('HANDOFF02'))
    const appended: unknown[] = []
    const window: WindowLike = {
      location: { href: 'http://127.0.0.1/merchant/confirm' },
      document: {
        querySelector: () => null,
        createElement: () => ({ getAttribute: () => null, setAttribute: () => {} }),
        head: { append: (...nodes) => appended.push(...nodes) },
      },
    }
    openSigningPage(data, window)
    assert.equal(window.location.href, data.redirect_url)
    assert.equal(appended.length, 1, 'the referrer meta was declared')
    const page = await fetch(window.location.href)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /HANDOFF02/)
  })
})

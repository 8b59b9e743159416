// Shared by the certificate-download tests: a certificate server per test (closed after the file),
// a client with merchant credentials only, and the S1 call with plaintext real_identity.
import { after } from 'node:test'
import type { WechatPay, WechatPayOptions } from '@wxpay/sdk'
import { testClient } from './clients.js'
import type { Keys } from './fake-wechatpay.js'
import { startCertificateServer, type TestCertificate } from './platform-certificates.js'
import { insuranceBody } from './seeds.js'

export const DAY = 86_400_000
export const s1Response = {
  pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
  redirect_appid: 'wxbd687630cd02ce1d',
  redirect_path: 'pages/PwdExemptContract/index',
}
export const identity = { real_name: '张三', id_card_number: '110101199003074578', identity_type: 'ID_CARD' as const }

const closers: (() => Promise<void>)[] = []
after(() => Promise.all(closers.map((close) => close())))

/** Closes `close` once the test file is done. */
export const closeAfterFile = (close: () => Promise<void>) => {
  closers.push(close)
}

export async function certificateServer(keys: Keys, first?: TestCertificate) {
  const platform = await startCertificateServer(keys, first)
  closers.push(platform.close)
  return platform
}

export const merchantOnly = (keys: Keys, baseURL: string, extra: Partial<WechatPayOptions> = {}) =>
  testClient(keys, baseURL, 'none', extra)

export const s1 = (wxpay: WechatPay) =>
  wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
    ...insuranceBody(),
    real_identity: identity,
  })

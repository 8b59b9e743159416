// What the profiling aids share: fresh merchant and platform keys, the S1 seed body, and the
// benchmark server in a child process.
import { fork } from 'node:child_process'
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto'

export async function createKeys() {
  const { selfSignedCertificate } = await import('@wxpay/simulator')
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const cert = selfSignedCertificate(merchant.privateKey, { commonName: '1900000001' })
  return {
    mchid: '1900000001',
    merchantSerial: cert.serial,
    merchantCertPem: cert.pem,
    merchantPrivatePem: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }),
    merchantPublicPem: createPublicKey(merchant.privateKey).export({ type: 'spki', format: 'pem' }),
    publicKeyId: `PUB_KEY_ID_01${randomBytes(14).toString('hex').toUpperCase()}`.slice(0, 39),
    platformPrivatePem: platform.privateKey.export({ type: 'pkcs8', format: 'pem' }),
    platformPublicPem: platform.publicKey.export({ type: 'spki', format: 'pem' }),
    apiV3Key: randomBytes(16).toString('hex'),
  }
}

/** The S1 seed body (insurance pre-sign, mini-program). */
/** A client of `WechatPay` (any build) for the bench merchant in public-key mode. */
export function wxpayClient(WechatPay, keys, baseURL, extra = {}) {
  return new WechatPay({
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: keys.merchantPrivatePem,
    certs: { [keys.publicKeyId]: keys.platformPublicPem },
    baseURL,
    ...extra,
  })
}

export const s1Body = {
  appid: 'wxd678efh567hg6787',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  plan_id: 12535,
  out_contract_code: 'INS20261122001',
  insured_display_name: '**明',
  contract_notify_url: 'https://merchant.example.com/wxpay/contract',
  policy_start_date: '2026-12-01',
  policy_end_date: '2027-11-30',
  policy_periods: [
    {
      policy_period_id: 1,
      estimated_deduct_date: '2026-12-01',
      estimated_deduct_amount: { total: 1000, currency: 'CNY' },
    },
    {
      policy_period_id: 2,
      estimated_deduct_date: '2027-01-01',
      estimated_deduct_amount: { total: 1000, currency: 'CNY' },
    },
  ],
}

/** The benchmark server (server.mjs) in its own process; resolves to its base URL and a stop(). */
export async function startServer(keys) {
  const server = fork(new URL('./server.mjs', import.meta.url), {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const port = await new Promise((resolve) => {
    server.on('message', (message) => message.type === 'listening' && resolve(message.port))
    server.send({ type: 'init', ...keys })
  })
  return { baseURL: `http://127.0.0.1:${port}`, stop: () => server.kill() }
}

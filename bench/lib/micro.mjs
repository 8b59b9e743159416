// Profiling aid: @wxpay/sdk's own work per call without a network, with an injected fetch that
// answers a pre-signed S1 response: `node [--cpu-prof] bench/lib/micro.mjs [count]`. Prints CPU µs
// per call, with and without the request signature (the RSA cost itself is measured separately).
import { createPrivateKey, randomBytes, sign } from 'node:crypto'
import { WechatPay } from '@wxpay/sdk'
import { s1Body as body, createKeys } from './fixtures.mjs'

const count = Number(process.argv[2] ?? 20000)
const keys = await createKeys()
const merchantKey = createPrivateKey(keys.merchantPrivatePem)
const platformKey = createPrivateKey(keys.platformPrivatePem)
const publicKeyId = keys.publicKeyId
const responseBody = Buffer.from(
  JSON.stringify({
    pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
    redirect_appid: 'wxbd687630cd02ce1d',
    redirect_path: 'pages/PwdExemptContract/index',
  }),
)
const timestamp = String(Math.floor(Date.now() / 1000))
const nonce = randomBytes(16).toString('hex')
const headers = {
  'content-type': 'application/json',
  'request-id': '08BENCH',
  'wechatpay-timestamp': timestamp,
  'wechatpay-nonce': nonce,
  'wechatpay-serial': publicKeyId,
  'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
  'wechatpay-signature': sign(
    'sha256',
    Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), responseBody, Buffer.from('\n')]),
    platformKey,
  ).toString('base64'),
}
const fakeFetch = async () => new Response(responseBody, { status: 200, headers })
const wxpay = new WechatPay({
  mchid: '1900000001',
  serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
  privateKey: merchantKey,
  certs: { [publicKeyId]: keys.platformPublicPem },
  baseURL: 'http://127.0.0.1:9',
  fetch: fakeFetch,
})
const call = () => wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body)
for (let i = 0; i < 500; i++) await call()
const cpu = process.cpuUsage()
const started = performance.now()
for (let i = 0; i < count; i++) await call()
const used = process.cpuUsage(cpu)
const perCall = (used.user + used.system) / count
const signStarted = process.cpuUsage()
for (let i = 0; i < 500; i++) sign('sha256', Buffer.alloc(700), merchantKey)
const signUsed = process.cpuUsage(signStarted)
const signUs = (signUsed.user + signUsed.system) / 500
console.log(
  `${count} calls: ${(((performance.now() - started) / count) * 1000).toFixed(0)} µs wall, ${perCall.toFixed(0)} µs CPU per call; ` +
    `one signature ${signUs.toFixed(0)} µs → SDK work besides signing ≈ ${(perCall - signUs).toFixed(0)} µs (incl. one verification)`,
)

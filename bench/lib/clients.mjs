// The clients under test, each configured the way its documentation says, pointed at the local
// server. Each factory returns `call()`, one S1 pre-sign request, resolving to the response data.
import { createHash, createPrivateKey, sign } from 'node:crypto'
import http from 'node:http'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { wxpayClient } from './fixtures.mjs'

// The reference SDKs live in bench/reference, an install of their own (bench/reference/index.ts).
const require = createRequire(fileURLToPath(new URL('../reference/package.json', import.meta.url)))
const WECHATPAY = 'https://api.mch.weixin.qq.com'
const S1_PATH = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'

export const CLIENTS = {
  wxpay: { label: '@wxpay/sdk', packageName: '@wxpay/sdk', create: createWxpay },
  'wxpay-web': { label: "@wxpay/sdk, crypto: 'web'", packageName: '@wxpay/sdk', create: createWxpayWeb },
  'axios-plugin': { label: 'wechatpay-axios-plugin', packageName: 'wechatpay-axios-plugin', create: createAxiosPlugin },
  'node-v3': { label: 'wechatpay-node-v3 (no verification)', packageName: 'wechatpay-node-v3', create: nodeV3(false) },
  'node-v3-verify': { label: 'wechatpay-node-v3 + verifySign', packageName: 'wechatpay-node-v3', create: nodeV3(true) },
  bare: { label: 'bare keep-alive round trip', packageName: undefined, create: createBare },
}

/** @wxpay/sdk, as built (dist), in public-key mode. */
async function createWxpay(ctx) {
  const { WechatPay } = await import('@wxpay/sdk')
  const wxpay = wxpayClient(WechatPay, ctx, ctx.baseURL)
  const body = ctx.body
  return async () => (await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body)).data
}

/**
 * @wxpay/sdk on WebCrypto (`crypto.subtle`, as on workerd, Deno, Bun and edge runtimes) instead of
 * node:crypto, still on Node and node:http: the cost of the portable cryptography alone.
 */
async function createWxpayWeb(ctx) {
  const { WechatPay } = await import('@wxpay/sdk')
  const wxpay = wxpayClient(WechatPay, ctx, ctx.baseURL, { crypto: 'web' })
  if (wxpay.crypto !== 'web') throw new Error(`crypto: 'web' gave ${wxpay.crypto}`)
  const body = ctx.body
  return async () => (await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body)).data
}

/** wechatpay-axios-plugin: its own chain; it verifies responses itself with `certs`. */
async function createAxiosPlugin(ctx) {
  const { Wechatpay } = require('wechatpay-axios-plugin')
  const wxpay = new Wechatpay({
    mchid: ctx.mchid,
    serial: ctx.merchantSerial,
    privateKey: ctx.merchantPrivatePem,
    certs: { [ctx.publicKeyId]: ctx.platformPublicPem },
    baseURL: `${ctx.baseURL}/`,
  })
  const body = ctx.body
  const config = { headers: { 'Wechatpay-Serial': ctx.publicKeyId } }
  return async () => (await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(body, config)).data
}

/**
 * wechatpay-node-v3 has no method for this endpoint and a hard-coded host: its own methods are
 * buildAuthorization + getHeaders + httpService.post, which is what this does, with an injected
 * transport (createHttp) that sends through its own superagent to the local server and keeps the
 * response headers and text, which its default transport drops. It never verifies responses; with
 * `verify`, its verifySign is called on the exact response text, as a fair comparison.
 */
function nodeV3(verify) {
  return async (ctx) => {
    const Pay = require('wechatpay-node-v3')
    const superagent = createRequire(require.resolve('wechatpay-node-v3'))('superagent')
    const pay = new Pay({
      appid: ctx.body.appid,
      mchid: ctx.mchid,
      serial_no: ctx.merchantSerial,
      publicKey: Buffer.from(ctx.merchantCertPem),
      privateKey: Buffer.from(ctx.merchantPrivatePem),
    })
    // Its certificate map is static (process-wide), keyed by the Wechatpay-Serial.
    Pay.certificates[ctx.publicKeyId] = ctx.platformPublicPem
    pay.createHttp({
      async post(url, params, headers) {
        const res = await superagent.post(url.replace(WECHATPAY, ctx.baseURL)).send(params).set(headers)
        return { status: res.status, data: res.body, headers: res.headers, text: res.text }
      },
      async get(url, headers) {
        const res = await superagent.get(url.replace(WECHATPAY, ctx.baseURL)).set(headers)
        return { status: res.status, data: res.body, headers: res.headers, text: res.text }
      },
    })
    const url = `${WECHATPAY}${S1_PATH}`
    const body = ctx.body
    return async () => {
      const authorization = pay.buildAuthorization('POST', url, body)
      const headers = pay.getHeaders(authorization, {
        'Content-Type': 'application/json',
        'Wechatpay-Serial': ctx.publicKeyId,
      })
      const result = await pay.httpService.post(url, body, headers)
      if (verify) {
        const ok = await pay.verifySign({
          timestamp: result.headers['wechatpay-timestamp'],
          nonce: result.headers['wechatpay-nonce'],
          serial: result.headers['wechatpay-serial'],
          signature: result.headers['wechatpay-signature'],
          body: result.text,
        })
        if (!ok) throw new Error('wechatpay-node-v3 verifySign returned false')
      }
      return result.data
    }
  }
}

/**
 * The physical reference: one keep-alive HTTP round trip with node:http, the same request bytes and
 * a valid Authorization signed once per segment (the server verifies it as for any client), and no
 * client-side cryptography or JSON at all.
 */
async function createBare(ctx) {
  const { hostname, port } = new URL(ctx.baseURL)
  const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1000, timeout: 5000 })
  const payload = Buffer.from(JSON.stringify(ctx.body))
  const key = createPrivateKey(ctx.merchantPrivatePem)
  let headers
  const resign = () => {
    const timestamp = Math.floor(Date.now() / 1000)
    const nonce = createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 32)
    const message = Buffer.concat([
      Buffer.from(`POST\n${S1_PATH}\n${timestamp}\n${nonce}\n`),
      payload,
      Buffer.from('\n'),
    ])
    const signature = sign('sha256', message, key).toString('base64')
    headers = {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Content-Length': String(payload.length),
      'Wechatpay-Serial': ctx.publicKeyId,
      Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${ctx.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${ctx.merchantSerial}"`,
    }
  }
  resign()
  const call = () =>
    new Promise((resolve, reject) => {
      const req = http.request({ agent, hostname, port, method: 'POST', path: S1_PATH, headers }, (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => (res.statusCode === 200 ? resolve(chunks) : reject(new Error(`HTTP ${res.statusCode}`))))
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end(payload)
    })
  call.bare = true
  call.beforeSegment = resign
  return call
}

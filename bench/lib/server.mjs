// The benchmark server, in its own process on 127.0.0.1: it does what WeChat Pay does for the S1
// pre-sign call, so that every client does the real work. It verifies each request's Authorization
// with the merchant public key (RSA, per request), checks Wechatpay-Serial and the body, decrypts
// encrypted fields once per distinct ciphertext, and answers the S1 response signed as WeChat Pay
// signs (Wechatpay-* headers over `TIMESTAMP\nNONCE\nBODY\n`). Its own response signature is made
// once per second and reused, so that the server's RSA work does not cap the clients.
// Messages: { type: 'init', ... } → { type: 'listening', port }; { type: 'stats' } → { type: 'stats', ... }.
import { constants, createPrivateKey, createPublicKey, privateDecrypt, randomBytes, sign, verify } from 'node:crypto'
import { createServer } from 'node:http'

export const S1_PATH = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const SCHEMA = 'WECHATPAY2-SHA256-RSA2048'
const NEWLINE = Buffer.from('\n')
const AUTHORIZATION = /^WECHATPAY2-SHA256-RSA2048 (.+)$/
const PAIR = /(\w+)="([^"]*)"/g

const stats = { verified: 0, rejected: 0, decrypted: 0, responseSignatures: 0, firstRejection: '' }

process.on('disconnect', () => process.exit(0))
process.on('message', (message) => {
  if (message.type === 'init') start(message)
  else if (message.type === 'stats') process.send({ type: 'stats', ...stats, cpu: process.cpuUsage() })
})

function start({ mchid, merchantSerial, merchantPublicPem, platformPrivatePem, publicKeyId }) {
  const merchantKey = createPublicKey(merchantPublicPem)
  const platformKey = createPrivateKey(platformPrivatePem)
  const plaintexts = new Map()
  let requestCounter = 0
  let cached

  const signHeaders = (body, timestamp, nonce) => {
    const message = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), body, NEWLINE])
    stats.responseSignatures++
    return [
      'Content-Type',
      'application/json',
      'Wechatpay-Timestamp',
      String(timestamp),
      'Wechatpay-Nonce',
      nonce,
      'Wechatpay-Signature',
      sign('sha256', message, platformKey).toString('base64'),
      'Wechatpay-Serial',
      publicKeyId,
      'Wechatpay-Signature-Type',
      SCHEMA,
    ]
  }

  /** The S1 response: a new pre-sign session id, body and signature each second, shared within it. */
  const s1Response = () => {
    const second = Math.floor(Date.now() / 1000)
    if (cached?.second === second) return cached
    const body = Buffer.from(
      JSON.stringify({
        pre_entrustweb_id: `5778aadY9nltAsZzXixCk${second.toString(36)}`,
        redirect_appid: 'wxbd687630cd02ce1d',
        redirect_path: 'pages/PwdExemptContract/index',
      }),
    )
    const nonce = randomBytes(16).toString('hex')
    cached = { second, body, headers: signHeaders(body, second, nonce) }
    return cached
  }

  const reject = (res, status, code, message) => {
    stats.rejected++
    if (!stats.firstRejection) stats.firstRejection = `${status} ${code}: ${message}`
    const body = Buffer.from(JSON.stringify({ code, message }))
    const second = Math.floor(Date.now() / 1000)
    res.writeHead(status, [...signHeaders(body, second, randomBytes(16).toString('hex')), 'Request-ID', requestId()])
    res.end(body)
  }

  const requestId = () => `08BENCH${(++requestCounter).toString(16).toUpperCase().padStart(16, '0')}`

  const decryptOnce = (ciphertext) => {
    let plaintext = plaintexts.get(ciphertext)
    if (plaintext === undefined) {
      plaintext = privateDecrypt(
        { key: platformKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
        Buffer.from(ciphertext, 'base64'),
      ).toString('utf8')
      plaintexts.set(ciphertext, plaintext)
      stats.decrypted++
    }
    return plaintext
  }

  const handle = (req, res, body) => {
    if (req.method !== 'POST' || req.url !== S1_PATH) return reject(res, 404, 'NOT_FOUND', 'no such endpoint here')
    const match = AUTHORIZATION.exec(req.headers.authorization ?? '')
    if (!match) return reject(res, 401, 'SIGN_ERROR', 'no WECHATPAY2-SHA256-RSA2048 Authorization')
    const fields = {}
    for (const [, key, value] of match[1].matchAll(PAIR)) fields[key] = value
    const now = Math.floor(Date.now() / 1000)
    if (fields.mchid !== mchid) return reject(res, 401, 'SIGN_ERROR', `mchid ${fields.mchid}`)
    if (String(fields.serial_no).toUpperCase() !== merchantSerial) return reject(res, 401, 'SIGN_ERROR', 'serial_no')
    if (!/^\d{1,12}$/.test(fields.timestamp ?? '') || Math.abs(now - Number(fields.timestamp)) >= 300) {
      return reject(res, 401, 'SIGN_ERROR', `timestamp ${fields.timestamp}`)
    }
    if (!fields.nonce_str || !fields.signature) return reject(res, 401, 'SIGN_ERROR', 'nonce_str or signature missing')
    const message = Buffer.concat([
      Buffer.from(`${req.method}\n${req.url}\n${fields.timestamp}\n${fields.nonce_str}\n`),
      body,
      NEWLINE,
    ])
    if (!verify('sha256', message, merchantKey, Buffer.from(fields.signature, 'base64'))) {
      return reject(res, 401, 'SIGN_ERROR', 'the signature does not verify with the merchant public key')
    }
    if (req.headers['wechatpay-serial'] !== publicKeyId) {
      return reject(res, 400, 'PARAM_ERROR', `Wechatpay-Serial is ${req.headers['wechatpay-serial']}`)
    }
    let data
    try {
      data = JSON.parse(body.toString('utf8'))
    } catch {
      return reject(res, 400, 'PARAM_ERROR', 'the body is not JSON')
    }
    if (typeof data?.out_contract_code !== 'string' || !Array.isArray(data.policy_periods)) {
      return reject(res, 400, 'PARAM_ERROR', 'not an S1 body')
    }
    if (data.real_identity) {
      try {
        decryptOnce(data.real_identity.real_name)
        decryptOnce(data.real_identity.id_card_number)
      } catch {
        return reject(res, 400, 'PARAM_ERROR', 'real_identity does not decrypt')
      }
    }
    stats.verified++
    const response = s1Response()
    res.writeHead(200, [...response.headers, 'Request-ID', requestId()])
    res.end(response.body)
  }

  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => handle(req, res, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)))
  })
  // WeChat Pay closes idle connections after about 8 s.
  server.keepAliveTimeout = 8000
  server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.address().port }))
}

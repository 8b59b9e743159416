// A stand-in for WeChat Pay written with node:crypto only, independent of the SDK's code: it
// verifies the Authorization header with the merchant public key, decrypts encrypted fields with
// the platform private key and signs its responses, so the tests judge the SDK from outside.

import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  privateDecrypt,
  randomBytes,
  sign,
  verify,
} from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach } from 'node:test'
import { selfSignedCertificate } from '@wxpay/sdk/testing'

export interface KeyPair {
  privateKey: KeyObject
  publicKey: KeyObject
  privatePem: string
  publicPem: string
}

export function keyPair(modulusLength = 2048): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength })
  return {
    privateKey,
    publicKey,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }
}

/** Merchant and platform keys, fresh for each test run. */
export function createKeys() {
  const merchant = keyPair()
  const merchantCert = selfSignedCertificate(merchant.privateKey, { commonName: '1900000001' })
  const platformPublicKey = keyPair()
  const platformCertKey = keyPair()
  const platformCert = selfSignedCertificate(platformCertKey.privateKey)
  const publicKeyId = `PUB_KEY_ID_01${randomBytes(13).toString('hex').toUpperCase()}`.slice(0, 39)
  return {
    mchid: '1900000001',
    merchant,
    merchantSerial: merchantCert.serial,
    merchantCertPem: merchantCert.pem,
    publicKeyId,
    platformPublicKey,
    platformCertKey,
    platformCert,
    apiV3Key: randomBytes(16).toString('hex'),
  }
}
export type Keys = ReturnType<typeof createKeys>

export interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
  /** Whether the Authorization header verified with the merchant public key. */
  authorized: boolean
  authorization: Record<string, string>
  /** The Request-ID of the answer, once given. */
  requestId?: string
}

export interface Reply {
  status?: number
  body?: string | object
  /** Which key signs: the public key (id), the certificate (serial), or none. */
  signer?: 'public-key' | 'certificate' | 'none' | { serial: string; key: KeyObject }
  timestamp?: number
  /** Changes the body after signing. */
  tamper?: (body: Buffer) => Buffer
  signature?: string
  omitHeaders?: string[]
  /** Never answers (the request stays open until the client gives up). */
  hang?: boolean
  /** More response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>
  /** Answers after this many milliseconds. */
  delayMs?: number
  /**
   * Reads the whole request, then ends the connection without an answer: `reset` with a TCP reset,
   * `close` with a plain close. The request was written; its answer is lost.
   */
  drop?: 'reset' | 'close'
}

export function parseAuthorization(header: string | undefined): Record<string, string> {
  const match = /^WECHATPAY2-SHA256-RSA2048 (.*)$/.exec(header ?? '')
  if (!match) return {}
  return Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
}

export function decryptField(ciphertext: string, privateKey: KeyObject): string {
  return privateDecrypt(
    { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    Buffer.from(ciphertext, 'base64'),
  ).toString('utf8')
}

export async function startFakeWechatPay(keys: Keys, respond: (seen: Seen) => Reply) {
  const seen: Seen[] = []
  const merchantPublic = createPublicKey(keys.merchant.privateKey)
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const authorization = parseAuthorization(req.headers.authorization)
      const message = Buffer.concat([
        Buffer.from(`${req.method}\n${req.url}\n${authorization.timestamp}\n${authorization.nonce_str}\n`),
        body,
        Buffer.from('\n'),
      ])
      const authorized =
        authorization.mchid === keys.mchid &&
        authorization.serial_no === keys.merchantSerial &&
        authorization.signature !== undefined &&
        verify('sha256', message, merchantPublic, Buffer.from(authorization.signature, 'base64'))
      const entry: Seen = { method: req.method!, url: req.url!, headers: req.headers, body, authorized, authorization }
      seen.push(entry)
      const reply = respond(entry)
      if (reply.hang) return
      if (reply.drop) {
        if (reply.drop === 'reset') req.socket.resetAndDestroy()
        else req.socket.destroy()
        return
      }
      const status = reply.status ?? 200
      let payload: Buffer = Buffer.from(
        reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body),
      )
      entry.requestId = `08${randomBytes(12).toString('hex').toUpperCase()}`
      const headers: Record<string, string> = { 'Request-ID': entry.requestId }
      if (payload.length) headers['Content-Type'] = 'application/json'
      const signer =
        reply.signer === 'none'
          ? undefined
          : reply.signer === 'certificate'
            ? { serial: keys.platformCert.serial, key: keys.platformCertKey.privateKey }
            : reply.signer && typeof reply.signer === 'object'
              ? reply.signer
              : { serial: keys.publicKeyId, key: keys.platformPublicKey.privateKey }
      if (signer) {
        const timestamp = String(reply.timestamp ?? Math.floor(Date.now() / 1000))
        const nonce = randomBytes(16).toString('hex')
        const signature =
          reply.signature ??
          sign(
            'sha256',
            Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), payload, Buffer.from('\n')]),
            signer.key,
          ).toString('base64')
        Object.assign(headers, {
          'Wechatpay-Timestamp': timestamp,
          'Wechatpay-Nonce': nonce,
          'Wechatpay-Signature': signature,
          'Wechatpay-Serial': signer.serial,
          'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
        })
      }
      Object.assign(headers, reply.headers)
      for (const name of reply.omitHeaders ?? []) delete headers[name]
      if (reply.tamper) payload = reply.tamper(payload)
      let timer: NodeJS.Timeout | undefined
      const answer = () => {
        if (timer) timers.delete(timer)
        if (res.destroyed) return
        res.writeHead(status, headers)
        res.end(payload)
      }
      if (reply.delayMs === undefined) return answer()
      timer = setTimeout(answer, reply.delayMs)
      timers.add(timer)
    })
  })
  const timers = new Set<NodeJS.Timeout>()
  let connections = 0
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    /** TCP connections accepted so far. */
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * A fake WeChat Pay for one test file: started before its tests, stopped after, its log cleared and
 * its answer reset before each test. Tests set `fake.reply` to shape the next answers.
 */
export function useFakeWechatPay<R = Reply>(keys: Keys, initial: (seen: Seen) => R = () => ({ body: {} }) as R) {
  const fake = {
    keys,
    server: undefined as unknown as Awaited<ReturnType<typeof startFakeWechatPay>>,
    reply: initial,
  }
  before(async () => {
    fake.server = await startFakeWechatPay(keys, (seen) => fake.reply(seen) as Reply)
  })
  after(() => fake.server.close())
  beforeEach(() => {
    fake.server.seen.length = 0
    fake.reply = initial
  })
  return fake
}

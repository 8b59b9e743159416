// Authentication as WeChat Pay does it (spec §1.2): the Authorization header, the merchant found by
// mchid and serial_no, and the signature over the exact request bytes. Each fault says which.
import { verify } from 'node:crypto'
import { requestMessage, SCHEMA } from '@wxpay/sdk/protocol'
import type { Merchant } from './keys.js'

export type AuthResult = { merchant: Merchant } | { fault: string }

const FIELDS: readonly string[] = ['mchid', 'nonce_str', 'signature', 'timestamp', 'serial_no']
const PAIR = /^\s*(\w+)="([^"]*)"\s*$/

/** The `key="value"` pairs, separated by commas, each a field of the header given once; else what is wrong. */
function parseFields(text: string): Record<string, string> | string {
  const fields: Record<string, string> = {}
  for (const part of text.split(',')) {
    const pair = PAIR.exec(part)
    if (!pair) return 'the fields are key="value" pairs separated by commas'
    const [, name, value] = pair
    if (!FIELDS.includes(name)) return `${name.slice(0, 40)} is not a field of it`
    if (name in fields) return `${name} is given twice`
    fields[name] = value
  }
  return fields
}

export function authenticate(
  request: { method: string; url: string; authorization: string | undefined; body: Buffer },
  findMerchant: (mchid: string) => Merchant | undefined,
  nowSeconds: number,
): AuthResult {
  const header = request.authorization
  if (!header) return { fault: 'the Authorization header is missing' }
  const space = header.indexOf(' ')
  const scheme = space < 0 ? header : header.slice(0, space)
  if (scheme !== SCHEMA) {
    return { fault: `the Authorization scheme is ${JSON.stringify(scheme.slice(0, 40))}; it must be ${SCHEMA}` }
  }
  const fields = parseFields(header.slice(space + 1))
  if (typeof fields === 'string') return { fault: `the Authorization header is malformed: ${fields}` }
  const missing = FIELDS.filter((name) => !fields[name])
  if (missing.length > 0) return { fault: `the Authorization header is malformed: it lacks ${missing.join(', ')}` }
  const merchant = findMerchant(fields.mchid)
  if (!merchant) return { fault: `mchid ${fields.mchid} is not a merchant of this simulator` }
  if (fields.serial_no.toUpperCase() !== merchant.serial) {
    return {
      fault: `商户证书序列号有误: serial_no ${fields.serial_no} is not the certificate serial of merchant ${merchant.mchid}`,
    }
  }
  if (/^\d{13}$/.test(fields.timestamp)) {
    return { fault: `the timestamp ${fields.timestamp} is in milliseconds; it must be Unix seconds` }
  }
  if (!/^\d{1,12}$/.test(fields.timestamp)) {
    return { fault: `the timestamp ${fields.timestamp} is not Unix seconds` }
  }
  const skew = Math.abs(nowSeconds - Number(fields.timestamp))
  if (skew >= 300) {
    return {
      fault: `the timestamp is ${skew} s away from WeChat Pay's clock; it must be within 5 minutes (Unix seconds, not milliseconds)`,
    }
  }
  const signature = Buffer.from(fields.signature, 'base64')
  const message = requestMessage(request.method, request.url, fields.timestamp, fields.nonce_str, request.body)
  if (verify('sha256', message, merchant.publicKey, signature)) return { merchant }
  if (verify('sha256', message.subarray(0, message.length - 1), merchant.publicKey, signature)) {
    return {
      fault: 'the signed message lacks the newline after the body: each of the five lines ends with \\n, the last too',
    }
  }
  return {
    fault:
      'the signature does not verify: sign METHOD\\nURL\\nTIMESTAMP\\nNONCE\\nBODY\\n with the private key of serial_no, ' +
      'using the URL and body bytes exactly as sent',
  }
}

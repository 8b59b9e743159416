// Notifications for tests: fresh keys, a client on an injected clock, signed notifications from the
// simulator's createTestNotification, and a re-signer (node:crypto only) for tampered envelopes.
import { createHash, randomBytes, sign } from 'node:crypto'
import { inspect } from 'node:util'
import type { NotificationEvent, NotificationReply, WechatPayOptions } from '@wxpay/sdk'
import { createTestNotification, type TestNotification, type TestNotificationEvent } from '@wxpay/sdk/testing'
import { testClient } from './clients.js'
import { createKeys, type Keys } from './fake-wechatpay.js'

export type Mode = 'public-key' | 'certificate'

/** Personal data inside the decrypted resources: none of it may reach an error, a reply or a log. */
export const personal = {
  openid: `oPERSONAL${randomBytes(8).toString('hex')}`,
  name: '王小明测试',
  account: `账户${randomBytes(4).toString('hex')}`,
}

export const resources = {
  'INSURANCE_ENTRUST.SIGN': {
    mchid: '1900000001',
    contract_id: '202011065409471222',
    appid: 'wxd678efh567hg6787',
    plan_id: 12535,
    out_contract_code: 'INS20261122001',
    insured_display_name: personal.name,
    contract_state: 'SIGNED',
    contract_signed_time: '2026-11-22T10:00:00+08:00',
    contract_expired_time: '2027-11-30T23:59:59+08:00',
    openid: personal.openid,
  },
  'ENTRUST.SIGN': {
    sp_mchid: '1900000100',
    sp_appid: 'wx8888888888888888',
    sub_mchid: '1900000109',
    sp_openid: personal.openid,
    contract_id: '202011065409471333',
    plan_id: 8001,
    out_contract_code: 'SCH20261122001',
    contract_display_account: personal.account,
    contract_state: 'SIGNED',
    contract_signed_time: '2026-11-22T10:00:00+08:00',
    contract_expired_time: '2027-11-22T10:00:00+08:00',
    deduct_schedule: {
      estimated_deduct_date: '2026-12-01',
      estimated_deduct_amount: { amount: 1000, currency: 'CNY' },
      schedule_state: 'SCHEDULED',
    },
    a_field_added_later: true,
  },
  'TRANSACTION.SUCCESS': {
    appid: 'wxd678efh567hg6787',
    mchid: '1900000001',
    out_trade_no: 'PAP20261122001',
    transaction_id: '4200000000202611220000000001',
    trade_type: 'PAP',
    trade_state: 'SUCCESS',
    success_time: '2026-11-22T10:00:00+08:00',
    payer: { openid: personal.openid },
    amount: { total: 1000, payer_total: 1000, currency: 'CNY', payer_currency: 'CNY' },
  },
  'PASSWORD_EXEMPT_CONTRACT.SIGN': {
    mchid: '1900000001',
    contract_id: '202011065409471444',
    appid: 'wxd678efh567hg6787',
    openid: personal.openid,
    service_id: 500001,
    out_contract_code: 'PE20261122001',
    contract_display_account: personal.account,
    contract_state: 'SIGNED',
    contract_signed_time: '2026-11-22T10:00:00+08:00',
  },
} as const

export function createSetup() {
  const keys: Keys = createKeys()
  const clock = {
    ms: Date.now(),
    now: () => clock.ms,
    sleep: async (ms: number) => {
      clock.ms += ms
    },
  }
  const nowSeconds = () => Math.floor(clock.ms / 1000)

  const client = (mode: Mode | 'mixed' = 'public-key', extra: Partial<WechatPayOptions> = {}) =>
    testClient(keys, 'http://127.0.0.1:9', mode, { clock, ...extra })

  const signer = (mode: Mode) =>
    mode === 'public-key'
      ? { serial: keys.publicKeyId, privateKey: keys.platformPublicKey.privateKey }
      : { serial: keys.platformCert.serial, privateKey: keys.platformCertKey.privateKey }

  /** A notification signed by the platform key of `mode`, timestamped by the injected clock. */
  const notification = (
    event: TestNotificationEvent,
    options: { mode?: Mode; serial?: string; timestamp?: number; signature?: string; apiV3Key?: string } = {},
  ): TestNotification =>
    createTestNotification(event, {
      ...signer(options.mode ?? 'public-key'),
      ...(options.serial ? { serial: options.serial } : {}),
      apiV3Key: options.apiV3Key ?? keys.apiV3Key,
      timestamp: options.timestamp ?? nowSeconds(),
      signature: options.signature,
    })

  /** `body` with the headers of `original`, signed again as WeChat Pay would have signed it. */
  const signed = (original: TestNotification, body: string, mode: Mode = 'public-key'): TestNotification => {
    const timestamp = original.headers['Wechatpay-Timestamp']
    const nonce = original.headers['Wechatpay-Nonce']
    const message = Buffer.from(`${timestamp}\n${nonce}\n${body}\n`)
    const signature = sign('sha256', message, signer(mode).privateKey).toString('base64')
    return { headers: { ...original.headers, 'Wechatpay-Signature': signature }, body }
  }

  /** Changes the envelope and signs the new bytes again. */
  const resign = (original: TestNotification, change: (envelope: any) => void): TestNotification => {
    const envelope = JSON.parse(original.body)
    change(envelope)
    return signed(original, JSON.stringify(envelope))
  }

  return { keys, clock, nowSeconds, client, notification, signed, resign }
}

/** A handler that records its calls. */
export function recorder(behaviour: (event: NotificationEvent) => unknown = () => undefined) {
  const calls: NotificationEvent[] = []
  const handler = async (event: NotificationEvent) => {
    calls.push(event)
    await behaviour(event)
  }
  return { calls, handler }
}

/** The base64 lines of a PEM (their first 40 characters), to search outputs for a leaked key. */
export const pemLines = (pem: string): string[] =>
  pem
    .split('\n')
    .filter((line) => line && !line.startsWith('-----'))
    .map((line) => line.slice(0, 40))

/** Strings that must never appear in an error, a reply or a log line. */
export function secretsOf(keys: Keys): string[] {
  return [
    keys.apiV3Key,
    Buffer.from(keys.apiV3Key).toString('base64'),
    Buffer.from(keys.apiV3Key).toString('hex'),
    createHash('sha256').update(keys.apiV3Key).digest('hex'),
    ...pemLines(keys.merchant.privatePem),
    ...pemLines(keys.platformPublicKey.privatePem),
    ...pemLines(keys.platformCertKey.privatePem),
    personal.openid,
    personal.name,
    personal.account,
  ]
}

/** Everything a reader could see of an error or a reply. */
export const visible = (value: unknown): string =>
  value instanceof Error
    ? [String(value), value.stack ?? '', inspect(value, { depth: 10 }), JSON.stringify(value) ?? ''].join('\n')
    : typeof value === 'string'
      ? value
      : inspect(value, { depth: 10 })

export const replyText = (reply: NotificationReply) => `${reply.status} ${JSON.stringify(reply.headers)} ${reply.body}`

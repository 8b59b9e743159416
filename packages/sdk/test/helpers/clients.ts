// A client for the test keys: the merchant's credentials, the APIv3 key, and the WeChat Pay keys of
// one mode in `certs` ('none': merchant credentials and the APIv3 key alone, the download case), on
// a clock whose waits between retries take no time.
import { type Clock, WechatPay, type WechatPayOptions } from '@wxpay/sdk'
import type { Keys } from './fake-wechatpay.js'

/**
 * Real time plus the waits it was asked for: `sleep` resolves at once and moves the clock on, so that
 * retries cost no real time and the call's budget still counts their waits. `slept` lists them.
 */
export function fastClock(): Clock & { offset: number; slept: number[] } {
  const clock = {
    offset: 0,
    slept: [] as number[],
    now: () => Date.now() + clock.offset,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted()
      clock.slept.push(ms)
      clock.offset += ms
    },
  }
  return clock
}

export type KeyMode = 'public-key' | 'certificate' | 'mixed' | 'none'

export function testClient(
  keys: Keys,
  baseURL: string,
  mode: KeyMode = 'public-key',
  extra: Partial<WechatPayOptions> = {},
): WechatPay {
  const certs: Record<string, string> = {}
  if (mode === 'public-key' || mode === 'mixed') certs[keys.publicKeyId] = keys.platformPublicKey.publicPem
  if (mode === 'certificate' || mode === 'mixed') certs[keys.platformCert.serial] = keys.platformCert.pem
  return new WechatPay({
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: keys.merchant.privatePem,
    ...(mode === 'none' ? {} : { certs }),
    apiV3Key: keys.apiV3Key,
    baseURL,
    clock: fastClock(),
    ...extra,
  })
}

// A stand-in WeChat Pay for one test file: started before its tests, stopped after, its log and
// its reply reset before each test. Tests set `fake.reply` to answer as they need.
import { after, before, beforeEach } from 'node:test'
import { createKeys, type Reply, type Seen, startFakeWechatPay } from './fake-wechatpay.js'

export function useFakeWechatPay() {
  const keys = createKeys()
  const fake = {
    keys,
    reply: ((): Reply => ({ body: {} })) as (seen: Seen) => Reply,
    server: undefined as unknown as Awaited<ReturnType<typeof startFakeWechatPay>>,
  }
  before(async () => {
    fake.server = await startFakeWechatPay(keys, (seen) => fake.reply(seen))
  })
  after(() => fake.server.close())
  beforeEach(() => {
    fake.server.seen.length = 0
    fake.reply = () => ({ body: {} })
  })
  return fake
}

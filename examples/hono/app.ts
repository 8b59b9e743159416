// A Hono merchant: the Web adapter takes the raw Request (c.req.raw), before anything reads its body.
import type { WechatPay } from '@wxpay/sdk'
import { createWebHandler } from '@wxpay/sdk/web'
import { Hono } from 'hono'
import type { Contracts } from '../shared/contracts.js'

export function createApp(wxpay: WechatPay, contracts: Contracts): Hono {
  const notify = createWebHandler(wxpay, contracts.record)
  const app = new Hono()
  app.post('/wxpay/notify', (c) => notify(c.req.raw))
  app.get('/contracts/:code', (c) => {
    const contract = contracts.get(c.req.param('code'))
    return contract ? c.json(contract) : c.json({ message: 'no notification for this contract yet' }, 404)
  })
  return app
}

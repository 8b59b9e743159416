// `WXPAY_CONFIG=.wxpay-sim/config.json node --import tsx examples/hono/server.ts` (Node.js, through
// @hono/node-server: the adapter needs node:crypto).
import { serve } from '@hono/node-server'
import { Contracts } from '../shared/contracts.js'
import { wechatPayFromEnv } from '../shared/wechatpay.js'
import { createApp } from './app.js'

const port = Number(process.env.PORT ?? 3000)
serve({ fetch: createApp(wechatPayFromEnv(), new Contracts()).fetch, port, hostname: '127.0.0.1' }, () =>
  console.log(`Hono merchant on http://127.0.0.1:${port}`),
)

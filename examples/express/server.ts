// `WXPAY_CONFIG=.wxpay-sim/config.json node --import tsx examples/express/server.ts`, with
// `npx wxpay simulator` running; then POST /contracts and agree in the simulator.
import { Contracts } from '../shared/contracts.js'
import { wechatPayFromEnv } from '../shared/wechatpay.js'
import { createApp } from './app.js'

const port = Number(process.env.PORT ?? 3000)
const app = createApp({
  wxpay: wechatPayFromEnv(),
  contracts: new Contracts(),
  notifyUrl: process.env.NOTIFY_URL ?? `http://127.0.0.1:${port}/wxpay/notify`,
  appid: process.env.WXPAY_APPID ?? 'wxd678efh567hg6787',
  planId: Number(process.env.WXPAY_PLAN_ID ?? 12535),
})
app.listen(port, '127.0.0.1', () => console.log(`Express merchant on http://127.0.0.1:${port}`))

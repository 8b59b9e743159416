// `WXPAY_CONFIG=.wxpay-sim/config.json node --import tsx examples/fastify/server.ts`
import { Contracts } from '../shared/contracts.js'
import { wechatPayFromEnv } from '../shared/wechatpay.js'
import { buildApp } from './app.js'

const app = buildApp(wechatPayFromEnv(), new Contracts())
const address = await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' })
console.log(`Fastify merchant on ${address}`)

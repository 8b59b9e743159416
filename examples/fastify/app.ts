// A Fastify merchant: notifications on POST /wxpay/notify, the contracts they recorded on
// GET /contracts/:code. The plugin's raw-body parser is scoped to its own route: the rest of the app
// keeps Fastify's JSON parsing.
import type { WechatPay } from '@wxpay/sdk'
import { createFastifyPlugin } from '@wxpay/sdk/fastify'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Contracts } from '../shared/contracts.js'

export function buildApp(wxpay: WechatPay, contracts: Contracts): FastifyInstance {
  const app = Fastify()
  // Registered without fastify-plugin, so that its content-type parser stays inside the prefix.
  app.register(createFastifyPlugin(wxpay, contracts.record), { prefix: '/wxpay/notify' })
  app.get<{ Params: { code: string } }>('/contracts/:code', async (request, reply) => {
    const contract = contracts.get(request.params.code)
    return contract ?? reply.code(404).send({ message: 'no notification for this contract yet' })
  })
  return app
}

// "Handling it" on an event page: one handler for the event, mounted with Node's http and the Web
// Request (Next.js, Hono) in a block twoslash checks, so that hovering `resource` shows the event's
// decrypted resource; the Express, Fastify and Koa mounts, the same for every event, are listed and
// checked once on the notifications guide (`ADAPTER_TABLE` there), whose framework types are costly
// to check on every page.
import { fence } from './markdown.js'

/** Declared above the cut: the client and the merchant's own function. */
const HIDDEN = [
  "import type { WechatPay } from '@wxpay/sdk'",
  'declare const wxpay: WechatPay',
  'declare function save(resource: object): Promise<void>',
  '// ---cut---',
]

const IMPORTS = ["import { createServer } from 'node:http'", "import { createWebHandler } from '@wxpay/sdk/web'"]

const MOUNTS = [
  '// node:http',
  'createServer(createNodeHandler(wxpay, handler)).listen(8080)',
  '// Next.js App Router (app/wxpay/notify/route.ts)',
  'export const POST = createWebHandler(wxpay, handler)',
]

/** The other adapters' mounts, one line each: the notifications guide has them in a checked block. */
export const OTHER_MOUNTS = [
  ['Express', "`app.post('/wxpay/notify', createExpressMiddleware(wxpay, handler))`", '`@wxpay/sdk/express`'],
  [
    'Fastify',
    "`app.register(createFastifyPlugin(wxpay, handler), { prefix: '/wxpay/notify' })`",
    '`@wxpay/sdk/fastify`',
  ],
  ['Koa', "`router.post('/wxpay/notify', createKoaMiddleware(wxpay, handler))`", '`@wxpay/sdk/koa`'],
  ['Hono', "`app.post('/wxpay/notify', (c) => createWebHandler(wxpay, handler)(c.req.raw))`", '`@wxpay/sdk/web`'],
]

export function adapterBlock(type: string): string {
  const inquiry = type === 'ENTRUST.TERMINATE_INQUIRY'
  const sdk = [
    'createNodeHandler',
    'isKnownEvent',
    'type NotificationHandler',
    ...(inquiry ? ['terminateInquiryReply'] : []),
  ]
  const handler = [
    'const handler: NotificationHandler = async (event) => {',
    `  if (isKnownEvent(event) && event.event_type === '${type}') {`,
    '    const resource = event.resource',
    '    //    ^?',
    inquiry
      ? "    return terminateInquiryReply({ code: 'SUCCESS' }) // the user may terminate"
      : '    await save(resource)',
    '  }',
    '}',
  ]
  const lines = [...HIDDEN, ...IMPORTS, `import { ${sdk.join(', ')} } from '@wxpay/sdk'`, '', ...handler, '', ...MOUNTS]
  return fence('ts', lines.join('\n'), 'twoslash')
}

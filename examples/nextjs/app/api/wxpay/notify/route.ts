// Next.js App Router: POST /api/wxpay/notify. The Web adapter reads the raw body of the Request and
// answers with a Response. On the Node runtime, with keys read from files (lib/wxpay.ts); the same
// route on the edge runtime is examples/nextjs-edge.
import { createWebHandler } from '@wxpay/sdk/web'
import { contracts, wxpay } from '../../../../lib/wxpay.js'

export const runtime = 'nodejs'
export const POST = createWebHandler(wxpay, contracts.record)

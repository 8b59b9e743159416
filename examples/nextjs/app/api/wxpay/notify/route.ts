// Next.js App Router: POST /api/wxpay/notify. The Web adapter reads the raw body of the Request and
// answers with a Response; verification needs Node.js crypto, so the route runs on the Node runtime.
import { createWebHandler } from '@wxpay/sdk/web'
import { contracts, wxpay } from '../../../../lib/wxpay.js'

export const runtime = 'nodejs'
export const POST = createWebHandler(wxpay, contracts.record)

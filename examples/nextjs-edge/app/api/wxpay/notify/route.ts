// Next.js App Router on the edge runtime: POST /api/wxpay/notify. The Web adapter reads the raw bytes
// of the Request, verifies them with WebCrypto, decrypts the resource and answers with a Response.
import { createWebHandler } from '@wxpay/sdk/web'
import { contracts, wxpay } from '../../../../lib/wxpay.js'

export const runtime = 'edge'
export const POST = createWebHandler(wxpay, contracts.record)

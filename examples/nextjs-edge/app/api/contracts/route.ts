// Next.js App Router on the edge runtime: POST /api/contracts pre-signs a password-exempt contract
// for the mini-program (免密支付) and answers what the page opens; GET /api/contracts?code=… reads the
// state the notifications recorded. The request to WeChat Pay is signed with WebCrypto and sent with fetch.
import { contracts, wxpay } from '../../../lib/wxpay.js'

export const runtime = 'edge'

const SERVICE_ID = 500001

export async function POST(request: Request): Promise<Response> {
  const { openid, out_contract_code, notify_url } = (await request.json()) as Record<string, string>
  const { data } = await wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.miniProgram.post({
    appid: 'wxd678efh567hg6787',
    service_id: SERVICE_ID,
    out_contract_code,
    notify_url,
    contract_display_account: '张**',
    openid,
  })
  return Response.json({
    pre_entrustweb_id: data.pre_entrustweb_id,
    sign_mp_appid: data.sign_mp_appid,
    sign_mp_path: data.sign_mp_path,
  })
}

export function GET(request: Request): Response {
  const code = new URL(request.url).searchParams.get('code') ?? ''
  const contract = contracts.get(code)
  return contract ? Response.json(contract) : Response.json({ code: 'NOT_FOUND' }, { status: 404 })
}

// One client and one contract store per edge isolate, from environment variables holding the key
// material itself (the edge runtime has no file system): WXPAY_MCHID, WXPAY_SERIAL, WXPAY_PRIVATE_KEY
// (the PEM text of apiclient_key.pem, PKCS#8 or PKCS#1), WXPAY_APIV3_KEY, WXPAY_PUBLIC_KEY_ID and
// WXPAY_PUBLIC_KEY (the PEM of pub_key.pem), and WXPAY_BASE_URL for the simulator. On the edge runtime
// Next.js resolves @wxpay/sdk through its `edge-light` export condition: WebCrypto and fetch.
import { WechatPay } from '@wxpay/sdk'
import { Contracts } from '../../shared/contracts.js'

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`set ${name} in the deployment's environment`)
  return value
}

export const wxpay = new WechatPay({
  mchid: required('WXPAY_MCHID'),
  serial: required('WXPAY_SERIAL'),
  privateKey: required('WXPAY_PRIVATE_KEY'),
  apiV3Key: required('WXPAY_APIV3_KEY'),
  certs: { [required('WXPAY_PUBLIC_KEY_ID')]: required('WXPAY_PUBLIC_KEY') },
  baseURL: process.env.WXPAY_BASE_URL,
})

// In memory, for the example: an isolate's memory is neither shared nor kept, so a real app writes
// to its database or a KV store here.
export const contracts = new Contracts()

// Runs one product example against a simulator in another process:
//   npx wxpay simulator                                                       # terminal 1
//   WXPAY_CONFIG=.wxpay-sim/config.json node --import tsx examples/products/main.ts insurance
// The simulator's control API is at the client's base URL.
import { SimulatorControl } from '@wxpay/simulator'
import { wechatPayFromEnv } from '../shared/wechatpay.js'
import { type ExampleContext, withWebhook } from './context.js'
import { insurance } from './insurance.js'
import { papay } from './papay.js'
import { passwordExempt } from './password-exempt.js'
import { scheduledDeduct, scheduledDeductPartner } from './scheduled-deduct.js'

export const products = {
  insurance,
  'scheduled-deduct': scheduledDeduct,
  'scheduled-deduct-partner': scheduledDeductPartner,
  papay,
  'password-exempt': passwordExempt,
}

const name = process.argv[2] as keyof typeof products
if (!products[name]) {
  console.error(`usage: main.ts ${Object.keys(products).join(' | ')}`)
  process.exit(2)
}
const wxpay = wechatPayFromEnv()
const example: (ctx: ExampleContext) => Promise<unknown> = products[name]
const result = await withWebhook(wxpay, new SimulatorControl(wxpay.baseURL), console.log, example)
console.log(JSON.stringify(result))

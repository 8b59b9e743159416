// One client and one contract store for the app's server code (a module is evaluated once per
// server process).
import { Contracts } from '../../shared/contracts.js'
import { wechatPayFromEnv } from '../../shared/wechatpay.js'

export const wxpay = wechatPayFromEnv()
export const contracts = new Contracts()

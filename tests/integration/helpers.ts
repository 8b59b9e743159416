// Shared by the integration tests: clients of a simulator through @wxpay/sdk and @wxpay/sdk/compat,
// and the variables of the seed pages' examples, held as a program written from those pages would.
import { encryptSensitive, WechatPay } from '@wxpay/sdk'
import { Wechatpay } from '@wxpay/sdk/compat'
import type { Session, Simulator } from '@wxpay/simulator'
import { seedInsuranceVariables } from '../seed-variables.js'

export { partnerVariables } from '../seed-variables.js'

export const sdkClient = (sim: Simulator) => new WechatPay({ ...sim.merchant, certs: sim.certs, baseURL: sim.url })
export const compatClient = (sim: Simulator) => new Wechatpay({ ...sim.merchant, certs: sim.certs, baseURL: sim.url })

/** The simulator's WeChat Pay public key: its id and PEM (public-key mode). */
export function publicKeyOf(sim: Simulator): { id: string; pem: string } {
  const [id, pem] = Object.entries(sim.certs).find(([name]) => name.startsWith('PUB_KEY_ID_'))!
  return { id, pem }
}

/** The pre-sign session the simulator keeps for a contract code. */
export function sessionFor(sim: Simulator, code: string): Session {
  const session = sim.sessions().find((candidate) => candidate.request.out_contract_code === code)
  if (!session) throw new Error(`the simulator has no pre-sign session for ${code}`)
  return session
}

export const MINI_PROGRAM = { redirect_appid: 'wxbd687630cd02ce1d', redirect_path: 'pages/PwdExemptContract/index' }
export const IDENTITY = { real_name: '王小明', id_card_number: '110101199003074578' }

/**
 * How a caller gives `real_identity`: in plaintext with the pages' empty `Wechatpay-Serial` (the client
 * encrypts), or encrypted by hand under the simulator's public key, which the header then names.
 */
export function identityFor(sim: Simulator, by: 'client' | 'hand') {
  if (by === 'client') return { identity: IDENTITY, serial: '' }
  const { id, pem } = publicKeyOf(sim)
  return {
    identity: {
      real_name: encryptSensitive(IDENTITY.real_name, pem),
      id_card_number: encryptSensitive(IDENTITY.id_card_number, pem),
    },
    serial: id,
  }
}

/** The seed pages' S1/S2 variables with their optional fields and the identity encrypted by `by`. */
export function insuranceVariables(code: string, by: ReturnType<typeof identityFor>) {
  return {
    ...seedInsuranceVariables(code),
    out_user_code: '用户昵称',
    goods_tag: 'DISCOUNTS',
    attach: '自定义数据',
    // Friction: `identity_type` is a string in the seed pages, 'ID_CARD' in the catalog.
    real_identity: { ...by.identity, identity_type: 'ID_CARD' as const },
    headers: { 'Wechatpay-Serial': by.serial },
  }
}

/** Seed page 004 (S4). */
export const passwordExemptVariables = (code: string) => ({
  appid: 'wxd678efh567hg6787',
  service_id: 500001,
  out_contract_code: code,
  notify_url: 'https://yourapp.com/notify',
  contract_display_account: '张三',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
})

/**
 * The same chain, except that `node.post` is the node itself: the page's `….post(data, config)` then
 * calls the node, which is the shortland form `…(data, config)`. The node called is the real one.
 */
export function shortland<T>(root: T): T {
  const view = (target: any): any =>
    new Proxy(target, {
      get(_, key) {
        const value = target[key]
        if (key === 'post') return target
        return (typeof value === 'function' || typeof value === 'object') && value !== null ? view(value) : value
      },
    })
  return view(root)
}

// The client every example uses, from the environment: WXPAY_CONFIG names the config.json that
// `npx wxpay simulator` writes (the simulator's test merchant), or WXPAY_MCHID, WXPAY_SERIAL,
// WXPAY_PRIVATE_KEY_FILE, WXPAY_APIV3_KEY_FILE, WXPAY_CERTS (ID=FILE,…) and WXPAY_BASE_URL give yours.
import { readFileSync } from 'node:fs'
import { WechatPay } from '@wxpay/sdk'

interface Config {
  mchid: string
  serial: string
  privateKeyFile: string
  apiV3KeyFile: string
  certs: Record<string, string>
  baseURL?: string
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]
  if (!value) throw new Error(`set ${name}, or WXPAY_CONFIG to the config.json that npx wxpay simulator writes`)
  return value
}

function configFrom(env: NodeJS.ProcessEnv): Config {
  if (env.WXPAY_CONFIG) return JSON.parse(readFileSync(env.WXPAY_CONFIG, 'utf8')) as Config
  return {
    mchid: required(env, 'WXPAY_MCHID'),
    serial: required(env, 'WXPAY_SERIAL'),
    privateKeyFile: required(env, 'WXPAY_PRIVATE_KEY_FILE'),
    apiV3KeyFile: required(env, 'WXPAY_APIV3_KEY_FILE'),
    certs: Object.fromEntries(
      required(env, 'WXPAY_CERTS')
        .split(',')
        .map((entry) => entry.split('=', 2)),
    ),
    baseURL: env.WXPAY_BASE_URL,
  }
}

export function wechatPayFromEnv(env: NodeJS.ProcessEnv = process.env): WechatPay {
  const config = configFrom(env)
  return new WechatPay({
    mchid: config.mchid,
    serial: config.serial,
    privateKey: readFileSync(config.privateKeyFile),
    apiV3Key: readFileSync(config.apiV3KeyFile, 'utf8').trim(),
    certs: Object.fromEntries(Object.entries(config.certs).map(([id, file]) => [id, readFileSync(file)])),
    baseURL: config.baseURL,
  })
}

// The program the pack test type-checks in its app, against the installed packages, and the
// TypeScript settings it is checked with: each resolution mode a user's project may have.

/** Uses a subpath of every package; each `@ts-expect-error` holds only while the types are real, not any. */
export const PROGRAM = `import { readFileSync } from 'node:fs'
import { createNodeHandler, WechatPay, WechatPayApiError, type WechatPayOptions } from '@wxpay/sdk'
import { type SigningReturn, signingNavigation, signingReturn } from '@wxpay/sdk/client'
import { Wechatpay } from '@wxpay/sdk/compat'
import { createExpressMiddleware } from '@wxpay/sdk/express'
import { createKoaMiddleware } from '@wxpay/sdk/koa'
import { personalFieldNames } from '@wxpay/sdk/protocol'
import { createTestNotification, selfSignedCertificate } from '@wxpay/sdk/testing'
import { createWebHandler } from '@wxpay/sdk/web'
import { redisDedupe } from '@wxpay/redis'
import { createSimulator } from '@wxpay/simulator'

type PreSign = Awaited<
  ReturnType<WechatPay['v3']['papay']['insuranceSign']['contracts']['preEntrustSign']['miniProgram']['post']>
>['data']

export async function handOff(options: WechatPayOptions, answer: PreSign): Promise<string> {
  const wxpay = new WechatPay(options)
  const navigation = signingNavigation(answer)
  const back: SigningReturn | undefined = signingReturn({ scene: 1038, referrerInfo: { appId: navigation.appId } }, answer)
  // @ts-expect-error a mini-program pre-sign answers no redirect_url
  answer.redirect_url
  return back?.contractId ?? wxpay.mchid
}

// @ts-expect-error mchid is a string
export const wrong = () => new WechatPay({ mchid: 1900000001, serial: 'x', privateKey: 'x' })

export const adapters = [createNodeHandler, createExpressMiddleware, createKoaMiddleware, createWebHandler]
export const tools = [Wechatpay, personalFieldNames, createTestNotification, selfSignedCertificate, redisDedupe]
export const more = [createSimulator, WechatPayApiError, readFileSync]
`

/** One tsconfig per resolution mode; `types` is the repository's @types folder (the app installs none). */
export function tsconfigs(typeRoot: string): Record<string, object> {
  const common = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: 'ES2022',
    typeRoots: [typeRoot],
    types: ['node'],
  }
  return {
    node10: { compilerOptions: { ...common, module: 'commonjs', moduleResolution: 'node10' }, files: ['app.ts'] },
    node16: {
      compilerOptions: { ...common, module: 'node16', moduleResolution: 'node16' },
      files: ['app.ts', 'app.mts'],
    },
    bundler: { compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler' }, files: ['app.ts'] },
  }
}

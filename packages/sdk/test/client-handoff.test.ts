// @wxpay/sdk/client: the mini-program and JSAPI hand-off of a pre-sign (spec §4.1, §4.2), and a build
// that a browser or a mini-program can load (no Node module, no Buffer, no process).
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import {
  HandoffError,
  isSigningReturn,
  openSigningPage,
  SIGNING_REFERRER_META,
  signingNavigation,
  signingReturn,
  type WindowLike,
} from '@wxpay/sdk/client'

const papay = {
  pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
  redirect_appid: 'wxbd687630cd02ce1d',
  redirect_path: 'pages/PwdExemptContract/index',
}
const passwordExempt = {
  pre_entrustweb_id: 'PE5778aadY9nltAsZzXixCkFIG',
  mchid: '1900000109',
  service_id: 1001,
  out_contract_code: 'PE20261122001',
  sign_mp_appid: 'wxbd687630cd02ce1e',
  sign_mp_path: 'pages/Sign/index',
}
const back = (extraData?: object, scene = 1038, appId = papay.redirect_appid) => ({
  scene,
  referrerInfo: { appId, ...(extraData ? { extraData } : {}) },
})

describe('the mini-program hand-off', () => {
  it('navigates to redirect_appid / redirect_path with the pre_entrustweb_id as extraData', () => {
    assert.deepEqual(signingNavigation(papay), {
      appId: 'wxbd687630cd02ce1d',
      path: 'pages/PwdExemptContract/index',
      extraData: { pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V' },
    })
  })

  it('navigates a password-exempt pre-sign to sign_mp_appid / sign_mp_path', () => {
    assert.deepEqual(signingNavigation(passwordExempt), {
      appId: 'wxbd687630cd02ce1e',
      path: 'pages/Sign/index',
      extraData: { pre_entrustweb_id: 'PE5778aadY9nltAsZzXixCkFIG' },
    })
  })

  it('refuses what is not a mini-program pre-sign answer, naming what is missing', () => {
    assert.throws(
      () => signingNavigation({ redirect_url: 'https://x' } as never),
      (error: HandoffError) => {
        assert.ok(error instanceof HandoffError)
        assert.equal(error.name, 'HandoffError')
        assert.match(error.message, /neither redirect_appid and redirect_path .* nor sign_mp_appid and sign_mp_path/)
        return true
      },
    )
    assert.throws(() => signingNavigation({ ...papay, pre_entrustweb_id: '' }), /has no pre_entrustweb_id/)
    assert.throws(() => signingNavigation(undefined as never), /an object/)
  })

  it('reads SUCCESS with the contract id on return (scene 1038, from the signing AppID)', () => {
    const extraData = { return_code: 'SUCCESS', return_msg: 'OK', contract_id: '202011065409471222' }
    const expected = { returnCode: 'SUCCESS', returnMsg: 'OK', contractId: '202011065409471222', signed: true }
    assert.deepEqual(signingReturn(back(extraData), papay), expected)
    assert.deepEqual(signingReturn(back(extraData), papay.redirect_appid), expected)
  })

  it('reads FAIL with its message; a password-exempt return is matched by sign_mp_appid', () => {
    const failed = back({ return_code: 'FAIL', return_msg: '用户取消' }, 1038, passwordExempt.sign_mp_appid)
    assert.deepEqual(signingReturn(failed, passwordExempt), {
      returnCode: 'FAIL',
      returnMsg: '用户取消',
      signed: false,
    })
  })

  it('is undefined when the user backed out, for another scene and for another mini-program', () => {
    assert.equal(signingReturn(back(), papay), undefined)
    assert.equal(signingReturn(back({}), papay), undefined)
    assert.equal(signingReturn(back({ return_code: 'SUCCESS' }, 1001), papay), undefined)
    assert.equal(signingReturn(back({ return_code: 'SUCCESS' }, 1038, 'wxother'), papay), undefined)
    assert.equal(signingReturn({}, papay), undefined)
  })
})

/** A window whose document records the referrer meta; `meta` is the one already on the page, if any. */
function fakeWindow(meta?: string | null) {
  const attributes = (initial: Record<string, string>) => {
    const values: Record<string, string> = { ...initial }
    return {
      values,
      getAttribute: (name: string) => values[name] ?? null,
      setAttribute: (name: string, value: string) => {
        values[name] = value
      },
    }
  }
  const existing =
    meta === undefined ? null : attributes(meta === null ? { name: 'referrer' } : { name: 'referrer', content: meta })
  const appended: ReturnType<typeof attributes>[] = []
  const window: WindowLike = {
    location: { href: 'https://merchant.example.com/insure/confirm' },
    document: {
      querySelector: (selector) => (selector === 'meta[name="referrer"]' ? existing : null),
      createElement: () => attributes({}),
      head: { append: (...nodes) => appended.push(...nodes) },
    },
  }
  return { window, appended }
}

describe('the JSAPI hand-off', () => {
  const redirect_url = 'https://payapp.weixin.qq.com/papay/sign?pre_entrust_id=wx12334'

  it('opens redirect_url with location.href, declaring the referrer policy when the page lacks it', () => {
    const { window, appended } = fakeWindow()
    openSigningPage({ redirect_url }, window)
    assert.equal(window.location.href, redirect_url)
    assert.deepEqual(
      appended.map((node) => node.values),
      [{ name: 'referrer', content: 'no-referrer-when-downgrade' }],
    )
    assert.equal(SIGNING_REFERRER_META, '<meta name="referrer" content="no-referrer-when-downgrade">')
  })

  it('keeps a page’s own no-referrer-when-downgrade meta, and refuses another policy without navigating', () => {
    const declared = fakeWindow('no-referrer-when-downgrade')
    openSigningPage({ redirect_url }, declared.window)
    assert.equal(declared.window.location.href, redirect_url)
    assert.deepEqual(declared.appended, [])
    const strict = fakeWindow('no-referrer')
    assert.throws(
      () => openSigningPage({ redirect_url }, strict.window),
      /declares <meta name="referrer" content="no-referrer">; the signing flow needs <meta name="referrer" content="no-referrer-when-downgrade">/,
    )
    assert.equal(strict.window.location.href, 'https://merchant.example.com/insure/confirm')
  })

  it('refuses a redirect_url that is missing, relative or plain HTTP off loopback; the simulator’s is fine', () => {
    const { window } = fakeWindow()
    assert.throws(() => openSigningPage({} as never, window), /has no redirect_url/)
    assert.throws(() => openSigningPage({ redirect_url: '/sign' }, window), /not an absolute URL/)
    assert.throws(() => openSigningPage({ redirect_url: 'http://pay.example.com/s' }, window), /uses http:/)
    assert.equal(window.location.href, 'https://merchant.example.com/insure/confirm')
    openSigningPage({ redirect_url: 'http://127.0.0.1:8321/simulator/sign/abc' }, window)
    assert.equal(window.location.href, 'http://127.0.0.1:8321/simulator/sign/abc')
  })

  it('tells WeChat Pay’s return (from_wxpay=1) from any other load of the page', () => {
    assert.equal(isSigningReturn('https://merchant.example.com/insure/done?order=7&from_wxpay=1'), true)
    assert.equal(isSigningReturn('https://merchant.example.com/insure/done?order=7'), false)
    assert.equal(isSigningReturn('https://merchant.example.com/insure/done?from_wxpay=0'), false)
    assert.equal(isSigningReturn('not a url'), false)
  })
})

describe('the build of @wxpay/sdk/client', () => {
  const sdk = fileURLToPath(new URL('../', import.meta.url))
  /** The file and every file it imports or requires by a relative path, transitively. */
  function closure(file: string, seen = new Set<string>()): Set<string> {
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    for (const [, specifier] of source.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*)["'](\.[^"']+)["']/g)) {
      const target = join(dirname(file), specifier)
      if (!seen.has(target)) closure(target, seen)
    }
    return seen
  }

  for (const entry of ['dist/esm/client-handoff/index.js', 'dist/cjs/client-handoff/index.js']) {
    it(`${entry} and what it loads import no Node module and use no Buffer or process`, () => {
      const file = join(sdk, entry)
      assert.ok(existsSync(file), `${entry} is missing: run npm run build (npm test does)`)
      const files = closure(file)
      assert.ok(files.size >= 2, 'the errors it extends come along')
      for (const loaded of files) {
        const code = readFileSync(loaded, 'utf8').replace(/\/\/.*$/gm, '')
        assert.doesNotMatch(code, /["']node:|require\(["'](?!\.)/, `${loaded} loads a module that is not its own`)
        assert.doesNotMatch(code, /\bBuffer\b|\bprocess\.|\bglobal\./, `${loaded} uses a Node global`)
      }
    })
  }
})

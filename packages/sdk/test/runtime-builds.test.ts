// The builds the package's `exports` conditions pick (run after `npm run build`): dist/web for workerd,
// Deno, Bun and edge runtimes imports no Node module; dist/browser refuses to load; each condition
// resolves to its build, as a bundler resolves it. The suite on each runtime is tests/conformance.
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const sdk = join(dirname(fileURLToPath(import.meta.url)), '..')
const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
  )

/** The file a bundler picks for `specifier` under `conditions`. */
async function resolved(specifier: string, conditions: string[]): Promise<string> {
  const result = await build({
    stdin: { contents: `import * as m from '${specifier}'; console.log(m)`, resolveDir: sdk },
    bundle: true,
    write: false,
    metafile: true,
    absWorkingDir: sdk,
    platform: 'neutral',
    conditions,
    logLevel: 'silent',
  })
  const inputs = Object.keys(result.metafile.inputs).filter((input) => input.includes('dist/'))
  return inputs.find((input) => /index\.js$|web\.js$/.test(input)) ?? inputs[0]
}

describe('the builds chosen by export conditions', () => {
  it('dist/web imports no Node module', () => {
    const code = files(join(sdk, 'dist/web')).filter((file) => file.endsWith('.js'))
    assert.ok(code.length >= 3, 'the index, web and a shared chunk')
    for (const file of code) {
      const text = readFileSync(file, 'utf8')
      assert.doesNotMatch(text, /from\s*["'](node:)?(crypto|http|https|util|buffer|net)["']/, file)
      assert.doesNotMatch(text, /\brequire\(/, file)
    }
  })

  for (const condition of ['workerd', 'deno', 'bun', 'edge-light']) {
    it(`${condition}: @wxpay/sdk and @wxpay/sdk/web resolve to dist/web`, async () => {
      assert.equal(await resolved('@wxpay/sdk', [condition]), 'dist/web/index.js')
      assert.equal(await resolved('@wxpay/sdk/web', [condition]), 'dist/web/web.js')
    })
  }

  it('browser: @wxpay/sdk and @wxpay/sdk/web resolve to a module that throws, naming why', async () => {
    assert.equal(await resolved('@wxpay/sdk', ['browser']), 'dist/browser/index.js')
    assert.equal(await resolved('@wxpay/sdk/web', ['browser']), 'dist/browser/index.js')
    await assert.rejects(
      import(join(sdk, 'dist/browser/index.js')),
      /@wxpay\/sdk runs on a server only: a client holds the merchant API private key, and in a browser anyone who opens the page could read it/,
    )
  })

  it('the web build on a page (window and document) refuses to make a client; WebCrypto otherwise', async () => {
    const { WechatPay } = await import(join(sdk, 'dist/web/index.js'))
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const options = {
      mchid: '1900000001',
      serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
      privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }),
      certs: { PUB_KEY_ID_0114232134912410000000000000: publicKey.export({ type: 'spki', format: 'pem' }) },
    }
    const wxpay = new WechatPay(options)
    assert.equal(wxpay.crypto, 'web')
    assert.throws(
      () => new WechatPay({ ...options, crypto: 'node' }),
      /has no node:crypto: leave crypto out, or pass 'web'/,
    )
    const page = globalThis as { window?: unknown; document?: unknown }
    page.window = {}
    page.document = {}
    try {
      assert.throws(() => new WechatPay(options), /runs on a server only/)
    } finally {
      delete page.window
      delete page.document
    }
  })
})

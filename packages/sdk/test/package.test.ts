import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { it } from 'node:test'

const root = new URL('../', import.meta.url)
// Without --conditions=source, so that the published entry points in dist/ are what loads.
const exportsVia = (code: string, type: 'commonjs' | 'module') =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type', type, '-e', code], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    }),
  ) as string[]

it('is published as ES modules and CommonJS with type declarations, exporting the same names', () => {
  for (const file of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts']) {
    assert.ok(existsSync(new URL(file, root)), `${file} is missing: run npm run build (npm test does)`)
  }
  const esm = exportsVia(
    `import('@wxpay/sdk').then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`,
    'module',
  )
  const cjs = exportsVia(`console.log(JSON.stringify(Object.keys(require('@wxpay/sdk')).sort()))`, 'commonjs')
  assert.deepEqual(cjs, esm)
  assert.ok(esm.includes('WechatPay') && esm.includes('WechatPayApiError'))
})

it('each subpath loads from the build in both formats, with the same exports and type declarations', () => {
  const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
  for (const subpath of ['express', 'fastify', 'koa', 'web', 'protocol', 'testing', 'compat', 'client']) {
    const entry = exports[`./${subpath}`]
    for (const file of [entry.import.types, entry.import.default, entry.require.types, entry.require.default]) {
      assert.ok(existsSync(new URL(file, root)), `${subpath}: ${file} is missing`)
    }
    const name = `@wxpay/sdk/${subpath}`
    const esm = exportsVia(
      `import('${name}').then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`,
      'module',
    )
    const cjs = exportsVia(`console.log(JSON.stringify(Object.keys(require('${name}')).sort()))`, 'commonjs')
    assert.deepEqual(cjs, esm, name)
    assert.ok(esm.length > 0, `${name} exports something`)
  }
})

it('keeps the wire formats out of the root: they load from @wxpay/sdk/protocol and /testing', () => {
  const names = (specifier: string) =>
    exportsVia(`import('${specifier}').then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`, 'module')
  const rootNames = names('@wxpay/sdk')
  for (const name of ['signSync', 'verifySignature', 'endpoints', 'validate', 'TrustStore', 'encryptAesGcm']) {
    assert.ok(!rootNames.includes(name), `${name} is not a root export`)
    assert.ok(names('@wxpay/sdk/protocol').includes(name), `${name} is in /protocol`)
  }
  assert.ok(names('@wxpay/sdk/testing').includes('createTestNotification'))
})

/** The sorted export names of a subpath, loaded from the build as ES module and as CommonJS. */
function subpathExports(subpath: string): { esm: string[]; cjs: string[] } {
  const name = `@wxpay/sdk/${subpath}`
  return {
    esm: exportsVia(`import('${name}').then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`, 'module'),
    cjs: exportsVia(`console.log(JSON.stringify(Object.keys(require('${name}')).sort()))`, 'commonjs'),
  }
}

it('the compat subpath loads from the build in both formats, with the same exports', () => {
  for (const file of ['dist/esm/compat/index.js', 'dist/esm/compat/index.d.ts', 'dist/cjs/compat/index.js']) {
    assert.ok(existsSync(new URL(file, root)), `${file} is missing: run npm run build (npm test does)`)
  }
  const { esm, cjs } = subpathExports('compat')
  assert.deepEqual(cjs, esm)
  for (const name of [
    'Wechatpay',
    'Rsa',
    'Aes',
    'Formatter',
    'ApiV2NotSupportedError',
    'WechatPayApiError',
    'default',
  ]) {
    assert.ok(esm.includes(name), `@wxpay/sdk/compat exports ${name}`)
  }
  // One class identity across the entries, so that `instanceof` holds whichever entry a program imports.
  const same = `m.WechatPayApiError === c.WechatPayApiError && m.WechatPayError === c.WechatPayError`
  const esmSame = exportsVia(
    `Promise.all([import('@wxpay/sdk'), import('@wxpay/sdk/compat')]).then(([m, c]) => console.log(${same}))`,
    'module',
  )
  const cjsSame = exportsVia(
    `const m = require('@wxpay/sdk'), c = require('@wxpay/sdk/compat'); console.log(${same})`,
    'commonjs',
  )
  assert.deepEqual([esmSame, cjsSame], [true, true])
})

// `npx wxpay` in the repository runs @wxpay/cli: no other installed package declares a `wxpay` bin
// (wechatpay-axios-plugin does; it is installed apart, in bench/reference), and the link is ours.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const modules = join(root, 'node_modules')

/** The packages directly in node_modules (scoped ones included) that declare a `wxpay` bin. */
function wxpayBins(): string[] {
  const names = readdirSync(modules).flatMap((entry) =>
    entry.startsWith('@') ? readdirSync(join(modules, entry)).map((inner) => `${entry}/${inner}`) : [entry],
  )
  return names.filter((name) => {
    const manifest = join(modules, name, 'package.json')
    if (!existsSync(manifest)) return false
    const { bin, name: declared } = JSON.parse(readFileSync(manifest, 'utf8'))
    if (typeof bin === 'string') return String(declared).split('/').pop() === 'wxpay'
    return typeof bin === 'object' && bin !== null && Object.hasOwn(bin, 'wxpay')
  })
}

it('node_modules/.bin/wxpay is @wxpay/cli, and no other installed package declares a wxpay bin', () => {
  assert.equal(realpathSync(join(modules, '.bin', 'wxpay')), realpathSync(join(root, 'packages/cli/bin/wxpay.js')))
  assert.deepEqual(wxpayBins(), ['@wxpay/cli'])
})

it('npx wxpay from the repository root is the wxpay command of @wxpay/cli (needs npm run build)', () => {
  const result = spawnSync('npx', ['--no-install', 'wxpay', '--help'], { cwd: root, encoding: 'utf8' })
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stdout, /^Usage: wxpay \[options\] \[command\]$/m)
  for (const command of ['certificates', 'notify', 'simulator', 'demo', 'request']) {
    assert.match(result.stdout, new RegExp(`^ {2}${command} `, 'm'), `wxpay --help lists ${command}`)
  }
})

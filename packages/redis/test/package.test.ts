// The published package: ES modules and CommonJS with declarations and the same names, and neither
// Redis library loaded by it (they are the caller's, passed in as a connected client).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { it } from 'node:test'

const root = new URL('../', import.meta.url)
// Without --conditions=source, so that the published entry points in dist/ are what loads.
const run = (code: string, type: 'commonjs' | 'module') =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type', type, '-e', code], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    }),
  )

it('is published as ES modules and CommonJS with type declarations, exporting the same names', () => {
  for (const file of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts']) {
    assert.ok(existsSync(new URL(file, root)), `${file} is missing: run npm run build (npm test does)`)
  }
  const esm = run(`import('@wxpay/redis').then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`, 'module')
  const cjs = run(`console.log(JSON.stringify(Object.keys(require('@wxpay/redis')).sort()))`, 'commonjs')
  assert.deepEqual(cjs, esm)
  assert.deepEqual(esm, [
    'DEFAULT_COMMAND_TIMEOUT_MS',
    'DEFAULT_PREFIX',
    'RedisUnavailableError',
    'redisCertificateCache',
    'redisDedupe',
  ])
})

it('loads neither ioredis nor redis, nor @wxpay/sdk, at run time', () => {
  const loaded: string[] = run(
    `require('@wxpay/redis'); console.log(JSON.stringify(Object.keys(require.cache).filter((path) => path.includes('node_modules'))))`,
    'commonjs',
  )
  assert.deepEqual(loaded, [])
  const specifiers = readdirSync(new URL('dist/esm/', root))
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => [...readFileSync(new URL(`dist/esm/${file}`, root), 'utf8').matchAll(/from '([^']+)'/g)])
    .map((match) => match[1])
  assert.deepEqual([...new Set(specifiers)].sort(), [
    './certificate-cache.js',
    './client.js',
    './dedupe.js',
    'node:crypto',
  ])
})

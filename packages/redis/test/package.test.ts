// The published package: ES modules and CommonJS with declarations and the same names, and neither
// Redis library loaded by it (they are the caller's, passed in as a connected client).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { it } from 'node:test'

const root = new URL('../', import.meta.url)

// One process without --conditions=source, so that the published entry points in dist/ are what loads.
const LOAD_BOTH = `
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const esm = Object.keys(await import('@wxpay/redis')).sort()
const cjs = Object.keys(require('@wxpay/redis')).sort()
const dependencies = Object.keys(require.cache).filter((path) => path.includes('node_modules'))
console.log(JSON.stringify({ esm, cjs, dependencies }))`

it('is published as ES modules and CommonJS with declarations and the same names, loading no dependency', () => {
  for (const file of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts']) {
    assert.ok(existsSync(new URL(file, root)), `${file} is missing: run npm run build (npm test does)`)
  }
  const output = execFileSync(process.execPath, ['--input-type', 'module', '-e', LOAD_BOTH], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  const { esm, cjs, dependencies } = JSON.parse(output)
  assert.deepEqual(esm, [
    'DEFAULT_COMMAND_TIMEOUT_MS',
    'DEFAULT_PREFIX',
    'RedisUnavailableError',
    'redisCertificateCache',
    'redisDedupe',
  ])
  assert.deepEqual(cjs, esm)
  assert.deepEqual(dependencies, [], 'the CommonJS build requires nothing from node_modules')
})

it('the ES modules import only node:crypto and their own files: neither ioredis nor redis, nor @wxpay/sdk', () => {
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

// The packages as a user gets them: `npm pack` (of the current build; npm test builds first), the
// tarballs installed with `npm install` into a fresh app under the OS temp dir, and there `npx wxpay`,
// every subpath imported as ES module and CommonJS, and a program type-checked under node10, node16
// and bundler resolution with the repository's TypeScript. Takes about a minute; every step is bounded.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { PROGRAM, tsconfigs } from './pack-program.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const PACKAGES = ['sdk', 'simulator', 'cli', 'redis'] as const
const STEP_MS = 180_000
const app = mkdtempSync(join(tmpdir(), 'wxpay-pack-'))
after(() => rmSync(app, { recursive: true, force: true }))

// The app is not the workspace: no npm settings of the `npm test` that runs this, no tsx loader.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE_OPTIONS'),
)

function run(command: string, args: string[], cwd = app): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: STEP_MS })
  assert.equal(
    result.status,
    0,
    `${command} ${args.join(' ')}: ${result.error ?? ''}\n${result.stdout}\n${result.stderr}`,
  )
  return result.stdout
}

interface Packed {
  name: string
  filename: string
  files: { path: string }[]
}
let packed: Packed[]

before(() => {
  const out = join(app, 'tarballs')
  mkdirSync(out)
  const workspaces = PACKAGES.flatMap((name) => ['-w', `@wxpay/${name}`])
  packed = JSON.parse(
    run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out, ...workspaces], root),
  ) as Packed[]
  writeFileSync(join(app, 'package.json'), '{ "name": "wxpay-pack-test-app", "private": true }\n')
  const tarballs = packed.map((item) => join(out, item.filename))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs])
})

describe('the packed packages, installed in a fresh app', () => {
  it('each tarball ships its README, LICENSE, build, repository and homepage; prepack builds', () => {
    assert.deepEqual(packed.map((item) => item.name).sort(), PACKAGES.map((name) => `@wxpay/${name}`).sort())
    for (const item of packed) {
      const paths = item.files.map((file) => file.path)
      for (const file of ['README.md', 'LICENSE', 'package.json', 'dist/esm/index.js']) {
        assert.ok(paths.includes(file), `${item.name} ships ${file}`)
      }
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', item.name, 'package.json'), 'utf8'))
      assert.match(manifest.repository.url, /^git\+https:\/\/github\.com\/.+\.git$/)
      assert.equal(manifest.repository.directory, `packages/${item.name.split('/')[1]}`)
      assert.match(manifest.homepage, /^https:\/\//)
      assert.equal(manifest.scripts.prepack, 'npm run build', `${item.name} builds before it is packed`)
    }
  })

  it('npx wxpay is @wxpay/cli', () => {
    const bin = realpathSync(join(app, 'node_modules', '.bin', 'wxpay'))
    assert.equal(bin, realpathSync(join(app, 'node_modules', '@wxpay', 'cli', 'bin', 'wxpay.js')))
    const help = run('npx', ['--no-install', 'wxpay', '--help'])
    assert.match(help, /^Usage: wxpay \[options\] \[command\]$/m)
    for (const command of ['request', 'notify', 'simulator', 'demo', 'certificates']) {
      assert.match(help, new RegExp(`^ {2}${command} `, 'm'))
    }
  })

  it('every subpath loads as an ES module and as CommonJS, with the same exports', () => {
    const specifiers = PACKAGES.flatMap((name) => {
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', '@wxpay', name, 'package.json'), 'utf8'))
      return Object.keys(manifest.exports)
        .filter((key) => key !== './package.json')
        .map((key) => `@wxpay/${name}${key.slice(1)}`)
    })
    assert.ok(specifiers.includes('@wxpay/sdk/client'))
    const esm = JSON.parse(
      run(process.execPath, [
        '--input-type=module',
        '-e',
        // A JSON subpath (openapi.json) loads with its import attribute; its keys are the document's.
        `const out = {}; for (const s of ${JSON.stringify(specifiers)}) { const m = s.endsWith('.json') ? (await import(s, { with: { type: 'json' } })).default : await import(s); out[s] = Object.keys(m).sort() } console.log(JSON.stringify(out))`,
      ]),
    )
    // The CLI is an application, published as ES modules only.
    const libraries = specifiers.filter((specifier) => specifier !== '@wxpay/cli')
    const cjs = JSON.parse(
      run(process.execPath, [
        '--input-type=commonjs',
        '-e',
        `const out = {}; for (const s of ${JSON.stringify(libraries)}) out[s] = Object.keys(require(s)).sort(); console.log(JSON.stringify(out))`,
      ]),
    )
    for (const specifier of specifiers) assert.ok(esm[specifier].length > 0, `${specifier} exports something`)
    for (const specifier of libraries) {
      assert.deepEqual(
        cjs[specifier].filter((name: string) => name !== 'default'),
        esm[specifier].filter((name: string) => name !== 'default'),
        specifier,
      )
    }
    assert.ok(esm['@wxpay/cli'].includes('main'))
  })

  it('a program type-checks under node10, node16 and bundler resolution', () => {
    writeFileSync(join(app, 'app.ts'), PROGRAM)
    writeFileSync(join(app, 'app.mts'), PROGRAM)
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    for (const [resolution, config] of Object.entries(tsconfigs(join(root, 'node_modules', '@types')))) {
      const file = join(app, `tsconfig.${resolution}.json`)
      writeFileSync(file, JSON.stringify(config, null, 2))
      const result = spawnSync(process.execPath, [tsc, '-p', file], {
        cwd: app,
        env,
        encoding: 'utf8',
        timeout: STEP_MS,
      })
      assert.equal(result.status, 0, `${resolution}:\n${result.stdout}${result.stderr}`)
    }
  })
})

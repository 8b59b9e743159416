// Builds the package in the current directory to dist/esm (ES modules) and dist/cjs (CommonJS),
// each with .d.ts files, from tsconfig.build.json. Run from a package folder: `npm run build`.
// `--esm-only` skips CommonJS (the CLI is an application, run as ES modules).
// `--bundle-esm` replaces the per-file ES modules by one bundle per entry of package.json's exports
// (shared code in chunks, so classes stay one identity across entries): importing one file instead
// of thirty halves the cold import, which matters to a library loaded by short-lived processes.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const tsc = require.resolve('typescript/bin/tsc')
const run = (args) => execFileSync(process.execPath, [tsc, ...args], { stdio: 'inherit' })

rmSync('dist', { recursive: true, force: true })
run(['-p', 'tsconfig.build.json', '--outDir', 'dist/esm'])
if (process.argv.includes('--bundle-esm')) await bundleEsm()
if (!process.argv.includes('--esm-only')) buildCommonJS()

function buildCommonJS() {
  run([
    '-p',
    'tsconfig.build.json',
    '--outDir',
    'dist/cjs',
    '--module',
    'commonjs',
    '--moduleResolution',
    'node10',
    '--customConditions',
    'null',
    '--verbatimModuleSyntax',
    'false',
  ])
  mkdirSync('dist/cjs', { recursive: true })
  writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n')
}

async function bundleEsm() {
  const { build } = await import('esbuild')
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'))
  const entryPoints = Object.values(exports)
    .filter((entry) => typeof entry === 'object' && entry.source && entry.import)
    .map((entry) => ({
      in: entry.source,
      out: entry.import.default.replace(/^\.\/dist\/esm\//, '').replace(/\.js$/, ''),
    }))
  removeJs('dist/esm')
  await build({
    entryPoints,
    outdir: 'dist/esm',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  })
}

/** Deletes the .js files tsc emitted, keeping the .d.ts files the exports map points at. */
function removeJs(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) removeJs(path)
    else if (entry.name.endsWith('.js')) rmSync(path)
  }
}

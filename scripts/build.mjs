// Builds the package in the current directory to dist/esm (ES modules) and dist/cjs (CommonJS),
// each with .d.ts files, from tsconfig.build.json. Run from a package folder: `npm run build`.
// `--esm-only` skips CommonJS (the CLI is an application, run as ES modules).
// `--bundle-esm` replaces the per-file ES modules by one bundle per entry of package.json's exports
// (shared code in chunks, so classes stay one identity across entries): importing one file instead
// of thirty halves the cold import, which matters to a library loaded by short-lived processes.
// An export whose `workerd` condition names a file of dist/web is also bundled for runtimes without
// Node's modules (workerd, Deno, Bun, edge): runtime/current.ts resolved to runtime/web.ts (WebCrypto,
// fetch), and any import of a Node module an error; its `browser` condition, a module that throws.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const tsc = require.resolve('typescript/bin/tsc')
const run = (args) => execFileSync(process.execPath, [tsc, ...args], { stdio: 'inherit' })

rmSync('dist', { recursive: true, force: true })
run(['-p', 'tsconfig.build.json', '--outDir', 'dist/esm'])
if (process.argv.includes('--bundle-esm')) {
  await bundleEsm()
  await bundleWeb()
}
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

/** The entries of exports whose `condition` names a file of `folder`, as esbuild entry points. */
function conditionEntries(condition, folder) {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'))
  const entries = new Map()
  for (const entry of Object.values(exports)) {
    const target = typeof entry === 'object' ? entry[condition] : undefined
    if (typeof target !== 'string' || !target.startsWith(`./${folder}/`)) continue
    entries.set(target, {
      in: entry.source,
      out: target.slice(folder.length + 3).replace(/\.js$/, ''),
      types: entry.import.types,
    })
  }
  return [...entries.values()]
}

/**
 * dist/web (the `workerd`, `deno`, `bun` and `edge-light` conditions) and dist/browser (`browser`).
 * Each web entry gets a .d.ts re-exporting the ES module build's types.
 */
async function bundleWeb() {
  const { build } = await import('esbuild')
  const web = conditionEntries('workerd', 'dist/web')
  if (web.length === 0) return
  const runtimePlugin = {
    name: 'web-runtime',
    setup(plugin) {
      plugin.onResolve({ filter: /\/runtime\/current\.js$/ }, (args) => ({
        path: resolve(dirname(args.importer), args.path.replace(/current\.js$/, 'web.ts')),
      }))
    },
  }
  await build({
    entryPoints: web.map(({ in: source, out }) => ({ in: source, out })),
    outdir: 'dist/web',
    bundle: true,
    splitting: true,
    format: 'esm',
    // Neutral: a Node module imported by anything in these bundles fails the build.
    platform: 'neutral',
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [runtimePlugin],
  })
  for (const { out, types } of web) {
    const relative = join('..', 'esm', types.replace(/^\.\/dist\/esm\//, '')).replace(/\.d\.ts$/, '.js')
    writeFileSync(join('dist/web', `${out}.d.ts`), `export * from '${relative.split('\\').join('/')}'\n`)
  }
  const browser = conditionEntries('browser', 'dist/browser')
  await build({
    entryPoints: browser.length > 0 ? [{ in: 'src/runtime/browser.ts', out: 'index' }] : [],
    outdir: 'dist/browser',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  })
}

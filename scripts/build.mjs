// Builds the package in the current directory to dist/esm (ES modules) and dist/cjs (CommonJS),
// each with .d.ts files, from tsconfig.build.json. Run from a package folder: `npm run build`.
// `--esm-only` skips CommonJS (the CLI is an application, run as ES modules).
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const run = (args) => execFileSync(process.execPath, [tsc, ...args], { stdio: 'inherit' })

rmSync('dist', { recursive: true, force: true })
run(['-p', 'tsconfig.build.json', '--outDir', 'dist/esm'])
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

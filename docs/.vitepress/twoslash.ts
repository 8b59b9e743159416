// How the site's examples are type-checked: twoslash compiles each `ts twoslash` block against the
// workspace's packages — `@wxpay/sdk` and `@wxpay/simulator` resolve through node_modules to their
// sources (the `source` export condition), so no build is needed and the types are the ones in the
// repository. Any type error fails the build (`throws`), in development too.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { transformerTwoslash } from '@shikijs/vitepress-twoslash'
import ts from 'typescript'

/**
 * Where node_modules are looked up, whatever the directory the site is built from. No trailing
 * slash: with one, twoslash reports no error at all (tests/docs-twoslash.test.ts holds this).
 */
const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)))

export const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['source'],
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: ['node'],
}

export const twoslash = () => transformerTwoslash({ throws: true, twoslashOptions: { compilerOptions, vfsRoot: ROOT } })

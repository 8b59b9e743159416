// `npm run docs`: everything generated from the catalog, written in one go — the README's endpoint
// table and the simulator's guesses, the TypeScript types with their docs, the OpenAPI document, the
// list of deviations and the documentation site's endpoint and event pages. `docs.test.ts` fails when
// any of them is out of date; `npm run docs -- --check` says the same without writing (the site's build runs it).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CATALOG_CALLS_PATH, renderCatalogCalls } from './catalog-calls.js'
import { GENERATED_TYPES_PATH, renderCatalogTypes } from './catalog-types.js'
import { DEVIATIONS_PATH, renderDeviations } from './deviations.js'
import { renderReadmeTable } from './endpoint-table.js'
import { OPENAPI_PATH, renderOpenApi } from './openapi.js'
import { renderReadmeGuesses } from './simulator-guesses.js'
import { orphanPages, sitePages } from './site/index.js'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))

const sdkVersion = () => JSON.parse(readFileSync(join(ROOT, 'packages/sdk/package.json'), 'utf8')).version as string

/** Each generated file: its path and its content as the catalog makes it now. */
export function generatedFiles(): { path: string; content: string }[] {
  return [
    {
      path: 'README.md',
      content: renderReadmeGuesses(renderReadmeTable(readFileSync(join(ROOT, 'README.md'), 'utf8'))),
    },
    { path: GENERATED_TYPES_PATH, content: renderCatalogTypes() },
    { path: OPENAPI_PATH, content: `${JSON.stringify(renderOpenApi(sdkVersion()), null, 2)}\n` },
    { path: DEVIATIONS_PATH, content: renderDeviations() },
    { path: CATALOG_CALLS_PATH, content: renderCatalogCalls() },
    ...sitePages(),
  ]
}

const current = (path: string, content: string) => {
  try {
    return readFileSync(join(ROOT, path), 'utf8') === content
  } catch {
    return false
  }
}

/** Writes what changed and removes orphaned pages; with `check`, only lists them. Returns the stale paths. */
export function updateGenerated(check: boolean): string[] {
  const files = generatedFiles()
  const stale = files.filter(({ path, content }) => !current(path, content))
  const orphans = orphanPages(
    ROOT,
    files.map((file) => file.path),
  )
  if (!check) {
    for (const { path, content } of stale) {
      mkdirSync(dirname(join(ROOT, path)), { recursive: true })
      writeFileSync(join(ROOT, path), content)
    }
    for (const path of orphans) rmSync(join(ROOT, path))
  }
  return [...stale.map((file) => file.path), ...orphans]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check')
  const changed = updateGenerated(check)
  for (const path of changed) console.log(`${path}: ${check ? 'out of date' : 'written'}`)
  console.log(`${generatedFiles().length} generated files, ${changed.length} ${check ? 'out of date' : 'written'}`)
  if (check && changed.length > 0) {
    console.error('run npm run docs')
    process.exit(1)
  }
}

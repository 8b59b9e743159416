// `npm run docs`: everything generated from the catalog, written in one go — the README's endpoint
// table and the simulator's guesses, the TypeScript types with their docs, the OpenAPI document and the list of deviations.
// `docs.test.ts` fails when any of them is out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CATALOG_CALLS_PATH, renderCatalogCalls } from './catalog-calls.js'
import { GENERATED_TYPES_PATH, renderCatalogTypes } from './catalog-types.js'
import { DEVIATIONS_PATH, renderDeviations } from './deviations.js'
import { renderReadmeTable } from './endpoint-table.js'
import { OPENAPI_PATH, renderOpenApi } from './openapi.js'
import { renderReadmeGuesses } from './simulator-guesses.js'

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
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { path, content } of generatedFiles()) {
    const full = join(ROOT, path)
    let before = ''
    try {
      before = readFileSync(full, 'utf8')
    } catch {}
    if (before === content) console.log(`${path}: up to date`)
    else {
      writeFileSync(full, content)
      console.log(`${path}: written`)
    }
  }
}

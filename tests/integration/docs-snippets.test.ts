// Every endpoint page's program "against the simulator" runs as the page shows it — signing the
// contract it needs, scheduling, moving the simulated clock — and prints what its last comment says.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'
import { endpointSlug, siteEndpoints } from '../../scripts/site/links.js'
import { SNIPPET_END, SNIPPET_START } from '../../scripts/site/snippets.js'
import { ROOT } from './docs-site-server.js'

// Inside the repository, so that the workspace packages resolve.
const dir = mkdtempSync(join(ROOT, 'tests/integration/.snippet-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** The program on a page, and the value its `console.log(…) // value` line promises. */
function snippetOn(page: string): { code: string; prints: string } {
  const text = readFileSync(join(ROOT, page), 'utf8')
  const start = text.indexOf(SNIPPET_START)
  const end = text.indexOf(SNIPPET_END)
  assert.ok(start >= 0 && end > start, `${page} has its simulator snippet`)
  const code = /```ts twoslash\n([\s\S]*)```\n$/.exec(text.slice(start + SNIPPET_START.length, end))?.[1]
  assert.ok(code, `${page}: the snippet is a ts block`)
  const prints = /console\.log\(.+\) \/\/ (.+)\n/.exec(code)?.[1]
  assert.ok(prints, `${page}: the snippet says what it prints`)
  return { code, prints }
}

/** Runs a program in this process (its imports resolve from the repository) and returns what it logged. */
async function run(name: string, code: string): Promise<string[]> {
  const file = join(dir, `${name}.ts`)
  writeFileSync(file, code)
  const logged: string[] = []
  const log = console.log
  console.log = (...values: unknown[]) => logged.push(values.map(String).join(' '))
  try {
    await import(pathToFileURL(file).href)
  } finally {
    console.log = log
  }
  return logged
}

describe('the endpoint pages’ programs run against the simulator', () => {
  for (const { key, product } of siteEndpoints()) {
    const slug = endpointSlug(key)
    it(key, { timeout: 60_000 }, async () => {
      const { code, prints } = snippetOn(`docs/endpoints/${product.slug}/${slug}.md`)
      assert.deepEqual(await run(slug, code), [prints])
    })
  }
})

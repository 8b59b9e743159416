import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { generatedFiles, ROOT } from '../../../scripts/docs.js'
import { orphanPages } from '../../../scripts/site/index.js'

it('every file generated from the catalog is current (run `npm run docs` to refresh them)', () => {
  const files = generatedFiles()
  for (const { path, content } of files) {
    assert.ok(readFileSync(join(ROOT, path), 'utf8') === content, `${path} is out of date: run npm run docs`)
  }
  const orphans = orphanPages(
    ROOT,
    files.map((file) => file.path),
  )
  assert.deepEqual(orphans, [], 'pages of the site no endpoint or event makes any more: run npm run docs')
})

/** Runs the README block between `<!-- snippet:NAME -->` and `<!-- snippet:end -->`; returns what it printed. */
function runSnippet(name: string): string {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  const pattern = new RegExp(`<!-- snippet:${name} -->\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\`\\n<!-- snippet:end -->`)
  const snippet = pattern.exec(readme)?.[1]
  assert.ok(snippet, `the README has the ${name} snippet`)
  // Inside the repository, so that the workspace packages resolve.
  const dir = mkdtempSync(join(fileURLToPath(new URL('../', import.meta.url)), '.snippet-'))
  try {
    const file = join(dir, 'snippet.ts')
    writeFileSync(file, snippet)
    return execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', file], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

it('the README simulator snippet runs as written', () => {
  assert.equal(runSnippet('simulator').trim(), 'SIGNED')
})

it('the README snippet that tests a webhook without the simulator runs as written', () => {
  assert.equal(runSnippet('webhook-test'), 'ENTRUST.SIGN\n200\n')
})

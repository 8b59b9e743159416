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

it('the README simulator snippet runs as written', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  const snippet = /<!-- snippet:simulator -->\n```ts\n([\s\S]*?)```\n<!-- snippet:end -->/.exec(readme)?.[1]
  assert.ok(snippet, 'the README has the simulator snippet')
  // Inside the repository, so that the workspace packages resolve.
  const dir = mkdtempSync(join(fileURLToPath(new URL('../', import.meta.url)), '.snippet-'))
  try {
    const file = join(dir, 'snippet.ts')
    writeFileSync(file, snippet)
    const output = execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', file], {
      encoding: 'utf8',
    })
    assert.equal(output.trim(), 'SIGNED')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

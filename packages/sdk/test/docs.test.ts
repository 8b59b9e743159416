import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { renderEndpointTable } from '../../../scripts/endpoint-table.js'

it('the README endpoint table is the one generated from the catalog (run `npm run docs` to refresh it)', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  assert.ok(readme.includes(renderEndpointTable()))
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

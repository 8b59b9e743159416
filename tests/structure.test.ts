// The repository's shape, held to the limits ARCHITECTURE.md states: no source file over 300 lines
// (the catalog's data files excepted), no function over 60 lines, no import cycle, and packages
// importing only cli → simulator → sdk.
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { cycles, type SourceFile, sourceFiles, violations } from '../scripts/structure.js'

it('packages/*/src stays within the limits of file size, function size, cycles and package direction', () => {
  assert.deepEqual(violations(), [])
})

it('the checker sees a cycle, an oversized function and a package imported against the direction', () => {
  const file = (path: string, imports: string[], extra: Partial<SourceFile> = {}): SourceFile => ({
    path,
    lines: 10,
    imports,
    packages: [],
    functions: [],
    ...extra,
  })
  const files = [
    file('packages/sdk/src/a.ts', ['packages/sdk/src/b.ts']),
    file('packages/sdk/src/b.ts', ['packages/sdk/src/a.ts'], { packages: ['simulator'] }),
    file('packages/sdk/src/c.ts', [], { lines: 301, functions: [{ name: 'long', lines: 61 }] }),
  ]
  assert.deepEqual(cycles(files), [['packages/sdk/src/a.ts', 'packages/sdk/src/b.ts']])
  assert.deepEqual(violations(files), [
    'packages/sdk/src/b.ts: imports @wxpay/simulator; sdk may import no other package',
    'packages/sdk/src/c.ts: 301 lines (limit 300)',
    'packages/sdk/src/c.ts: function long is 61 lines (limit 60)',
    'import cycle: packages/sdk/src/a.ts → packages/sdk/src/b.ts → packages/sdk/src/a.ts',
  ])
})

it('measures the real tree: every package has sources, and the SDK imports no other package', () => {
  const files = sourceFiles()
  for (const name of ['sdk', 'simulator', 'cli']) {
    assert.ok(
      files.some((file) => file.path.startsWith(`packages/${name}/src/`)),
      name,
    )
  }
  assert.deepEqual(
    files.filter((file) => file.path.startsWith('packages/sdk/') && file.packages.some((p) => p !== 'sdk')),
    [],
  )
})

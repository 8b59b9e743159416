// The refusal table: every entry inferred with its source section, used by a handler, and listed in
// the README's "Where the simulator guesses" exactly as `npm run docs` renders it.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { it } from 'node:test'
import { refusals } from '@wxpay/simulator'
import { renderGuesses } from '../../../scripts/simulator-guesses.js'

const source = (dir: URL): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory()
        ? source(new URL(`${entry.name}/`, dir))
        : entry.name === 'refusals.ts'
          ? ''
          : readFileSync(new URL(entry.name, dir), 'utf8'),
    )
    .join('\n')

it('every refusal is marked inferred, cites its section, and is used by the simulator', () => {
  const code = source(new URL('../src/', import.meta.url))
  for (const [name, refusal] of Object.entries(refusals)) {
    assert.equal(refusal.inferred, true, name)
    assert.match(refusal.spec, /§\d/, name)
    assert.match(refusal.rule, /^[^:]+: .+/, `${name} names the rule in Chinese, then in English`)
    assert.ok(code.includes(`'${name}'`), `${name} is refused somewhere`)
  }
})

it("the README's table of guesses is the one npm run docs renders", () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  assert.ok(readme.includes(renderGuesses()), 'run npm run docs')
})

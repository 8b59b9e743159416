// docs/reliability.md: the Simulator and SDK sections, and the generated figures between their
// markers, which `npm run reliability` rewrites without touching the rest.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { DOC, END, render, rewrite, START } from '../scripts/reliability.js'

describe('docs/reliability.md', () => {
  const text = readFileSync(DOC, 'utf8')

  it('has a Simulator and an SDK section, and the generated figures inside the Simulator one', () => {
    const headings = text.split('\n').filter((line) => line.startsWith('## '))
    assert.deepEqual(headings, ['## Simulator', '## SDK'])
    const [simulator] = text.split('\n## SDK\n')
    assert.ok(simulator.includes(START) && simulator.includes(END))
    assert.match(simulator, /### Malformed HTTP \(seed \d+\)/)
  })

  it('rewrite() replaces the figures only', () => {
    const figures = render(
      [
        {
          part: 'delivery',
          seed: 1,
          notifications: 2,
          attempts: 3,
          failures: { reset: 1 },
          acknowledged: 2,
          givenUp: 0,
          maxAttempts: 2,
          ms: 5,
        },
      ],
      new Date(0),
      9,
    )
    const next = rewrite(text, figures)
    assert.equal(next.slice(0, next.indexOf(START)), text.slice(0, text.indexOf(START)))
    assert.equal(next.slice(next.indexOf(END)), text.slice(text.indexOf(END)))
    assert.match(next, /### Delivery to a webhook failing half the time \(seed 1\)/)
    assert.match(next, /the whole suite took 9 s/)
  })
})

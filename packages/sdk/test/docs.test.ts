import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { it } from 'node:test'
import { renderEndpointTable } from '../../../scripts/endpoint-table.js'

it('the README endpoint table is the one generated from the catalog (run `npm run docs` to refresh it)', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  assert.ok(readme.includes(renderEndpointTable()))
})

// Bodies and parameters generated from each endpoint's own schema (values within the documented
// bounds, the documented cross-field rules made to hold) are never refused, for all 48 endpoints.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type EndpointDefinition, endpoints, validate, validateParams } from '@wxpay/sdk/protocol'
import fc from 'fast-check'
import { arbitraryFor, bodyFor, documentedRules, repairs } from './helpers/arbitrary.js'

const catalog = Object.entries(endpoints as Record<string, EndpointDefinition>)

describe('generated from the catalog, never refused', () => {
  it('every documented cross-field rule has a repair, so that the generator can satisfy it', () => {
    const rules = catalog.flatMap(([, endpoint]) => documentedRules(endpoint.request)).map((rule) => rule.doc)
    assert.deepEqual(
      [...new Set(rules)].filter((doc) => !(doc in repairs)),
      [],
    )
  })

  for (const [key, endpoint] of catalog) {
    it(key, () => {
      fc.assert(
        fc.property(
          endpoint.request ? bodyFor(endpoint.request) : fc.constant(undefined),
          endpoint.params ? arbitraryFor(endpoint.params) : fc.constant({}),
          (body, params) => {
            if (endpoint.request) assert.deepEqual(validate(endpoint.request, body), [])
            const given = params as Record<string, unknown>
            assert.deepEqual(validateParams(endpoint, given), [])
            // As a URL carries them: strings.
            const texts = Object.fromEntries(Object.entries(given).map(([name, value]) => [name, String(value)]))
            assert.deepEqual(validateParams(endpoint, texts), [])
          },
        ),
        { numRuns: 60 },
      )
    })
  }

  it('the generator is not vacuous: a body without its required fields is refused', () => {
    const request = endpoints['POST /v3/papay/insurance-pay/transactions/apply'].request
    fc.assert(
      fc.property(bodyFor(request), (body) => {
        const { appid: _, ...rest } = body as Record<string, unknown>
        assert.deepEqual(
          validate(request, rest).map((issue) => issue.field),
          ['/appid'],
        )
      }),
      { numRuns: 20 },
    )
  })
})

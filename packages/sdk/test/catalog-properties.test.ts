// Bodies and parameters generated from each endpoint's own schema (values within the documented
// bounds, the documented cross-field rules made to hold) are never refused, for all 48 endpoints.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type EndpointDefinition, endpoints, type Schema, validate, validateParams } from '@wxpay/sdk/protocol'
import fc from 'fast-check'
import { arbitraryFor, repairs } from './helpers/arbitrary.js'

type Rule = NonNullable<Extract<Schema, { kind: 'object' }>['rules']>[number]

/** The documented (sourced) rules of an object schema, in the order the schema runs them. */
const documentedRules = (schema: Schema | undefined): Rule[] =>
  schema?.kind === 'object' ? (schema.rules ?? []).filter((rule) => rule.source !== undefined) : []

/** A body for the endpoint: generated, then each documented rule repaired in turn. */
function bodyFor(request: Schema): fc.Arbitrary<unknown> {
  return fc.tuple(arbitraryFor(request), fc.nat()).map(([body, seed]) => {
    for (const rule of documentedRules(request)) repairs[rule.doc](body as Record<string, any>, seed)
    return body
  })
}

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

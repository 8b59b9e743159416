// The OpenAPI 3.1 export (packages/sdk/openapi.json, generated from the catalog by `npm run docs`):
// valid for a maintained validator, complete, and shipped as `@wxpay/sdk/openapi.json`.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { it } from 'node:test'
import { validate } from '@readme/openapi-parser'
import { endpoints, events } from '@wxpay/sdk/protocol'

const require = createRequire(import.meta.url)
const document = require('@wxpay/sdk/openapi.json')

it('is a valid OpenAPI 3.1 document', async () => {
  const result = await validate(structuredClone(document))
  assert.equal(result.valid, true, JSON.stringify((result as { errors?: unknown }).errors, null, 2))
  assert.equal(document.openapi, '3.1.0')
})

it('has every catalog endpoint as an operation and every callback as a webhook', () => {
  const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  )
  assert.deepEqual(operations.sort(), Object.keys(endpoints).sort())
  assert.equal(operations.length, 48)
  assert.deepEqual(Object.keys(document.webhooks).sort(), Object.keys(events).sort())
})

it('types amounts and ids that are numbers as integers, and keeps required lists, enums and the Wechatpay-Serial header', () => {
  const s1 = document.paths['/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'].post
  const body = s1.requestBody.content['application/json'].schema
  assert.equal(body.properties.plan_id.type, 'integer')
  assert.equal(body.properties.policy_periods.items.properties.estimated_deduct_amount.properties.total.type, 'integer')
  assert.ok(body.required.includes('out_contract_code') && !body.required.includes('amount'))
  // A closed enum from the YAML is an enum; an open one (values the sources show) only examples.
  assert.deepEqual(body.properties.real_identity.properties.identity_type.enum, ['ID_CARD'])
  assert.deepEqual(body.properties.amount.properties.currency, {
    description: body.properties.amount.properties.currency.description,
    type: 'string',
    examples: ['CNY'],
  })
  assert.deepEqual(s1.parameters, [{ $ref: '#/components/parameters/WechatpaySerial' }])
  const query =
    document.paths['/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'].get
  assert.deepEqual(
    query.parameters.map((parameter: { name: string; in: string }) => `${parameter.in}:${parameter.name}`),
    ['path:plan_id', 'path:out_contract_code', 'query:sub_mchid'],
  )
  const renew =
    document.paths['/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew'].post
  assert.deepEqual(Object.keys(renew.responses).sort(), ['204', 'default'])
})

it('writes documented bounds as JSON Schema and inferred ones apart, so no tool refuses what WeChat Pay accepts', () => {
  const s1 = document.paths['/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'].post
  const body = s1.requestBody.content['application/json'].schema
  assert.equal(body.properties.out_contract_code.maxLength, 32)
  assert.equal(body.properties.combined_deduct_period_count.minimum, undefined)
  assert.deepEqual(body.properties.combined_deduct_period_count['x-wxpay-inferred'], { minimum: 2, maximum: 3 })
})

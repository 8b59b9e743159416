// The OpenAPI 3.1 description of the catalog: every endpoint (paths, methods, parameters, bodies,
// 200/204 answers, the Wechatpay-Serial header) and every callback as `webhooks`. Bounds the sources
// document are JSON Schema keywords; inferred ones stay as `x-wxpay-inferred` (they only warn).
import {
  type EndpointDefinition,
  endpoints,
  events,
  type ObjectSchema,
  products,
  type Schema,
} from '@wxpay/sdk/protocol'
import { endpointTypeName } from './catalog-names.js'

export const OPENAPI_PATH = 'packages/sdk/openapi.json'
type Json = Record<string, unknown>

/** A catalog schema as JSON Schema (2020-12, as OpenAPI 3.1 takes it). */
export function jsonSchema(schema: Schema): Json {
  const out: Json = schema.doc ? { description: schema.doc } : {}
  const bounds: Json = {}
  switch (schema.kind) {
    case 'string':
      out.type = 'string'
      if (schema.minLength !== undefined) bounds.minLength = schema.minLength
      if (schema.maxLength !== undefined) bounds.maxLength = schema.maxLength
      if (schema.pattern) bounds.pattern = schema.pattern.source
      if (schema.format === 'date') out.format = 'date'
      if (schema.format === 'datetime') out.format = 'date-time'
      if (schema.format === 'notify-url') out.format = 'uri'
      if (schema.enum) Object.assign(out, schema.open ? { examples: [...schema.enum] } : { enum: [...schema.enum] })
      if (schema.encrypted) out['x-wxpay-encrypted'] = 'RSA-OAEP (SHA-1) under the key Wechatpay-Serial names, Base64'
      if (schema.personal) out['x-wxpay-personal'] = true
      break
    case 'int':
      out.type = 'integer'
      if (schema.min !== undefined) bounds.minimum = schema.min
      if (schema.max !== undefined) bounds.maximum = schema.max
      if (schema.fen) out['x-wxpay-unit'] = 'fen (分): 1 CNY is 100'
      break
    case 'boolean':
      out.type = 'boolean'
      break
    case 'json':
      break
    case 'array':
      out.type = 'array'
      out.items = jsonSchema(schema.items)
      if (schema.minItems !== undefined) bounds.minItems = schema.minItems
      if (schema.maxItems !== undefined) bounds.maxItems = schema.maxItems
      break
    case 'object':
      Object.assign(out, objectSchema(schema))
      break
  }
  if (Object.keys(bounds).length > 0) {
    if (schema.source) Object.assign(out, bounds, { 'x-wxpay-source': schema.source })
    else out['x-wxpay-inferred'] = bounds
  }
  if (schema.deviation) out['x-wxpay-deviation'] = schema.deviation
  return out
}

function objectSchema(schema: ObjectSchema): Json {
  const properties: Json = {}
  const required: string[] = []
  for (const [name, declared] of Object.entries(schema.fields)) {
    const optional = declared.kind === 'optional'
    properties[name] = jsonSchema(optional ? declared.inner : declared)
    if (!optional) required.push(name)
  }
  const rules = (schema.rules ?? []).map((rule) => ({
    rule: rule.doc,
    ...(rule.source ? { source: rule.source } : { inferred: true }),
  }))
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(rules.length > 0 ? { 'x-wxpay-rules': rules } : {}),
  }
}

function parameters(endpoint: EndpointDefinition): Json[] {
  const list: Json[] = []
  for (const [name, declared] of Object.entries((endpoint.params?.fields ?? {}) as Record<string, any>)) {
    const optional = declared.kind === 'optional'
    const inPath = endpoint.path.includes(`{${name}}`)
    const schema = jsonSchema(optional ? declared.inner : declared)
    const { description, ...rest } = schema
    list.push({ name, in: inPath ? 'path' : 'query', required: inPath || !optional, description, schema: rest })
  }
  if (endpoint.requiresWechatpaySerial) list.push({ $ref: '#/components/parameters/WechatpaySerial' })
  return list
}

function operation(key: string, endpoint: EndpointDefinition, tag: string): Json {
  const responses: Json = endpoint.response
    ? {
        '200': {
          description: 'OK, signed by WeChat Pay',
          content: { 'application/json': { schema: jsonSchema(endpoint.response) } },
        },
      }
    : { '204': { description: 'No Content, signed by WeChat Pay' } }
  responses.default = { $ref: '#/components/responses/Error' }
  return {
    operationId: endpointTypeName(key),
    summary: endpoint.title,
    description: [
      `Caller: ${endpoint.role}. Spec ${endpoint.spec}.`,
      endpoint.docs ? `Official page: ${endpoint.docs}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    tags: [tag],
    ...(endpoint.docs ? { externalDocs: { url: endpoint.docs } } : {}),
    parameters: parameters(endpoint),
    ...(endpoint.request
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.request) } } } }
      : {}),
    responses,
  }
}

function webhooks(): Json {
  const hooks: Json = {}
  for (const [type, event] of Object.entries(events)) {
    hooks[type] = {
      post: {
        summary: `${type} — ${event.summary}`,
        description: `${event.doc ?? ''} The body is the notification envelope; resource.ciphertext decrypts (AEAD_AES_256_GCM, APIv3 key) to x-wxpay-resource.`,
        parameters: [{ $ref: '#/components/parameters/WechatpaySerial' }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NotificationEnvelope' } } },
        },
        'x-wxpay-resource': jsonSchema(event.resource as Schema),
        responses: {
          '200': { description: 'handled: {"code":"SUCCESS"}' },
          '204': { description: 'handled, no body' },
          default: { description: 'not handled: WeChat Pay retries on its schedule' },
        },
      },
    }
  }
  return hooks
}

export const components = {
  parameters: {
    WechatpaySerial: {
      name: 'Wechatpay-Serial',
      in: 'header',
      required: true,
      description:
        'The WeChat Pay public key id (PUB_KEY_ID_…) or platform certificate serial of the key that encrypted the sensitive fields; on responses and notifications, the key that signed.',
      schema: { type: 'string' },
    },
  },
  responses: {
    Error: {
      description: 'A WeChat Pay error (4xx/5xx), signed when WeChat Pay can sign it',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    },
  },
  schemas: {
    Error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'e.g. PARAM_ERROR, SIGN_ERROR, SYSTEM_ERROR' },
        message: { type: 'string' },
        detail: {
          type: 'object',
          properties: { field: { type: 'string' }, value: {}, issue: { type: 'string' }, location: { type: 'string' } },
        },
      },
    },
    NotificationEnvelope: {
      type: 'object',
      description:
        'The body WeChat Pay posts to a notify URL (spec §1.8): verified over its raw bytes, then decrypted.',
      required: ['id', 'create_time', 'event_type', 'resource_type', 'summary', 'resource'],
      properties: {
        id: { type: 'string', description: 'the notification id, e.g. EV-2018022511223320873: the de-duplication key' },
        create_time: { type: 'string', description: 'when it was created, RFC 3339' },
        event_type: { type: 'string', description: 'what happened, e.g. ENTRUST.SIGN' },
        resource_type: { type: 'string', const: 'encrypt-resource', description: 'encrypt-resource' },
        summary: { type: 'string', description: 'the event in Chinese, e.g. 委托代扣签约通知' },
        resource: {
          type: 'object',
          description: 'the encrypted resource',
          required: ['algorithm', 'ciphertext', 'nonce'],
          properties: {
            algorithm: { type: 'string', const: 'AEAD_AES_256_GCM', description: 'AEAD_AES_256_GCM' },
            ciphertext: {
              type: 'string',
              description: 'Base64: the resource, AES-256-GCM under the APIv3 key, tag last',
            },
            nonce: { type: 'string', description: 'the 12-byte nonce, as text' },
            associated_data: { type: 'string', description: 'the associated data, as text; may be empty' },
            original_type: { type: 'string', description: 'the kind of resource, e.g. entrust, transaction' },
          },
        },
      },
    },
  },
  securitySchemes: {
    WechatPay2: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description:
        'WECHATPAY2-SHA256-RSA2048 mchid,nonce_str,signature,timestamp,serial_no: SHA256withRSA over METHOD\\nURL\\nTIMESTAMP\\nNONCE\\nBODY\\n with the merchant key',
    },
  },
}

/** The whole document. */
export function renderOpenApi(version: string): Json {
  const paths: Record<string, Json> = {}
  for (const product of products) {
    for (const [key, endpoint] of Object.entries(product.endpoints) as [string, EndpointDefinition][]) {
      paths[endpoint.path] ??= {}
      paths[endpoint.path][endpoint.method.toLowerCase()] = operation(key, endpoint, product.name)
    }
  }
  if (Object.keys(paths).length === 0 || Object.keys(endpoints).length === 0) throw new Error('the catalog is empty')
  return {
    openapi: '3.1.0',
    info: {
      title: 'WeChat Pay APIv3: contract signing and entrusted deduction (wxpay catalog)',
      version,
      description:
        'Generated from the @wxpay/sdk catalog. Every response is signed by WeChat Pay (Wechatpay-* headers).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: 'https://api.mch.weixin.qq.com' },
      { url: 'https://api2.mch.weixin.qq.com', description: 'backup' },
    ],
    security: [{ WechatPay2: [] }],
    tags: products.map((product) => ({ name: product.name })),
    paths,
    webhooks: webhooks(),
    components,
  }
}

// A realistic decrypted resource for any event type of the catalog, for `wxpay notify send`: built
// from the event's resource schema (spec §6), its required fields and the optional ones a direct
// merchant's notification carries, each valued by its name and kind. Never a real person's data.
import { randomInt } from 'node:crypto'
import { beijingTime, events, type Schema } from '@wxpay/sdk/protocol'

type Field = Schema | { kind: 'optional'; inner: Schema }

export interface ExampleContext {
  eventType: string
  mchid: string
  appid: string
  /** Epoch ms: the times of the resource. */
  now: number
}

/** The optional fields kept: a direct merchant's, and the termination of a TERMINATE event. */
const KEPT = new Set([
  'mchid',
  'appid',
  'openid',
  'payer',
  'success_time',
  'bank_type',
  'payer_total',
  'currency',
  'payer_currency',
  'trade_state_desc',
  'contract_id',
  'contract_state',
  'contract_signed_time',
  'contract_display_account',
])
const TERMINATION = new Set(['contract_terminate_info', 'contract_terminated_time', 'contract_termination_remark'])

const YEAR_MS = 365 * 86_400_000
const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('')

const NAMED: Record<string, (context: ExampleContext) => string> = {
  mchid: (context) => context.mchid,
  sp_mchid: (context) => context.mchid,
  sub_mchid: () => '1900000109',
  appid: (context) => context.appid,
  sp_appid: (context) => context.appid,
  sub_appid: () => 'wx8888888888888888',
  openid: () => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  sp_openid: () => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  sub_openid: () => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  contract_id: (context) => `${new Date(context.now).getUTCFullYear()}${digits(14)}`,
  out_contract_code: () => `WXPAYTEST${digits(12)}`,
  out_trade_no: () => `WXPAYTRADE${digits(12)}`,
  transaction_id: () => `4200${digits(24)}`,
  insured_display_name: () => '*明',
  contract_display_account: () => '张三',
  out_user_code: () => 'user0001',
  trade_state: (context) => (context.eventType.endsWith('FAIL') ? 'FAIL' : 'SUCCESS'),
  trade_state_desc: (context) => (context.eventType.endsWith('FAIL') ? '余额不足' : '支付成功'),
  trade_state_description: () => '余额不足',
  contract_termination_remark: () => '用户解约',
  bank_type: () => 'OTHERS',
  description: () => '会员月费',
}

function pickEnum(name: string, values: readonly string[], context: ExampleContext): string {
  if (name === 'contract_state') {
    const wanted = context.eventType.endsWith('TERMINATE') ? 'TERMINATED' : 'SIGNED'
    if (values.includes(wanted)) return wanted
  }
  return values[0]
}

function stringValue(name: string, schema: Extract<Schema, { kind: 'string' }>, context: ExampleContext): string {
  if (schema.enum?.length) return pickEnum(name, schema.enum, context)
  if (schema.format === 'date') return beijingTime(context.now).slice(0, 10)
  if (schema.format === 'datetime') return beijingTime(context.now + (name === 'contract_expired_time' ? YEAR_MS : 0))
  return NAMED[name]?.(context) ?? name
}

function intValue(name: string, schema: Extract<Schema, { kind: 'int' }>): number {
  if (schema.fen) return 1000
  if (name === 'plan_id') return 12535
  if (name === 'service_id') return 500001
  return schema.min ?? 1
}

function kept(name: string, context: ExampleContext): boolean {
  return KEPT.has(name) || (TERMINATION.has(name) && context.eventType.endsWith('TERMINATE'))
}

/** An example value of `schema` for the field `name`. */
export function exampleValue(schema: Schema, name: string, context: ExampleContext): unknown {
  switch (schema.kind) {
    case 'string':
      return stringValue(name, schema, context)
    case 'int':
      return intValue(name, schema)
    case 'boolean':
      return false
    case 'json':
      return {}
    case 'array':
      return [exampleValue(schema.items, name, context)]
    case 'object': {
      const entries = Object.entries(schema.fields as Record<string, Field>).flatMap(([key, field]) => {
        if (field.kind !== 'optional') return [[key, exampleValue(field, key, context)]]
        return kept(key, context) ? [[key, exampleValue(field.inner, key, context)]] : []
      })
      return Object.fromEntries(entries)
    }
  }
}

/** The event types of the catalog. */
export const eventTypes = (): string[] => Object.keys(events)

/** A resource for `context.eventType`, or undefined when the catalog does not know the event. */
export function exampleResource(context: ExampleContext): Record<string, unknown> | undefined {
  const event = (events as Record<string, { resource: Schema }>)[context.eventType]
  return event && (exampleValue(event.resource, '', context) as Record<string, unknown>)
}

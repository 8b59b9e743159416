// Example values for the pages' calls: readable, deterministic, and valid — each example body passes
// the catalog's validation without an error or a warning, or the generator stops. Values are chosen
// by field name; the dates fit a simulator clock set to 2026-12-01 10:00 Beijing time (a period due
// the next day can be scheduled that day and deducted the day after).
import { type ObjectSchema, type Schema, validateWithWarnings } from '@wxpay/sdk/protocol'
import { example as minimalExample } from '../catalog-calls.js'

/** Source code standing for a value in a snippet (`contract_id`, `sim.merchant.mchid`). */
export class Code {
  constructor(readonly source: string) {}
}

export const TODAY = '2026-12-01'
export const NOTIFY_URL = 'https://merchant.example.com/wxpay/notify'

const SAMPLES: Record<string, unknown> = {
  appid: 'wxd678efh567hg6787',
  sp_appid: 'wx8888888888888888',
  sub_appid: 'wxd678efh567hg6999',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  sub_openid: 'oXYZ8uMuAJO_M2pxb1Q9zNjWeS7p',
  mchid: '1900000001',
  sp_mchid: '1900000001',
  sub_mchid: '1900000109',
  plan_id: 12535,
  service_id: 500001,
  contract_id: '1000005698202612010123456789',
  out_contract_code: 'C20261201001',
  out_trade_no: 'T20261201001',
  out_user_code: 'U10001',
  contract_display_account: '张三',
  insured_display_name: '**明',
  description: '月度会员',
  contract_termination_remark: '用户要求解约',
  prepay_id: 'wx201410272009395522657a690389285100',
  harmony_account_id: 'H0001',
  policy_start_date: TODAY,
  policy_end_date: '2027-11-30',
  estimated_deduct_date: '2026-12-02',
  device_os: 'iOS 18',
  device_id: 'D1',
  device_ip: '127.0.0.1',
  device_running_as_root: false,
  weixin_installed: true,
  weixin_version: '8.0.50',
  sign_scene: 'SIGN_SCENE_APP',
  device_type: 'DEVICE_TYPE_PHONE',
  days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS',
  policy_period_id: 1,
}

interface Options {
  /** The URL for every notify-url field. */
  notifyUrl?: string
  /** Values that replace the samples, by field name. */
  values?: Record<string, unknown>
}

function stringSample(schema: Schema & { kind: 'string' }, name: string, options: Options): unknown {
  if (schema.format === 'notify-url') return options.notifyUrl ?? NOTIFY_URL
  if (schema.enum) return schema.enum[0]
  throw new Error(`no example for the string field ${name}: add one to scripts/site/examples.ts`)
}

function sample(schema: Schema, name: string, options: Options): unknown {
  if (options.values && name in options.values) return options.values[name]
  if (name in SAMPLES) return SAMPLES[name]
  if (schema.kind === 'string') return stringSample(schema, name, options)
  if (schema.kind === 'int' && schema.fen) return 1000
  if (schema.kind === 'array') return [sample(schema.items, name, options)]
  if (schema.kind === 'object') return objectSample(schema, new Set(), options)
  // Other integers, booleans, any JSON: as the compiled calls take them.
  return minimalExample(schema)
}

function objectSample(schema: ObjectSchema, optional: Set<string>, options: Options): Record<string, unknown> {
  const entries = Object.entries(schema.fields as Record<string, any>).flatMap(([name, declared]) => {
    if (declared.kind !== 'optional') return [[name, sample(declared, name, options)]]
    return optional.has(name) ? [[name, sample(declared.inner, name, options)]] : []
  })
  return Object.fromEntries(entries)
}

export interface ExampleOptions extends Options {
  /** Optional fields to give. */
  include?: string[]
  /** Optional fields to leave out even where a rule warns (a papay contract without deduct_schedule). */
  omit?: string[]
}

/**
 * An example of a body or parameters: the required fields, and the optional ones `include` names or
 * a rule asks for (a field named by a finding is added, then the body is checked again).
 */
export function example(schema: ObjectSchema, options: ExampleOptions = {}): Record<string, unknown> {
  const optional = new Set(options.include ?? [])
  const omitted = (finding: { field: string }) => options.omit?.includes(finding.field.split('/')[1]) === true
  for (let round = 0; round < 4; round++) {
    const value = objectSample(schema, optional, options)
    const checked = Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]))
    const { issues, warnings } = validateWithWarnings(schema, checked)
    const findings = [...issues, ...warnings.filter((warning) => !omitted(warning))]
    if (findings.length === 0) return value
    const named = findings.map((finding) => finding.field.split('/')[1]).filter((name) => !optional.has(name))
    if (named.length === 0) throw new Error(`example invalid: ${JSON.stringify(findings)}`)
    for (const name of named) optional.add(name)
  }
  throw new Error('no valid example after four rounds')
}

/** A value with its `Code` parts replaced by a placeholder of the right type, for validation. */
function plain(value: unknown): unknown {
  if (value instanceof Code) return SAMPLES.contract_id
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  return value
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name))

/** A value as TypeScript source, objects one field a line. */
export function source(value: unknown, indent = ''): string {
  if (value instanceof Code) return value.source
  if (typeof value === 'string') return quote(value)
  if (Array.isArray(value)) {
    const items = value.map((item) => source(item, indent))
    return items.some((item) => item.includes('\n')) || items.join(', ').length > 60
      ? `[\n${value.map((item) => `${indent}  ${source(item, `${indent}  `)},`).join('\n')}\n${indent}]`
      : `[${items.join(', ')}]`
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const member = ([name, field]: [string, unknown], inner: string) =>
      field instanceof Code && field.source === name ? name : `${key(name)}: ${source(field, inner)}`
    const inline = `{ ${entries.map((entry) => member(entry, indent)).join(', ')} }`
    if (!inline.includes('\n') && inline.length <= 60) return inline
    return `{\n${entries.map((entry) => `${indent}  ${member(entry, `${indent}  `)},`).join('\n')}\n${indent}}`
  }
  return String(value)
}

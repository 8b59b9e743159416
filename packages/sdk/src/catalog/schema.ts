// A small schema language for the endpoint catalog. One definition gives the TypeScript type
// (Infer), the SDK's validation before sending (validate.ts) and the simulator's PARAM_ERROR checks.
import { pointerToken } from './json.js'

export interface Issue {
  /** JSON pointer into the body (`/policy_periods/0/policy_period_id`), or the parameter name. */
  field: string
  /** The offending value; omitted for encrypted fields, whose plaintext is personal data. */
  value?: unknown
  /** What is wrong, in one line. */
  issue: string
  /** How to fix it, in one line. */
  fix: string
}

/**
 * What every schema may say of itself. `source` decides how a broken bound is treated: a length,
 * range, item count or pattern that cites where WeChat Pay documents it refuses the request; one
 * without a source was inferred, and only warns (design.md: never refuse what WeChat Pay accepts).
 */
export interface Documented {
  /** One line for hover docs, the OpenAPI export and the docs site: what it is, its unit and format. */
  readonly doc?: string
  /** Where this field's bounds are documented: a dossier section and page, e.g. `§2.3 [PAY create-transaction]`. */
  readonly source?: string
  /** How this field departs from the upstream YAML (required-ness or type), and the page that says so. */
  readonly deviation?: string
}

export interface StringSchema<T extends string = string> extends Documented {
  readonly kind: 'string'
  readonly maxLength?: number
  readonly minLength?: number
  readonly pattern?: RegExp
  /** Said in the error when `pattern` does not match, e.g. "digits and letters only". */
  readonly patternHint?: string
  readonly format?: 'date' | 'datetime' | 'notify-url'
  readonly enum?: readonly T[]
  /**
   * The enum lists the values the sources show, not a closed list WeChat Pay documents: another value
   * warns instead of refusing (e.g. `currency`, of which the pages give only the example `CNY`).
   */
  readonly open?: boolean
  /** Sent as RSA-OAEP ciphertext under a WeChat Pay key named by `Wechatpay-Serial`. */
  readonly encrypted?: boolean
  /** Identifies a person (an openid, a name, an id number): masked wherever the tools print it. */
  readonly personal?: boolean
  readonly _type?: T
}
export interface IntSchema extends Documented {
  readonly kind: 'int'
  readonly min?: number
  readonly max?: number
  /** An amount in fen (分): 1 CNY is 100. */
  readonly fen?: boolean
}
export interface BooleanSchema extends Documented {
  readonly kind: 'boolean'
}
/** Any JSON value: for fields the sources leave open. */
export interface JsonSchema extends Documented {
  readonly kind: 'json'
}
export interface ArraySchema<I extends Schema = Schema> extends Documented {
  readonly kind: 'array'
  readonly items: I
  readonly minItems?: number
  readonly maxItems?: number
}
export type Fields = Record<string, Schema | OptionalSchema<Schema>>
/**
 * A cross-field rule; it runs once the fields themselves are valid. With a `source` its findings
 * refuse the request; without one they are warnings.
 */
export interface ObjectRule {
  /** What the rule requires, in one line (for the docs). */
  readonly doc: string
  readonly source?: string
  readonly check: (value: Record<string, any>, pointer: string, issues: Issue[]) => void
}
export interface ObjectSchema<F extends Fields = Fields> extends Documented {
  readonly kind: 'object'
  readonly fields: F
  readonly rules?: readonly ObjectRule[]
}
export interface OptionalSchema<S extends Schema = Schema> {
  readonly kind: 'optional'
  readonly inner: S
}
export type Schema = StringSchema<any> | IntSchema | BooleanSchema | JsonSchema | ArraySchema<any> | ObjectSchema<any>

type Simplify<T> = { [K in keyof T]: T[K] } & {}
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalSchema<any> ? never : K }[keyof F]
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>
type Unwrap<S> = S extends OptionalSchema<infer I> ? I : S

/** The TypeScript type a schema describes. */
export type Infer<S> =
  S extends StringSchema<infer T>
    ? T
    : S extends IntSchema
      ? number
      : S extends BooleanSchema
        ? boolean
        : S extends JsonSchema
          ? unknown
          : S extends ArraySchema<infer I>
            ? Infer<I>[]
            : S extends ObjectSchema<infer F>
              ? Simplify<
                  { [K in RequiredKeys<F>]: Infer<Unwrap<F[K]>> } & { [K in OptionalKeys<F>]?: Infer<Unwrap<F[K]>> }
                >
              : unknown

type StringOptions = Omit<StringSchema, 'kind' | 'enum' | '_type'>
type ObjectOptions = Documented & { readonly rules?: readonly ObjectRule[] }

export const s = {
  string: (options: StringOptions = {}): StringSchema => ({ kind: 'string', ...options }),
  enum: <const T extends string>(values: readonly T[], options: StringOptions = {}): StringSchema<T> => ({
    kind: 'string',
    enum: values,
    ...options,
  }),
  int: (options: Omit<IntSchema, 'kind'> = {}): IntSchema => ({ kind: 'int', ...options }),
  boolean: (options: Documented = {}): BooleanSchema => ({ kind: 'boolean', ...options }),
  json: (options: Documented = {}): JsonSchema => ({ kind: 'json', ...options }),
  array: <I extends Schema>(items: I, options: Omit<ArraySchema, 'kind' | 'items'> = {}): ArraySchema<I> => ({
    kind: 'array',
    items,
    ...options,
  }),
  object: <F extends Fields>(fields: F, options: ObjectOptions = {}): ObjectSchema<F> => ({
    kind: 'object',
    fields,
    ...options,
  }),
  optional: <S extends Schema>(inner: S): OptionalSchema<S> => ({ kind: 'optional', inner }),
  /** A cross-field rule: `source` where WeChat Pay documents it, or none for an inferred rule (a warning). */
  rule: (doc: string, check: ObjectRule['check'], source?: string): ObjectRule => ({ doc, check, source }),
}

/** The same schema with another doc line (shared shapes read differently in each place). */
export const described = <S extends Schema>(schema: S, doc: string): S => ({ ...schema, doc })

/** The catalog pointers (array items as `*`) of the string fields a predicate selects. */
export function pointersWhere(schema: Schema, wanted: (field: StringSchema) => boolean, pointer = ''): string[] {
  switch (schema.kind) {
    case 'string':
      return wanted(schema) ? [pointer] : []
    case 'array':
      return pointersWhere(schema.items, wanted, `${pointer}/*`)
    case 'object':
      return Object.entries(schema.fields as Fields).flatMap(([key, declared]) =>
        pointersWhere(
          declared.kind === 'optional' ? declared.inner : declared,
          wanted,
          `${pointer}/${pointerToken(key)}`,
        ),
      )
    default:
      return []
  }
}

/** JSON pointers of the fields marked `encrypted` in a schema (array items as `*`). */
export const encryptedPointers = (schema: Schema): string[] =>
  pointersWhere(schema, (field) => field.encrypted === true)

// What the catalog says of one endpoint. Simulator-only facts (sessions, contract state) sit under
// `simulator`, so that the SDK's own fields read as the API's.
import type { ObjectSchema } from '../schema.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
/** Who calls: a direct merchant (普通商户), a service provider (服务商) for a sub-merchant, or anyone. */
export type Role = 'merchant' | 'partner' | 'platform' | 'any'
/** The contract families the simulator keeps state for. */
export type ContractFamily = 'insurance' | 'scheduled-deduct-partner' | 'papay' | 'papay-partner' | 'password-exempt'
/**
 * What a pre-sign answers, by how the user is handed to WeChat Pay: a mini-program jump
 * (`pre_entrustweb_id`, `redirect_appid`, `redirect_path`), a URL to open (`redirect_url`), or the
 * password-exempt signing mini-program (`sign_mp_appid`, `sign_mp_path` and the echoed ids).
 */
export type Handoff = 'mini-program' | 'redirect-url' | 'sign-mini-program'

export interface SimulatorFacts {
  /** For pre-sign endpoints: how the session lives, what it answers and what it notifies on success. */
  readonly presign?: {
    readonly family: ContractFamily
    readonly sessionSeconds: number
    readonly notifyUrlField: 'contract_notify_url' | 'notify_url'
    readonly handoff: Handoff
  }
  /** For contract query and terminate endpoints. */
  readonly contract?: { readonly family: ContractFamily; readonly action: 'query' | 'terminate' }
}

export interface EndpointDefinition {
  readonly method: Method
  /** Path template, `{name}` for path parameters. */
  readonly path: string
  readonly title: string
  readonly role: Role
  /** Path and query parameters; a name that appears in `path` as `{name}` is a path parameter. */
  readonly params?: ObjectSchema<any>
  readonly request?: ObjectSchema<any>
  /** The 200 body; absent when the endpoint answers 204. */
  readonly response?: ObjectSchema<any>
  /** The API requires a `Wechatpay-Serial` request header even when no field is encrypted. */
  readonly requiresWechatpaySerial?: boolean
  readonly simulator?: SimulatorFacts
  readonly spec: string
  readonly docs?: string
}

export const define = <const E extends EndpointDefinition>(endpoint: E): E => endpoint

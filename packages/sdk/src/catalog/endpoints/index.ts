// The endpoint catalog: every endpoint defined once, in the file of its product. The chain's types,
// the SDK's validation, the simulator's routes and validation, and the endpoint table in the README
// all come from here. Facts cite ../shared/spec/papay-apiv3.md by section.
import { certificateEndpoints } from './certificates.js'
import type { EndpointDefinition } from './definition.js'
import { insuranceEndpoints } from './insurance.js'
import { papayEndpoints } from './papay.js'
import { passwordExemptEndpoints } from './password-exempt.js'
import { scheduledDeductEndpoints } from './scheduled-deduct.js'

export const endpoints = {
  ...insuranceEndpoints,
  ...scheduledDeductEndpoints,
  ...papayEndpoints,
  ...passwordExemptEndpoints,
  ...certificateEndpoints,
} as const satisfies Record<string, EndpointDefinition>

/**
 * The products of the family, in the order the docs present them, with their endpoints; `slug` names
 * the product's folder on the documentation site (docs/endpoints/<slug>/).
 */
export const products = [
  { name: '保险委托代扣 Insurance papay', slug: 'insurance', endpoints: insuranceEndpoints },
  {
    name: '预约扣费 Scheduled deduct (direct and partner)',
    slug: 'scheduled-deduct',
    endpoints: scheduledDeductEndpoints,
  },
  { name: '委托代扣 Papay: sign, query, terminate, deduct, notices', slug: 'papay', endpoints: papayEndpoints },
  { name: '免密支付 Password-exempt contracts', slug: 'password-exempt', endpoints: passwordExemptEndpoints },
  { name: '平台证书 Platform certificates', slug: 'certificates', endpoints: certificateEndpoints },
] as const

export type Endpoints = typeof endpoints
export type EndpointKey = keyof Endpoints
export type {
  ContractFamily,
  EndpointDefinition,
  Handoff,
  Method,
  Role,
  SimulatorFacts,
} from './definition.js'

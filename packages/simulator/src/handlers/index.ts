// What each endpoint does once its request is authenticated, valid and decrypted: one table from
// EndpointKey to handler. Pre-signs and contract calls come from the catalog's simulator facts; the
// money flow, by product, from insurance.ts, insurance-plan.ts, scheduled.ts and papay.ts.
import { beijingTime, type EndpointDefinition, type EndpointKey, encryptAesGcm, endpoints } from '@wxpay/sdk/protocol'
import { ApiError, notImplemented } from '../http.js'
import type { Merchant } from '../keys.js'
import type { World } from '../state/world.js'
import type { Call, Handler } from './call.js'
import { queryOrTerminate } from './contracts.js'
import { applyInsurance, listPeriods, queryPeriod, schedulePeriod } from './insurance.js'
import { modifyPlan, renewPlan } from './insurance-plan.js'
import { applyDeduction, failureNotice, preDeductionNotice } from './papay.js'
import { presign } from './presign.js'
import { querySchedule, scheduleDeduction } from './scheduled.js'

/** `GET /v3/certificates` (spec §1.4): each certificate encrypted with the merchant's APIv3 key. */
const certificates: Handler = ({ world, merchant }) => {
  const platform = world.platform
  if (platform.certificates.length === 0) {
    throw new ApiError(
      404,
      'RESOURCE_NOT_EXISTS',
      '无可用的平台证书: this merchant uses a WeChat Pay public key (PUB_KEY_ID_…) instead of platform certificates',
    )
  }
  const key = Buffer.from(merchant.apiV3Key, 'utf8')
  return {
    data: platform.certificates.map((certificate) => ({
      serial_no: certificate.id,
      effective_time: beijingTime(certificate.notBefore!.getTime()),
      expire_time: beijingTime(certificate.notAfter!.getTime()),
      encrypt_certificate: encryptAesGcm(certificate.pem, key, 'certificate'),
    })),
  }
}

const byProduct = {
  'GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': listPeriods,
  'POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': modifyPlan,
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': renewPlan,
  'POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule':
    schedulePeriod,
  'GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}':
    queryPeriod,
  'POST /v3/papay/insurance-pay/transactions/apply': applyInsurance,
  'POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule': scheduleDeduction('papay'),
  'GET /v3/papay/pay/schedules/contract-id/{contract_id}': querySchedule('papay'),
  'POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': scheduleDeduction('papay-partner'),
  'GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}': querySchedule('papay-partner'),
  'POST /v3/papay/pay/transactions/apply': applyDeduction('papay'),
  'POST /v3/papay/pay/partner/transactions/apply': applyDeduction('papay-partner'),
  'POST /v3/papay/pay/harmony/transactions/apply': applyDeduction('papay'),
  'POST /v3/papay/contracts/{contract_id}/notify': preDeductionNotice('papay'),
  'POST /v3/papay/contracts/{contract_id}/fail-notify': failureNotice('papay'),
  'POST /v3/partner-papay/contracts/{contract_id}/notify': preDeductionNotice('papay-partner'),
  'POST /v3/partner-papay/contracts/{contract_id}/fail-notify': failureNotice('papay-partner'),
  'GET /v3/certificates': certificates,
} satisfies Partial<Record<EndpointKey, Handler>>

/** Every endpoint of the catalog and its handler. */
export const handlers: Partial<Record<EndpointKey, Handler>> = {
  ...Object.fromEntries(
    (Object.entries(endpoints) as [EndpointKey, EndpointDefinition][]).flatMap(
      ([key, endpoint]): [string, Handler][] => {
        if (endpoint.simulator?.presign) return [[key, presign]]
        if (endpoint.simulator?.contract) return [[key, queryOrTerminate]]
        return []
      },
    ),
  ),
  ...byProduct,
}

/** Handles an authenticated, validated catalog request; returns the 200 body (undefined for 204). */
export function handle(
  world: World,
  endpoint: EndpointDefinition,
  merchant: Merchant,
  params: Record<string, string>,
  body: any,
): unknown {
  const handler = handlers[`${endpoint.method} ${endpoint.path}` as EndpointKey]
  if (!handler) notImplemented(endpoint)
  const call: Call = { world, endpoint, merchant, params, body }
  return handler(call)
}

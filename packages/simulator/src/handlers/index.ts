// What each endpoint does once its request is authenticated, valid and decrypted: chosen by the
// endpoint's catalog facts (a pre-sign, a contract call) or its path.
import { beijingTime, type EndpointDefinition, encryptAesGcm } from '@wxpay/sdk/protocol'
import { ApiError, notImplemented } from '../http.js'
import type { Merchant } from '../keys.js'
import type { World } from '../state/world.js'
import { queryOrTerminate } from './contracts.js'
import { presign } from './presign.js'

/** Handles an authenticated, validated catalog request; returns the 200 body. */
export function handle(
  world: World,
  endpoint: EndpointDefinition,
  merchant: Merchant,
  params: Record<string, string>,
  body: any,
): unknown {
  if (endpoint.simulator?.presign) return presign(world, endpoint, merchant, body)
  if (endpoint.simulator?.contract) return queryOrTerminate(world, endpoint, merchant, params, body)
  if (endpoint.path === '/v3/certificates') return certificates(world, merchant)
  notImplemented(endpoint)
}

/** `GET /v3/certificates` (spec §1.4): each certificate encrypted with the merchant's APIv3 key. */
function certificates(world: World, merchant: Merchant): unknown {
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

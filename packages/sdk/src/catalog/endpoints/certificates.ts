// Platform certificates (spec §1.4).
import { datetime } from '../fields.js'
import { s } from '../schema.js'
import { define } from './definition.js'

export const certificateEndpoints = {
  'GET /v3/certificates': define({
    method: 'GET',
    path: '/v3/certificates',
    title: '下载平台证书 (download platform certificates)',
    role: 'any',
    params: s.object({ algorithm_type: s.optional(s.enum(['RSA', 'SM2', 'ALL'] as const)) }),
    response: s.object({
      data: s.array(
        s.object({
          serial_no: s.string(),
          effective_time: datetime(),
          expire_time: datetime(),
          encrypt_certificate: s.object({
            algorithm: s.string(),
            nonce: s.string(),
            associated_data: s.string(),
            ciphertext: s.string(),
          }),
        }),
      ),
    }),
    spec: '§1.4',
  }),
} as const

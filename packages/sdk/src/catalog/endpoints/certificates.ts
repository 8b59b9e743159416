// Platform certificates (spec §1.4).
import { datetime } from '../fields.js'
import { s } from '../schema.js'
import { define } from './definition.js'

export const certificateEndpoints = {
  'GET /v3/certificates': define({
    method: 'GET',
    path: '/v3/certificates',
    title: '获取平台证书列表 (download the platform certificates)',
    role: 'any',
    params: s.object({
      algorithm_type: s.optional(
        s.enum(['SM2', 'RSA', 'ALL'] as const, { doc: 'which certificates: RSA (when omitted), SM2 or ALL' }),
      ),
    }),
    response: s.object({
      data: s.array(
        s.object({
          serial_no: s.optional(s.string({ doc: 'serial number of the certificate, hexadecimal' })),
          effective_time: s.optional(datetime('start of the validity, RFC 3339')),
          expire_time: s.optional(datetime('end of the validity, RFC 3339')),
          encrypt_certificate: s.optional(
            s.object(
              {
                algorithm: s.optional(s.string({ doc: 'the cipher: AEAD_AES_256_GCM' })),
                nonce: s.optional(s.string({ doc: 'the 12-character nonce of the cipher' })),
                associated_data: s.optional(s.string({ doc: 'the associated data of the cipher: "certificate"' })),
                ciphertext: s.optional(s.string({ doc: 'the PEM certificate encrypted with the APIv3 key, Base64' })),
              },
              { doc: 'the certificate, encrypted with the APIv3 key (AES-256-GCM)' },
            ),
          ),
        }),
        { doc: 'the certificates the merchant may trust now' },
      ),
    }),
    spec: '§1.4 #44',
    docs: 'https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml',
  }),
} as const

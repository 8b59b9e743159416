// The four seed endpoints' paths and the answers the fake WeChat Pay gives them (the seed pages' examples).
export const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
export const S2 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'
export const S3 = '/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'
export const S4 = '/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'

export const seedResponsesFor = (mchid: string): Record<string, object> => ({
  [S1]: {
    pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
    redirect_appid: 'wxbd687630cd02ce1d',
    redirect_path: 'pages/PwdExemptContract/index',
  },
  [S2]: { redirect_url: 'https://www.xxx.com?pre_entrust_id=wx12334' },
  [S3]: {
    pre_entrustweb_id: '5778aadY9nltAsZzXixCkFIGYnV2V',
    redirect_appid: 'wxbd687630cd02ce1d',
    redirect_path: 'pages/index',
  },
  [S4]: {
    pre_entrustweb_id: 'pe_1',
    mchid,
    service_id: 500001,
    out_contract_code: 'PE20261122001',
    sign_mp_appid: 'wxbd687630cd02ce1d',
    sign_mp_path: 'pages/PwdExemptContract/index',
  },
})

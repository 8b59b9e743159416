// Valid request bodies for the four seed endpoints (spec §4), for tests.
export const insuranceBody = (code = 'INS20261122001') => ({
  appid: 'wxd678efh567hg6787',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  plan_id: 12535,
  out_contract_code: code,
  insured_display_name: '**明',
  contract_notify_url: 'https://merchant.example.com/wxpay/contract',
  policy_start_date: '2026-12-01',
  policy_end_date: '2027-11-30',
  policy_periods: [
    {
      policy_period_id: 1,
      estimated_deduct_date: '2026-12-01',
      estimated_deduct_amount: { total: 1000, currency: 'CNY' as const },
    },
    {
      policy_period_id: 2,
      estimated_deduct_date: '2027-01-01',
      estimated_deduct_amount: { total: 1000, currency: 'CNY' as const },
    },
  ],
})

export const partnerBody = (code = 'SCH20261122001') => ({
  sp_appid: 'wx8888888888888888',
  sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  sub_mchid: '1900000109',
  plan_id: 8001,
  out_contract_code: code,
  contract_display_account: '张三的会员',
  contract_notify_url: 'https://merchant.example.com/wxpay/entrust',
  deduct_schedule: {
    estimated_deduct_date: '2026-12-20',
    estimated_deduct_amount: { total: 2500, currency: 'CNY' as const },
    description: '会员月费',
  },
})

export const passwordExemptBody = (code = 'PE20261122001') => ({
  appid: 'wxd678efh567hg6787',
  service_id: 500001,
  out_contract_code: code,
  notify_url: 'https://merchant.example.com/wxpay/password-exempt',
  contract_display_account: '张三',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
})

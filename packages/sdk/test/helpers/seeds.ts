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

// Valid request bodies for some of the other endpoints (spec §5), for tests.
/** A direct merchant's scheduled-deduct pre-sign: the partner seed's contract, for appid and openid. */
export const scheduledDeductBody = (code = 'SCD20261122001') => {
  const { sp_appid: _, sp_openid, sub_mchid: __, ...contract } = partnerBody(code)
  return { appid: 'wxd678efh567hg6787', openid: sp_openid, ...contract, plan_id: 12535 }
}

export const papaySignBody = (code = 'PAP20261122001') => ({
  sign_scene: 'SIGN_SCENE_APP' as const,
  appid: 'wxd678efh567hg6787',
  plan_id: 12535,
  out_contract_code: code,
  contract_display_account: '张三',
  contract_notify_url: 'https://merchant.example.com/wxpay/entrust',
  out_user_code: 'U1001',
  device_info: {
    device_type: 'DEVICE_TYPE_PHONE' as const,
    device_os: 'Android 14',
    device_id: 'd-8a1f',
    device_running_as_root: false,
    device_ip: '203.0.113.7',
    weixin_installed: true,
    weixin_version: '8.0.50',
    days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS' as const,
  },
})

/** A payment institution's (从业机构) password-exempt pre-sign. */
export const institutionBody = (code = 'QS20261122001') => ({
  appid: 'wxd678efh567hg6787',
  sub_appid: 'wx8888888888888888',
  sub_mchid: '1900000109',
  service_id: 500001,
  out_contract_code: code,
  notify_url: 'https://merchant.example.com/wxpay/password-exempt',
  contract_display_account: '张三',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
})

export const renewBody = () => ({
  appid: 'wxd678efh567hg6787',
  policy_periods: [
    { policy_period_id: 13, estimated_deduct_date: '2027-12-01', estimated_deduct_amount: { total: 1000 } },
    { policy_period_id: 14, estimated_deduct_date: '2028-01-01', estimated_deduct_amount: { total: 1000 } },
  ],
})

/** A deduction: insurance (with policy_period_id) or papay (without). */
export const applyBody = (tradeNo = 'T20261201001') => ({
  appid: 'wxd678efh567hg6787',
  out_trade_no: tradeNo,
  description: '第2期保费',
  transaction_notify_url: 'https://merchant.example.com/wxpay/pay',
  contract_id: '202612010000000000000000000000AB',
  amount: { total: 1000, currency: 'CNY' as const },
})

export const deductNotifyBody = () => ({
  mchid: '1900000109',
  appid: 'wxd678efh567hg6787',
  deduct_duration: { count: 2, unit: 'DAY' as const },
  estimated_amount: { amount: 2500, currency: 'CNY' as const },
})

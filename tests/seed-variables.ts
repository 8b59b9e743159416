// The seed pages' variables: S3's whole, and S1/S2's without the real-name identity (each caller adds
// it in its own form: plaintext for the client to encrypt, or already encrypted) and what they vary.
// Only plain data: the conformance suite imports it on every runtime.

/**
 * The variables of seed pages 000 and 001 (S1, S2): the values of seed page 002, which shows the same
 * call in PHP. Two differ, because WeChat Pay refuses them: the page sets `can_auto_insure` and
 * `can_auto_reinsure` both true (spec §4.1 rule 5), and `combined_deduct_period_count` to 1 (the API
 * takes 2 or 3, for a first multi-period deduction only; left out here).
 */
export function seedInsuranceVariables(code: string) {
  return {
    appid: 'wxd678efh567hg6787',
    openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
    plan_id: 12535,
    out_contract_code: code,
    insured_display_name: '*明',
    contract_notify_url: 'https://yourapp.com/notify',
    policy_start_date: '2019-11-22',
    policy_end_date: '2020-11-22',
    // Friction: the seed pages type `currency` as string; the catalog as 'CNY', hence `as const`.
    policy_periods: [
      {
        policy_period_id: 1,
        estimated_deduct_date: '2019-11-22',
        estimated_deduct_amount: { total: 1, currency: 'CNY' as const },
      },
    ],
    amount: { total: 1, currency: 'CNY' as const },
    out_trade_no: '1217752501201407033233368018',
    description: 'Image形象店-深圳腾大-QQ公仔',
    transaction_notify_url: 'https://www.qq.com/',
    can_auto_insure: true,
    can_auto_reinsure: false,
  }
}

/** Seed page 003 (S3). */
export function partnerVariables(code: string) {
  const deduct_schedule = {
    estimated_deduct_date: '2026-12-20',
    // Friction: `currency` again.
    estimated_deduct_amount: { total: 2500, currency: 'CNY' as const },
    description: '会员月费',
  }
  return {
    sp_appid: 'wx8888888888888888',
    sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    sub_mchid: '1900000109',
    sub_appid: 'wxd678efh567hg6787',
    sub_openid: 'oYobu0MVnQfWpSMOYJz2AHPG_gQw',
    plan_id: 8001,
    out_contract_code: code,
    contract_display_account: '张三的会员',
    contract_notify_url: 'https://yourapp.com/notify',
    out_user_code: 'U1001',
    deduct_schedule,
  }
}

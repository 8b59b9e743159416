// Decrypted resources of every callback of the family, as the sources show them (spec §6: the
// [JSW] plaintext examples and the [IM] field tables), one per event type and a few variants.
const openid = 'o-MYE42l80oelYMDE34nYD456Xoy'
const signed = {
  contract_id: '123124412412423431',
  plan_id: 12535,
  out_contract_code: 'wxwtdk20200910100000',
  contract_signed_time: '2020-09-10T13:29:35+08:00',
  contract_expired_time: '2021-09-10T13:29:35+08:00',
}
const terminated = {
  contract_state: 'TERMINATED',
  contract_terminate_info: {
    contract_termination_mode: 'USER_TERMINATE',
    contract_terminated_time: '2020-10-10T13:29:35+08:00',
    contract_termination_remark: '签约信息有误，须重新签约。',
  },
}
const insurance = {
  mchid: '1900000109',
  appid: 'wxd678efh567hg6787',
  openid,
  ...signed,
  insured_display_name: '*明',
  out_user_code: '用户A',
}
const paid = {
  appid: 'wxd678efh567hg6787',
  mchid: '1230000109',
  out_trade_no: '1217752501201407033233368018',
  transaction_id: '4200000000202009100000000001',
  trade_type: 'PAP',
  bank_type: 'CMC',
  attach: '自定义数据',
  payer: { openid },
}
const ecommerce = {
  mchid: '1230000109',
  out_contract_code: 'wxwtdk20200910100000',
  plan_id: 12535,
  appid: 'wxd678efh567hg6787',
  openid,
  operate_time: '2020-05-20T13:29:35.120+08:00',
}
const passwordExempt = {
  mchid: '1900000109',
  contract_id: '202011065409471444',
  appid: 'wxd678efh567hg6787',
  openid,
  service_id: 500001,
  out_contract_code: 'PE20261122001',
  contract_display_account: '微信免密用户A',
  contract_signed_time: '2026-11-22T10:00:00+08:00',
}

export const eventResources = {
  /** A direct merchant's scheduled-deduct contract, amounts as `{ total }` ([JSW]). */
  'ENTRUST.SIGN': {
    mchid: '1900000109',
    appid: 'wxd678efh567hg6787',
    openid,
    ...signed,
    contract_display_account: '微信代扣用户A',
    contract_state: 'SIGNED',
    out_user_code: '用户A',
    deduct_schedule: {
      estimated_deduct_date: '2019-11-22',
      estimated_deduct_amount: { currency: 'CNY', total: 1 },
      schedule_state: 'PAID',
      scheduled_amount: { currency: 'CNY', total: 1 },
      deduct_amount: { currency: 'CNY', total: 1 },
      deduct_date: '2019-11-22',
    },
  },
  /** A partner's contract, amounts as `{ amount }` ([IM]). */
  'ENTRUST.SIGN partner': {
    sp_mchid: '1900000100',
    sp_appid: 'wx8888888888888888',
    sub_mchid: '1900000109',
    sub_appid: 'wxd678efh567hg6787',
    sp_openid: openid,
    sub_openid: 'o-MYE42l80oelYMDE34nYD456Xoz',
    ...signed,
    contract_display_account: '微信代扣用户B',
    contract_state: 'SIGNED',
    deduct_schedule: {
      estimated_deduct_date: '2026-12-01',
      estimated_deduct_amount: { amount: 1000, currency: 'CNY' },
      schedule_state: 'SCHEDULED',
      scheduled_amount: { amount: 1000, currency: 'CNY' },
    },
  },
  'ENTRUST.TERMINATE': {
    mchid: '1900000109',
    appid: 'wxd678efh567hg6787',
    openid,
    ...signed,
    contract_display_account: '微信代扣用户A',
    ...terminated,
  },
  'INSURANCE_ENTRUST.SIGN': { ...insurance, contract_state: 'SIGNED' },
  'INSURANCE_ENTRUST.TERMINATE': { ...insurance, ...terminated },
  'INSURANCE_ENTRUST.RENEW': { ...insurance, contract_state: 'SIGNED' },
  'TRANSACTION.SUCCESS': {
    ...paid,
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    success_time: '2020-09-10T13:29:35+08:00',
    amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
    promotion_detail: [{ amount: 1, coupon_id: '109519', scope: 'GLOBAL', name: '单品惠-6' }],
  },
  'TRANSACTION.FAIL': {
    ...paid,
    trade_state: 'FAIL',
    trade_state_desc: '扣款失败',
    amount: { total: 528800, currency: 'CNY' },
  },
  'ECOMMERCE_ENTRUST.SIGN': { ...ecommerce, contract_expired_time: '2021-05-20T13:29:35.120+08:00' },
  'ECOMMERCE_ENTRUST.TERMINATE': { ...ecommerce, contract_termination_mode: 'CUSTOM_SERVICE_TERMINATE' },
  'ENTRUST.TERMINATE_RETENTION': {
    appid: 'wxd678efh567hg6787',
    contract_id: '123124412412423431',
    mchid: '1900000109',
    openid,
    out_contract_code: 'wxwtdk20200910100000',
    plan_id: 12535,
  },
  'ENTRUST.TERMINATE_INQUIRY': {
    mchid: '1900000109',
    appid: 'wxd678efh567hg6787',
    openid,
    plan_id: 12535,
    out_contract_code: 'wxwtdk20200910100000',
    out_user_code: '鸿蒙用户A',
    contract_id: '123124412412423431',
    contract_display_account: '微信代扣用户A',
    contract_state: 'SIGNED',
    contract_signed_time: '2024-12-16T10:00:00+08:00',
  },
  'PASSWORD_EXEMPT_CONTRACT.SIGN': { ...passwordExempt, contract_state: 'SIGNED' },
  'PASSWORD_EXEMPT_CONTRACT.TERMINATE': {
    ...passwordExempt,
    contract_state: 'TERMINATED',
    contract_terminate_info: {
      contract_termination_mode: 'MCH_API_TERMINATE',
      contract_terminated_time: '2026-11-23T10:00:00+08:00',
      contract_termination_remark: '用户申请解约',
    },
  },
} as const

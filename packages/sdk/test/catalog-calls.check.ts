// Generated from the catalog by `npm run docs`: one call per endpoint through the typed chain, checked
// by `npm run typecheck`; never executed. Do not edit: change the catalog and run `npm run docs`.
import type { WechatPay } from '@wxpay/sdk'

declare const wxpay: WechatPay

/** 保险委托代扣 Insurance papay */
export async function product0() {
  await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({appid:"A1",plan_id:1,out_contract_code:"A1",insured_display_name:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",policy_start_date:"2026-12-01",policy_end_date:"2026-12-01",openid:"A1",policy_periods:[{policy_period_id:1,estimated_deduct_date:"2026-12-01",estimated_deduct_amount:{total:0}}]})
  await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post({appid:"A1",plan_id:1,out_contract_code:"A1",insured_display_name:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",policy_start_date:"2026-12-01",policy_end_date:"2026-12-01",openid:"A1",policy_periods:[{policy_period_id:1,estimated_deduct_date:"2026-12-01",estimated_deduct_amount:{total:0}}]})
  await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.app.post({appid:"A1",plan_id:1,out_contract_code:"A1",insured_display_name:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",policy_start_date:"2026-12-01",policy_end_date:"2026-12-01",policy_periods:[{policy_period_id:1,estimated_deduct_date:"2026-12-01",estimated_deduct_amount:{total:0}}]})
  await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.h5.post({appid:"A1",plan_id:1,out_contract_code:"A1",insured_display_name:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",policy_start_date:"2026-12-01",policy_end_date:"2026-12-01",policy_periods:[{policy_period_id:1,estimated_deduct_date:"2026-12-01",estimated_deduct_amount:{total:0}}]})
  await wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({ params: {plan_id:1,out_contract_code:"A1"} })
  await wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.terminate.post({contract_termination_remark:"A1"}, { params: {plan_id:1,out_contract_code:"A1"} })
  await wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.contractId.$contract_id$.renew.post({appid:"A1",policy_periods:[{policy_period_id:1,estimated_deduct_date:"2026-12-01",estimated_deduct_amount:{total:0}}]}, { params: {plan_id:1,contract_id:"A1"} })
  await wxpay.v3.papay.insuranceSign.policy_periods.planId.$plan_id$.outContractCode.$out_contract_code$.get({ params: {plan_id:1,out_contract_code:"A1"} })
  await wxpay.v3.papay.insuranceSign.policyPeriods.planId.$plan_id$.contractId.$contract_id$.modify.post({appid:"A1"}, { params: {plan_id:1,contract_id:"A1"} })
  await wxpay.v3.papay.insurancePay.policyPeriods.contractId.$contract_id$.policyPeriodId.$policy_period_id$.schedule.post({appid:"A1",scheduled_amount:{total:0}}, { params: {contract_id:"A1",policy_period_id:1} })
  await wxpay.v3.papay.insurancePay.policyPeriods.contractId.$contract_id$.policyPeriodId.$policy_period_id$.get({ params: {contract_id:"A1",policy_period_id:1} })
  await wxpay.v3.papay.insurancePay.transactions.apply.post({appid:"A1",out_trade_no:"A1",description:"A1",transaction_notify_url:"https://merchant.example.com/wxpay/notify",contract_id:"A1",policy_period_id:1,amount:{total:1}})
  // @ts-expect-error: a misspelt field (保险委托代扣 Insurance papay)
  await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({appid:"A1",plan_id:1,out_contract_code:"A1",insured_display_name:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",policy_start_date:"2026-12-01",policy_end_date:"2026-12-01",openid:"A1",policy_periods:[{policy_period_id:1,estimated_deduct_date:"2026-12-01",estimated_deduct_amount:{total:0}}],appidx:"A1"})
  // @ts-expect-error: a number where appid is a string (保险委托代扣 Insurance papay)
  await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({appid:1,plan_id:1,out_contract_code:"A1",insured_display_name:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",policy_start_date:"2026-12-01",policy_end_date:"2026-12-01",openid:"A1",policy_periods:[{policy_period_id:1,estimated_deduct_date:"2026-12-01",estimated_deduct_amount:{total:0}}]})
}

/** 预约扣费 Scheduled deduct (direct and partner) */
export async function product1() {
  await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.app.post({appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify"})
  await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.h5.post({appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify"})
  await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.jsapi.post({appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",openid:"A1"})
  await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.miniProgram.post({appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",openid:"A1"})
  await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.app.post({sp_appid:"A1",sub_mchid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify"})
  await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.h5.post({sp_appid:"A1",sub_mchid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify"})
  await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.jsapi.post({sp_appid:"A1",sub_mchid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify"})
  await wxpay.v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post({sp_appid:"A1",sub_mchid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify"})
  await wxpay.v3.papay.pay.schedules.contractId.$contract_id$.schedule.post({appid:"A1",schedule_amount:{total:0}}, { params: {contract_id:"A1"} })
  await wxpay.v3.papay.pay.schedules.contractId.$contract_id$.get({ params: {contract_id:"A1"} })
  await wxpay.v3.papay.pay.partner.schedules.contractId.$contract_id$.schedule.post({sp_appid:"A1",sub_mchid:"A1",schedule_amount:{total:0}}, { params: {contract_id:"A1"} })
  await wxpay.v3.papay.pay.partner.schedules.contractId.$contract_id$.get({ params: {contract_id:"A1",sub_mchid:"A1"} })
  // @ts-expect-error: a misspelt field (预约扣费 Scheduled deduct (direct and partner))
  await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.app.post({appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",appidx:"A1"})
  // @ts-expect-error: a number where appid is a string (预约扣费 Scheduled deduct (direct and partner))
  await wxpay.v3.papay.scheduledDeductSign.contracts.preEntrustSign.app.post({appid:1,plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify"})
}

/** 委托代扣 Papay: sign, query, terminate, deduct, notices */
export async function product2() {
  await wxpay.v3.papay.sign.contracts.preEntrustSign.post({sign_scene:"SIGN_SCENE_APP",appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",out_user_code:"A1",device_info:{device_type:"DEVICE_TYPE_UNKNOW",device_os:"A1",device_id:"A1",device_running_as_root:true,device_ip:"A1",weixin_installed:true,weixin_version:"A1",days_since_first_login:"DAYS_SINCE_FIRST_LOGIN_UNKNOW"}})
  await wxpay.v3.papay.sign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({ params: {plan_id:1,out_contract_code:"A1"} })
  await wxpay.v3.papay.sign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.terminate.post({contract_termination_remark:"A1"}, { params: {plan_id:1,out_contract_code:"A1"} })
  await wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({ params: {plan_id:1,out_contract_code:"A1",sub_mchid:"A1"} })
  await wxpay.v3.papay.sign.partner.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.terminate.post({sub_mchid:"A1",contract_termination_remark:"A1"}, { params: {plan_id:1,out_contract_code:"A1"} })
  await wxpay.v3.papay.sign.contracts.harmonyPlanId.$plan_id$.outContractCode.$out_contract_code$.get({ params: {plan_id:1,out_contract_code:"A1"} })
  await wxpay.v3.papay.pay.transactions.apply.post({appid:"A1",out_trade_no:"A1",description:"A1",transaction_notify_url:"https://merchant.example.com/wxpay/notify",contract_id:"A1",amount:{total:1}})
  await wxpay.v3.papay.pay.partner.transactions.apply.post({sp_appid:"A1",sub_mchid:"A1",out_trade_no:"A1",description:"A1",transaction_notify_url:"https://merchant.example.com/wxpay/notify",contract_id:"A1",amount:{total:1}})
  await wxpay.v3.papay.pay.harmony.transactions.apply.post({appid:"A1",out_trade_no:"A1",description:"A1",transaction_notify_url:"https://merchant.example.com/wxpay/notify",contract_id:"A1",amount:{total:1},harmony_account_id:"A1"})
  await wxpay.v3.papay.contracts.$contract_id$.notify.post({mchid:"A1",appid:"A1",estimated_amount:{amount:0}}, { params: {contract_id:"A1"} })
  await wxpay.v3.papay.contracts.$contract_id$.failNotify.post({mchid:"A1",appid:"A1"}, { params: {contract_id:"A1"} })
  await wxpay.v3.partnerPapay.contracts.$contract_id$.notify.post({sp_mchid:"A1",sp_appid:"A1",sub_mchid:"A1",estimated_amount:{amount:0}}, { params: {contract_id:"A1"} })
  await wxpay.v3.partnerPapay.contracts.$contract_id$.failNotify.post({sp_mchid:"A1",sp_appid:"A1",sub_mchid:"A1"}, { params: {contract_id:"A1"} })
  // @ts-expect-error: a misspelt field (委托代扣 Papay: sign, query, terminate, deduct, notices)
  await wxpay.v3.papay.sign.contracts.preEntrustSign.post({sign_scene:"SIGN_SCENE_APP",appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",out_user_code:"A1",device_info:{device_type:"DEVICE_TYPE_UNKNOW",device_os:"A1",device_id:"A1",device_running_as_root:true,device_ip:"A1",weixin_installed:true,weixin_version:"A1",days_since_first_login:"DAYS_SINCE_FIRST_LOGIN_UNKNOW"},sign_scenex:"SIGN_SCENE_APP"})
  // @ts-expect-error: a number where sign_scene is a string (委托代扣 Papay: sign, query, terminate, deduct, notices)
  await wxpay.v3.papay.sign.contracts.preEntrustSign.post({sign_scene:1,appid:"A1",plan_id:1,out_contract_code:"A1",contract_display_account:"A1",contract_notify_url:"https://merchant.example.com/wxpay/notify",out_user_code:"A1",device_info:{device_type:"DEVICE_TYPE_UNKNOW",device_os:"A1",device_id:"A1",device_running_as_root:true,device_ip:"A1",weixin_installed:true,weixin_version:"A1",days_since_first_login:"DAYS_SINCE_FIRST_LOGIN_UNKNOW"}})
}

/** 免密支付 Password-exempt contracts */
export async function product3() {
  await wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.miniProgram.post({appid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",openid:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.payRedirectSign.post({appid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",openid:"A1",prepay_id:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.serviceProvider.preEntrustSign.miniProgram.post({sp_appid:"A1",sub_mchid:"A1",sub_appid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.serviceProvider.preEntrustSign.payRedirectSign.post({sp_appid:"A1",sub_mchid:"A1",sub_appid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",prepay_id:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post({appid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",openid:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.payRedirectSign.post({appid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",openid:"A1",prepay_id:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.qs.preEntrustSign.miniProgram.post({appid:"A1",sub_appid:"A1",sub_mchid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.qs.preEntrustSign.payRedirectSign.post({appid:"A1",sub_appid:"A1",sub_mchid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",prepay_id:"A1"})
  await wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.get({ params: {service_id:1,out_contract_code:"A1"} })
  await wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.terminate.post({contract_termination_remark:"A1"}, { params: {service_id:1,out_contract_code:"A1"} })
  // @ts-expect-error: a misspelt field (免密支付 Password-exempt contracts)
  await wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.miniProgram.post({appid:"A1",service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",openid:"A1",appidx:"A1"})
  // @ts-expect-error: a number where appid is a string (免密支付 Password-exempt contracts)
  await wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.miniProgram.post({appid:1,service_id:1,out_contract_code:"A1",notify_url:"https://merchant.example.com/wxpay/notify",contract_display_account:"A1",openid:"A1"})
}

/** 平台证书 Platform certificates */
export async function product4() {
  await wxpay.v3.certificates.get({ params: {} })
}

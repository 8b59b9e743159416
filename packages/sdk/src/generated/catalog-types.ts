// Generated from the catalog (packages/sdk/src/catalog) by `npm run docs`: do not edit; change the
// catalog and run it again. A test fails when this file is out of date.
import type { CallOptions, WechatPayResponse } from '../call.js'

/** The body of 保险商户小程序预签约 (insurance pre-sign, mini-program): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program. */
export type PapayInsuranceSignContractsPreEntrustSignMiniProgramPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** insurance papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the insured person's masked name on the signing page (被保人展示名称), e.g. **明 — 1–32 characters; personal data; source §4.1 [PAY app-sign-and-create-transaction] */
  insured_display_name: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** first day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_start_date: string
  /** last day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_end_date: string
  /** the first payment of a sign-and-pay pre-sign (签约中支付), in fen (分) */
  amount?: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no?: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters */
  description?: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url?: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters */
  attach?: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–64 characters; personal data */
  out_user_code?: string
  /** whether the policy renews itself when it ends (自动续保) */
  can_auto_insure?: boolean
  /** whether a new policy is taken out when this one ends (自动重新投保) */
  can_auto_reinsure?: boolean
  /** only this real-name person may sign (用户实名信息) */
  real_identity?: {
    /** the person's legal name (自然人姓名), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    real_name: string
    /** the person's ID card number (身份证号码), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    id_card_number: string
    /** the identity document: ID_CARD — one of ID_CARD */
    identity_type?: 'ID_CARD' | (string & {})
  }
  /** how many periods the first deduction collects, in first multi-period mode — integer; 2…3 */
  combined_deduct_period_count?: number
  /** the user's openid under appid: the user who signs — personal data */
  openid: string
  /** the deduction plan of the policy, one item per period (保单扣费周期列表) — 1–∞ items; source §4.1 rule 7 [COMM] */
  policy_periods: ReadonlyArray<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what the period covers (保障详情): on every period or none */
    policy_coverage_detail?: {
      /** the amount insured, as text in yuan, e.g. "50000" (保单额度) */
      policy_amount?: string
      /** the clauses of the policy (保险条款列表) */
      policy_clauses?: ReadonlyArray<{
        /** what the clause covers (条款内容) */
        clause_name?: string
        /** the amount the clause covers, as text (条款额度) */
        clause_quota?: string
      }>
    }
  }>
}
/** The 200 body of 保险商户小程序预签约 (insurance pre-sign, mini-program): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program. */
export type PapayInsuranceSignContractsPreEntrustSignMiniProgramPostResponse = {
  /** the pre-sign session id (预签约ID), valid while the session lives */
  pre_entrustweb_id: string
  /** AppID of the WeChat Pay signing mini-program to navigate to */
  redirect_appid: string
  /** page path in that mini-program */
  redirect_path: string
}

/** The body of 保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi. */
export type PapayInsuranceSignContractsPreEntrustSignJsapiPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** insurance papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the insured person's masked name on the signing page (被保人展示名称), e.g. **明 — 1–32 characters; personal data; source §4.1 [PAY app-sign-and-create-transaction] */
  insured_display_name: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** first day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_start_date: string
  /** last day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_end_date: string
  /** the first payment of a sign-and-pay pre-sign (签约中支付), in fen (分) */
  amount?: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no?: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters */
  description?: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url?: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters */
  attach?: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–64 characters; personal data */
  out_user_code?: string
  /** whether the policy renews itself when it ends (自动续保) */
  can_auto_insure?: boolean
  /** whether a new policy is taken out when this one ends (自动重新投保) */
  can_auto_reinsure?: boolean
  /** only this real-name person may sign (用户实名信息) */
  real_identity?: {
    /** the person's legal name (自然人姓名), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    real_name: string
    /** the person's ID card number (身份证号码), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    id_card_number: string
    /** the identity document: ID_CARD — one of ID_CARD */
    identity_type?: 'ID_CARD' | (string & {})
  }
  /** how many periods the first deduction collects, in first multi-period mode — integer; 2…3 */
  combined_deduct_period_count?: number
  /** the user's openid under appid: the user who signs — personal data */
  openid: string
  /** the deduction plan of the policy, one item per period (保单扣费周期列表) — 1–∞ items; source §4.1 rule 7 [COMM] */
  policy_periods: ReadonlyArray<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what the period covers (保障详情): on every period or none */
    policy_coverage_detail?: {
      /** the amount insured, as text in yuan, e.g. "50000" (保单额度) */
      policy_amount?: string
      /** the clauses of the policy (保险条款列表) */
      policy_clauses?: ReadonlyArray<{
        /** what the clause covers (条款内容) */
        clause_name?: string
        /** the amount the clause covers, as text (条款额度) */
        clause_quota?: string
      }>
    }
  }>
}
/** The 200 body of 保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi. */
export type PapayInsuranceSignContractsPreEntrustSignJsapiPostResponse = {
  /** URL of the signing (and paying) flow, to open inside WeChat */
  redirect_url: string
}

/** The body of 保险商户App预签约 (insurance pre-sign, App): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app. */
export type PapayInsuranceSignContractsPreEntrustSignAppPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** insurance papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the insured person's masked name on the signing page (被保人展示名称), e.g. **明 — 1–32 characters; personal data; source §4.1 [PAY app-sign-and-create-transaction] */
  insured_display_name: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** first day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_start_date: string
  /** last day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_end_date: string
  /** the first payment of a sign-and-pay pre-sign (签约中支付), in fen (分) */
  amount?: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no?: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters */
  description?: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url?: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters */
  attach?: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–64 characters; personal data */
  out_user_code?: string
  /** whether the policy renews itself when it ends (自动续保) */
  can_auto_insure?: boolean
  /** whether a new policy is taken out when this one ends (自动重新投保) */
  can_auto_reinsure?: boolean
  /** only this real-name person may sign (用户实名信息) */
  real_identity?: {
    /** the person's legal name (自然人姓名), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    real_name: string
    /** the person's ID card number (身份证号码), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    id_card_number: string
    /** the identity document: ID_CARD — one of ID_CARD */
    identity_type?: 'ID_CARD' | (string & {})
  }
  /** how many periods the first deduction collects, in first multi-period mode — integer; 2…3 */
  combined_deduct_period_count?: number
  /** the user's openid under appid: the user who signs — personal data */
  openid?: string
  /** the deduction plan of the policy, one item per period (保单扣费周期列表) — 1–∞ items; source §4.1 rule 7 [COMM] */
  policy_periods: ReadonlyArray<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
  }>
}
/** The 200 body of 保险商户App预签约 (insurance pre-sign, App): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app. */
export type PapayInsuranceSignContractsPreEntrustSignAppPostResponse = {
  /** the pre-sign session id (预签约ID), valid while the session lives */
  pre_entrustweb_id: string
}

/** The body of 保险商户H5预签约 (insurance pre-sign, H5 in a browser): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5. */
export type PapayInsuranceSignContractsPreEntrustSignH5PostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** insurance papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the insured person's masked name on the signing page (被保人展示名称), e.g. **明 — 1–32 characters; personal data; source §4.1 [PAY app-sign-and-create-transaction] */
  insured_display_name: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** first day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_start_date: string
  /** last day of the policy, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  policy_end_date: string
  /** the first payment of a sign-and-pay pre-sign (签约中支付), in fen (分) */
  amount?: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no?: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters */
  description?: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url?: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters */
  attach?: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–64 characters; personal data */
  out_user_code?: string
  /** whether the policy renews itself when it ends (自动续保) */
  can_auto_insure?: boolean
  /** whether a new policy is taken out when this one ends (自动重新投保) */
  can_auto_reinsure?: boolean
  /** only this real-name person may sign (用户实名信息) */
  real_identity?: {
    /** the person's legal name (自然人姓名), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    real_name: string
    /** the person's ID card number (身份证号码), sent encrypted — 1–64 characters; encrypted by the SDK (RSA-OAEP); personal data */
    id_card_number: string
    /** the identity document: ID_CARD — one of ID_CARD */
    identity_type?: 'ID_CARD' | (string & {})
  }
  /** how many periods the first deduction collects, in first multi-period mode — integer; 2…3 */
  combined_deduct_period_count?: number
  /** the user's openid under appid: the user who signs — personal data */
  openid?: string
  /** the deduction plan of the policy, one item per period (保单扣费周期列表) — 1–∞ items; source §4.1 rule 7 [COMM] */
  policy_periods: ReadonlyArray<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what the period covers (保障详情): on every period or none */
    policy_coverage_detail?: {
      /** the amount insured, as text in yuan, e.g. "50000" (保单额度) */
      policy_amount?: string
      /** the clauses of the policy (保险条款列表) */
      policy_clauses?: ReadonlyArray<{
        /** what the clause covers (条款内容) */
        clause_name?: string
        /** the amount the clause covers, as text (条款额度) */
        clause_quota?: string
      }>
    }
  }>
  /** where the user goes after signing in WeChat (跳转控制); needs the return-to-App permission */
  jump_control?: {
    /** AppID of the App the user returns to after signing */
    jump_appid?: string
  }
}
/** The 200 body of 保险商户H5预签约 (insurance pre-sign, H5 in a browser): POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5. */
export type PapayInsuranceSignContractsPreEntrustSignH5PostResponse = {
  /** URL the browser opens to launch WeChat on the signing page */
  redirect_url: string
}

/** Path and query parameters of 保险商户查询保险自动续费协议 (query an insurance contract): GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapayInsuranceSignContractsPlanIdOutContractCodeGetParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The 200 body of 保险商户查询保险自动续费协议 (query an insurance contract): GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapayInsuranceSignContractsPlanIdOutContractCodeGetResponse = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time?: string
  /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_expired_time?: string
  /** the insured person's masked display name (被保人展示名称); absent when SIGN_FAILED — personal data */
  insured_display_name?: string
  /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — one of USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE'
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time: string
  }
  /** the user's openid under appid — personal data */
  openid: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — personal data */
  out_user_code?: string
  /** path of the mini-program page where the user may revoke a pending termination */
  revoke_terminate_contract_redirect_url?: string
  /** AppID of that mini-program */
  revoke_terminate_contract_redirect_appid?: string
}

/** Path and query parameters of 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract): POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The body of 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract): POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostRequest = {
  /** why the merchant terminates the contract (解约备注) — 1–256 characters */
  contract_termination_remark: string
}
/** The 200 body of 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract): POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostResponse = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time?: string
  /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_expired_time?: string
  /** the insured person's masked display name (被保人展示名称); absent when SIGN_FAILED — personal data */
  insured_display_name?: string
  /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — one of USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE'
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time: string
  }
  /** the user's openid under appid — personal data */
  openid: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — personal data */
  out_user_code?: string
}

/** Path and query parameters of 保险商户受理续期自动续费协议 (renew an insurance contract with new periods): POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew. */
export type PapayInsuranceSignContractsPlanIdContractIdRenewPostParams = {
  /** insurance papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 保险商户受理续期自动续费协议 (renew an insurance contract with new periods): POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew. */
export type PapayInsuranceSignContractsPlanIdContractIdRenewPostRequest = {
  /** AppID of the contract (应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the new periods, numbered after the current last one (续期的扣费周期列表) — 1–12 items; source §5.7 #27 [PAY apply-renew-contract] */
  policy_periods: ReadonlyArray<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
  }>
}

/** Path and query parameters of 保险商户查询保险扣费周期列表 (list the periods of an insurance contract): GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeGetParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** page size, 20 when omitted (分页大小) — integer; 1…120; source §5.7 #28 [PAY query-policy-periods-by-code] */
  limit?: number
  /** index of the first period to return, 0 when omitted (分页开始位置) — integer; 0…∞ */
  offset?: number
}
/** The 200 body of 保险商户查询保险扣费周期列表 (list the periods of an insurance contract): GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeGetResponse = {
  /** the periods of this page (扣费周期列表) */
  data?: Array<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
    policy_period_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
    /** the amount scheduled, in fen (分) */
    scheduled_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the amount actually deducted, in fen (分) */
    deduct_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    deduct_date?: string
  }>
  /** the page size used — integer */
  limit: number
  /** the index of the first period returned — integer */
  offset: number
  /** how many periods the contract has — integer */
  total_count?: number
}

/** Path and query parameters of 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract): POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify. */
export type PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostParams = {
  /** insurance papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract): POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify. */
export type PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostRequest = {
  /** AppID of the contract (应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the full period list as signed, with one lowered amount (扣费周期列表) */
  policy_periods?: ReadonlyArray<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
  }>
  /** whether a period already SCHEDULED may lose its schedule (是否允许取消预约) */
  allow_cancel_scheduled?: boolean
}
/** The 200 body of 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract): POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify. */
export type PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostResponse = {
  /** the period list after the change */
  policy_periods?: Array<{
    /** the period number (保险扣费周期编号), 1 to 840 — integer; 1…840; source §4.1 [PAY insurance product introduction] */
    policy_period_id: number
    /** the planned deduction date of the period, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
  }>
  /** the period whose schedule was cancelled — integer */
  cancel_scheduled_policy_period_id?: number
}

/** Path and query parameters of 保险商户预约保险自动续费 (schedule the deduction of an insurance period): POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule. */
export type PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the period number (保单扣费周期编号) — integer; 1…∞; source §5.8 #30 [PAY schedule-policy-period] */
  policy_period_id: number
}
/** The body of 保险商户预约保险自动续费 (schedule the deduction of an insurance period): POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule. */
export type PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostRequest = {
  /** AppID of the contract (应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the amount to schedule: the period's estimated_deduct_amount, in fen (分) */
  scheduled_amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}
/** The 200 body of 保险商户预约保险自动续费 (schedule the deduction of an insurance period): POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule. */
export type PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostResponse = {
  /** the period number (保单扣费周期编号) — integer */
  policy_period_id: number
  /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
  policy_period_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
  /** first day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_start_date?: string
  /** last day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_end_date?: string
  /** the amount scheduled, in fen (分) */
  scheduled_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the amount actually deducted, in fen (分) */
  deduct_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_date?: string
}

/** Path and query parameters of 保险商户查询保险自动续费预约 (query the schedule of an insurance period): GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}. */
export type PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdGetParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the period number (保单扣费周期编号) — integer; 1…∞; source §5.8 #30 [PAY schedule-policy-period] */
  policy_period_id: number
}
/** The 200 body of 保险商户查询保险自动续费预约 (query the schedule of an insurance period): GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}. */
export type PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdGetResponse = {
  /** the period number (保单扣费周期编号) — integer */
  policy_period_id: number
  /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
  policy_period_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
  /** first day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_start_date?: string
  /** last day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_end_date?: string
  /** the amount scheduled, in fen (分) */
  scheduled_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the amount actually deducted, in fen (分) */
  deduct_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_date?: string
}

/** The body of 保险商户受理保险自动续费扣款 (deduct a scheduled insurance period): POST /v3/papay/insurance-pay/transactions/apply. */
export type PapayInsurancePayTransactionsApplyPostRequest = {
  /** AppID of the contract (应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters; source §5.8 #32 [PAY create-transaction] */
  description: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters; source §5.8 #32 [PAY create-transaction] */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters; source §5.8 #32 [PAY create-transaction] */
  attach?: string
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the scheduled period to deduct (保单扣费周期编号) — integer; 1…∞; source §5.8 #32 [PAY create-transaction] */
  policy_period_id: number
  /** the amount to deduct: the scheduled amount, in fen (分) */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}
/** The 200 body of 保险商户受理保险自动续费扣款 (deduct a scheduled insurance period): POST /v3/papay/insurance-pay/transactions/apply. */
export type PapayInsurancePayTransactionsApplyPostResponse = {
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** the amount accepted for deduction */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}

/** The body of App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app. */
export type PapayScheduledDeductSignContractsPreEntrustSignAppPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
  /** the user's openid under appid: the user who signs — personal data */
  openid?: string
}
/** The 200 body of App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app. */
export type PapayScheduledDeductSignContractsPreEntrustSignAppPostResponse = {
  /** the pre-sign session id (预签约ID), valid while the session lives */
  pre_entrustweb_id: string
  /** username (gh_…) of the signing mini-program the App opens, if any */
  miniprogram_username?: string
  /** page path in that mini-program */
  miniprogram_path?: string
}

/** The body of H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5. */
export type PapayScheduledDeductSignContractsPreEntrustSignH5PostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
  /** the user's openid under appid: the user who signs — personal data */
  openid?: string
  /** where the user goes after signing in WeChat (跳转控制); needs the return-to-App permission */
  jump_control?: {
    /** AppID of the App the user returns to after signing */
    jump_appid?: string
  }
}
/** The 200 body of H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5. */
export type PapayScheduledDeductSignContractsPreEntrustSignH5PostResponse = {
  /** URL the browser opens to launch WeChat on the signing page */
  redirect_url: string
}

/** The body of JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi. */
export type PapayScheduledDeductSignContractsPreEntrustSignJsapiPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
  /** the user's openid under appid: the user who signs — personal data */
  openid: string
}
/** The 200 body of JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi. */
export type PapayScheduledDeductSignContractsPreEntrustSignJsapiPostResponse = {
  /** URL of the signing flow, to open inside WeChat */
  redirect_url: string
}

/** The body of 小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program. */
export type PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §5.2 [PAY normal-app-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
  /** the user's openid under appid: the user who signs — personal data */
  openid: string
}
/** The 200 body of 小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program): POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program. */
export type PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostResponse = {
  /** the pre-sign session id (预签约ID), valid while the session lives */
  pre_entrustweb_id: string
  /** AppID of the WeChat Pay signing mini-program to navigate to */
  redirect_appid: string
  /** page path in that mini-program */
  redirect_path: string
}

/** The body of App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the user's openid under sp_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sp_openid?: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** the user's openid under sub_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sub_openid?: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
}
/** The 200 body of App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostResponse = {
  /** the pre-sign session id (预签约ID), valid while the session lives */
  pre_entrustweb_id: string
  /** username (gh_…) of the signing mini-program the App opens, if any */
  miniprogram_username?: string
  /** page path in that mini-program */
  miniprogram_path?: string
}

/** The body of H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the user's openid under sp_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sp_openid?: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** the user's openid under sub_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sub_openid?: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
  /** where the user goes after signing in WeChat (跳转控制); needs the return-to-App permission */
  jump_control?: {
    /** AppID of the App the user returns to after signing */
    jump_appid?: string
  }
}
/** The 200 body of H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostResponse = {
  /** URL the browser opens to launch WeChat on the signing page */
  redirect_url: string
}

/** The body of JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the user's openid under sp_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sp_openid?: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** the user's openid under sub_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sub_openid?: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
}
/** The 200 body of JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostResponse = {
  /** URL of the signing flow, to open inside WeChat */
  redirect_url: string
}

/** The body of 小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the user's openid under sp_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sp_openid?: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** the user's openid under sub_appid — 1–64 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  sub_openid?: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–32 characters; personal data; source §4.3 [PAY partner-mini-program-scheduled-deduct-pre-sign] */
  out_user_code?: string
  /** the planned deduction (预约扣费信息); required when the template is of the 预约扣费 type */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned deduction amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** what is deducted, shown to the user (商品描述) — 1–∞ characters */
    description: string
  }
}
/** The 200 body of 小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program): POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program. */
export type PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostResponse = {
  /** the pre-sign session id (预签约ID), valid while the session lives */
  pre_entrustweb_id: string
  /** AppID of the WeChat Pay signing mini-program to navigate to */
  redirect_appid: string
  /** page path in that mini-program */
  redirect_path: string
}

/** Path and query parameters of 预约扣费 (schedule the deduction of a scheduled-deduct contract): POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule. */
export type PapayPaySchedulesContractIdSchedulePostParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 预约扣费 (schedule the deduction of a scheduled-deduct contract): POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule. */
export type PapayPaySchedulesContractIdSchedulePostRequest = {
  /** AppID of the contract (应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the amount to schedule: the pre-sign deduct_schedule.estimated_deduct_amount, in fen (分) */
  schedule_amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}
/** The 200 body of 预约扣费 (schedule the deduction of a scheduled-deduct contract): POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule. */
export type PapayPaySchedulesContractIdSchedulePostResponse = {
  /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
  schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
  /** first day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_start_date?: string
  /** last day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_end_date?: string
  /** the amount scheduled, in fen (分) */
  scheduled_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the amount actually deducted, in fen (分) */
  deduct_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_date?: string
}

/** Path and query parameters of 查询扣费预约 (query the scheduled deduction of a contract): GET /v3/papay/pay/schedules/contract-id/{contract_id}. */
export type PapayPaySchedulesContractIdGetParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The 200 body of 查询扣费预约 (query the scheduled deduction of a contract): GET /v3/papay/pay/schedules/contract-id/{contract_id}. */
export type PapayPaySchedulesContractIdGetResponse = {
  /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
  schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
  /** first day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_start_date?: string
  /** last day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_end_date?: string
  /** the amount scheduled, in fen (分) */
  scheduled_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the amount actually deducted, in fen (分) */
  deduct_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_date?: string
}

/** Path and query parameters of 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract): POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule. */
export type PapayPayPartnerSchedulesContractIdSchedulePostParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract): POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule. */
export type PapayPayPartnerSchedulesContractIdSchedulePostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** the amount to schedule: the pre-sign deduct_schedule.estimated_deduct_amount, in fen (分) */
  schedule_amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}
/** The 200 body of 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract): POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule. */
export type PapayPayPartnerSchedulesContractIdSchedulePostResponse = {
  /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
  schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
  /** first day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_start_date?: string
  /** last day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_end_date?: string
  /** the amount scheduled, in fen (分) */
  scheduled_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the amount actually deducted, in fen (分) */
  deduct_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_date?: string
}

/** Path and query parameters of 查询扣费预约 (partner: query the scheduled deduction of a contract): GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}. */
export type PapayPayPartnerSchedulesContractIdGetParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
}
/** The 200 body of 查询扣费预约 (partner: query the scheduled deduction of a contract): GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}. */
export type PapayPayPartnerSchedulesContractIdGetResponse = {
  /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
  schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
  /** first day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_start_date?: string
  /** last day the deduction may run, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_end_date?: string
  /** the amount scheduled, in fen (分) */
  scheduled_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the amount actually deducted, in fen (分) */
  deduct_amount?: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
  deduct_date?: string
}

/** The body of 代扣预签约 (papay pre-sign, in an App or by QR code): POST /v3/papay/sign/contracts/pre-entrust-sign. */
export type PapaySignContractsPreEntrustSignPostRequest = {
  /** where the user signs: in an App, or by scanning a QR code (签约场景) — one of SIGN_SCENE_APP, SIGN_SCENE_QRCODE */
  sign_scene: 'SIGN_SCENE_APP' | 'SIGN_SCENE_QRCODE' | (string & {})
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the user's openid under appid — 0–128 characters; personal data; source §5.4 #10 [PAY 4012978414] */
  openid?: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.4 #10 [PAY 4012978414] */
  contract_display_account: string
  /** HTTPS URL that receives the signing result (ENTRUST.SIGN), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  contract_notify_url: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — 0–64 characters; personal data; source §5.4 #10 [PAY 4012978414] */
  out_user_code: string
  /** URL the user returns to after QR-code signing (回跳地址) — 0–256 characters; source §5.4 #10 [PAY 4012978414] */
  return_url?: string
  /** the device of the user who signs (设备信息) */
  device_info: {
    /** the kind of device: phone, pad, TV, watch or unknown (设备类型) — one of DEVICE_TYPE_UNKNOW, DEVICE_TYPE_PHONE, DEVICE_TYPE_PAD, DEVICE_TYPE_TV, DEVICE_TYPE_WATCH */
    device_type: 'DEVICE_TYPE_UNKNOW' | 'DEVICE_TYPE_PHONE' | 'DEVICE_TYPE_PAD' | 'DEVICE_TYPE_TV' | 'DEVICE_TYPE_WATCH' | (string & {})
    /** operating system of the device and its version (设备OS版本) */
    device_os: string
    /** the id of the device (设备ID) — personal data */
    device_id: string
    /** whether the device runs with root rights */
    device_running_as_root: boolean
    /** IP address of the device (设备IP) — personal data */
    device_ip: string
    /** whether WeChat is installed on the device */
    weixin_installed: boolean
    /** the version of WeChat on the device */
    weixin_version: string
    /** how long ago the user first logged in on this device — one of DAYS_SINCE_FIRST_LOGIN_UNKNOW, DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY, DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS, DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS, DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS, DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS, DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS */
    days_since_first_login: 'DAYS_SINCE_FIRST_LOGIN_UNKNOW' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS' | 'DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS' | (string & {})
  }
}
/** The 200 body of 代扣预签约 (papay pre-sign, in an App or by QR code): POST /v3/papay/sign/contracts/pre-entrust-sign. */
export type PapaySignContractsPreEntrustSignPostResponse = {
  /** the pre-sign session id (预签约ID), valid while the session lives */
  pre_entrustweb_id: string
  /** username (gh_…) of the signing mini-program to open */
  mini_program_username?: string
  /** page path in that mini-program */
  mini_program_path?: string
  /** URL of the QR code that the user scans to sign */
  redirect_url?: string
}

/** Path and query parameters of 通过商户协议号查询委托代扣签约协议 (query a papay contract): GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapaySignContractsPlanIdOutContractCodeGetParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The 200 body of 通过商户协议号查询委托代扣签约协议 (query a papay contract): GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapaySignContractsPlanIdOutContractCodeGetResponse = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time?: string
  /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_expired_time?: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data */
  contract_display_account: string
  /** the user's openid under appid — personal data */
  openid: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — personal data */
  out_user_code?: string
  /** SIGNED, TERMINATED, SIGN_FAILED (signing failed a business rule) or TO_BE_RENEWED — known values SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | (string & {})
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time: string
  }
  /** the scheduled deduction of a 预约扣费 contract and its state */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
    schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
    /** the amount scheduled, in fen (分) */
    scheduled_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the amount actually deducted, in fen (分) */
    deduct_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    deduct_date?: string
  }
}

/** Path and query parameters of 通过商户协议号解除委托代扣签约协议 (terminate a papay contract): POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapaySignContractsPlanIdOutContractCodeTerminatePostParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The body of 通过商户协议号解除委托代扣签约协议 (terminate a papay contract): POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapaySignContractsPlanIdOutContractCodeTerminatePostRequest = {
  /** why the merchant terminates the contract (解约备注) — 1–256 characters */
  contract_termination_remark: string
}
/** The 200 body of 通过商户协议号解除委托代扣签约协议 (terminate a papay contract): POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapaySignContractsPlanIdOutContractCodeTerminatePostResponse = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time?: string
  /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_expired_time?: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data */
  contract_display_account: string
  /** the user's openid under appid — personal data */
  openid: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — personal data */
  out_user_code?: string
  /** SIGNED, TERMINATED, SIGN_FAILED (signing failed a business rule) or TO_BE_RENEWED — known values SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | (string & {})
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time: string
  }
  /** the scheduled deduction of a 预约扣费 contract and its state */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
    schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
    /** the amount scheduled, in fen (分) */
    scheduled_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the amount actually deducted, in fen (分) */
    deduct_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    deduct_date?: string
  }
}

/** Path and query parameters of 通过商户协议号查询委托代扣签约协议 (partner: query a papay contract): GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapaySignPartnerContractsPlanIdOutContractCodeGetParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
}
/** The 200 body of 通过商户协议号查询委托代扣签约协议 (partner: query a papay contract): GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapaySignPartnerContractsPlanIdOutContractCodeGetResponse = {
  /** the service provider's merchant id (服务商商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_mchid: string
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time?: string
  /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_expired_time?: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data */
  contract_display_account: string
  /** SIGNED, TERMINATED, SIGN_FAILED (signing failed a business rule) or TO_BE_RENEWED — known values SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | (string & {})
  /** the user's openid under sp_appid — personal data */
  sp_openid: string
  /** the user's openid under sub_appid — personal data */
  sub_openid?: string
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time: string
  }
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — personal data */
  out_user_code?: string
  /** the scheduled deduction of a 预约扣费 contract and its state */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
    schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
    /** the amount scheduled, in fen (分) */
    scheduled_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the amount actually deducted, in fen (分) */
    deduct_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    deduct_date?: string
  }
}

/** Path and query parameters of 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract): POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The body of 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract): POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostRequest = {
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** why the merchant terminates the contract (解约备注) — 1–256 characters */
  contract_termination_remark: string
}
/** The 200 body of 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract): POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate. */
export type PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostResponse = {
  /** the service provider's merchant id (服务商商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_mchid: string
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time?: string
  /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_expired_time?: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data */
  contract_display_account: string
  /** SIGNED, TERMINATED, SIGN_FAILED (signing failed a business rule) or TO_BE_RENEWED — known values SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | (string & {})
  /** the user's openid under sp_appid — personal data */
  sp_openid: string
  /** the user's openid under sub_appid — personal data */
  sub_openid?: string
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time: string
  }
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — personal data */
  out_user_code?: string
  /** the scheduled deduction of a 预约扣费 contract and its state */
  deduct_schedule?: {
    /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    estimated_deduct_date: string
    /** the planned amount, in fen (分) */
    estimated_deduct_amount: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
    schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
    /** the amount scheduled, in fen (分) */
    scheduled_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the amount actually deducted, in fen (分) */
    deduct_amount?: {
      /** the amount in fen (分), an integer — integer, fen (分) */
      total: number
      /** currency code (货币类型), CNY — known values CNY */
      currency?: 'CNY' | (string & {})
    }
    /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
    deduct_date?: string
  }
}

/** Path and query parameters of 通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract): GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapaySignContractsHarmonyPlanIdOutContractCodeGetParams = {
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The 200 body of 通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract): GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}. */
export type PapaySignContractsHarmonyPlanIdOutContractCodeGetResponse = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** papay template id (委托代扣模板ID) — integer; 1…∞ */
  plan_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time?: string
  /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_expired_time?: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data */
  contract_display_account: string
  /** the user's openid under appid — personal data */
  openid: string
  /** the merchant's own id of the user (商户侧用户标识); one active contract per user and template — personal data */
  out_user_code?: string
  /** SIGNED, TERMINATED, SIGN_FAILED (signing failed a business rule) or TO_BE_RENEWED — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED */
  contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED'
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — one of USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE'
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time: string
  }
  /** the user's WeChat id, masked (微信号掩码), for HarmonyOS papay — personal data */
  mask_wxid?: string
}

/** The body of 受理扣款 (deduct from a papay contract): POST /v3/papay/pay/transactions/apply. */
export type PapayPayTransactionsApplyPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters */
  description: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters */
  attach?: string
  /** the contract to deduct from (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the amount to deduct, in fen (分) */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}
/** The 200 body of 受理扣款 (deduct from a papay contract): POST /v3/papay/pay/transactions/apply. */
export type PapayPayTransactionsApplyPostResponse = {
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** the amount accepted for deduction */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}

/** The body of 受理扣款 (partner: deduct from a papay contract): POST /v3/papay/pay/partner/transactions/apply. */
export type PapayPayPartnerTransactionsApplyPostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters */
  description: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters */
  attach?: string
  /** the contract to deduct from (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the amount to deduct, in fen (分) */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}
/** The 200 body of 受理扣款 (partner: deduct from a papay contract): POST /v3/papay/pay/partner/transactions/apply. */
export type PapayPayPartnerTransactionsApplyPostResponse = {
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** the amount accepted for deduction */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}

/** The body of 代扣受理扣款 (deduct from a HarmonyOS papay contract): POST /v3/papay/pay/harmony/transactions/apply. */
export type PapayPayHarmonyTransactionsApplyPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** what is paid for, shown to the user (商品描述) — 1–127 characters */
  description: string
  /** HTTPS URL that receives the payment result (TRANSACTION.*), without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  transaction_notify_url: string
  /** discount tag (订单优惠标记) that coupons match — 0–32 characters */
  goods_tag?: string
  /** merchant data echoed in the payment notification (附加数据) — 0–128 characters */
  attach?: string
  /** the contract to deduct from (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the amount to deduct, in fen (分) */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 1…∞; source §1.1 [SK 排障手册] */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
  /** the user's HarmonyOS account id (鸿蒙账户ID) — personal data */
  harmony_account_id: string
  /** merchant category code (商户类别码), e.g. 5734 */
  mcc?: string
}
/** The 200 body of 代扣受理扣款 (deduct from a HarmonyOS papay contract): POST /v3/papay/pay/harmony/transactions/apply. */
export type PapayPayHarmonyTransactionsApplyPostResponse = {
  /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
  out_trade_no: string
  /** the amount accepted for deduction */
  amount: {
    /** the amount in fen (分), an integer — integer, fen (分) */
    total: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}

/** Path and query parameters of 直连商户预扣费通知 (tell the user of an upcoming deduction): POST /v3/papay/contracts/{contract_id}/notify. */
export type PapayContractsNotifyPostParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 直连商户预扣费通知 (tell the user of an upcoming deduction): POST /v3/papay/contracts/{contract_id}/notify. */
export type PapayContractsNotifyPostRequest = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** how many days the deduction may run after the waiting day (扣费持续时间) */
  deduct_duration?: {
    /** the number of units (扣费持续时间数) — integer; 1…3 */
    count: number
    /** the unit of count: DAY — one of DAY */
    unit?: 'DAY' | (string & {})
  }
  /** the most the deduction will take (预计扣费金额), in fen */
  estimated_amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
    amount: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}

/** Path and query parameters of 重试扣费通知 (remind the user to top up after a failed deduction): POST /v3/papay/contracts/{contract_id}/fail-notify. */
export type PapayContractsFailNotifyPostParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 重试扣费通知 (remind the user to top up after a failed deduction): POST /v3/papay/contracts/{contract_id}/fail-notify. */
export type PapayContractsFailNotifyPostRequest = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
}

/** Path and query parameters of 服务商商户预扣费通知 (partner: tell the user of an upcoming deduction): POST /v3/partner-papay/contracts/{contract_id}/notify. */
export type PartnerPapayContractsNotifyPostParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 服务商商户预扣费通知 (partner: tell the user of an upcoming deduction): POST /v3/partner-papay/contracts/{contract_id}/notify. */
export type PartnerPapayContractsNotifyPostRequest = {
  /** the service provider's merchant id (服务商商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_mchid: string
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** how many days the deduction may run after the waiting day (扣费持续时间) */
  deduct_duration?: {
    /** the number of units (扣费持续时间数) — integer; 1…∞ */
    count: number
    /** the unit of count: DAY — known values DAY */
    unit?: 'DAY' | (string & {})
  }
  /** the most the deduction will take (预计扣费金额), in fen */
  estimated_amount: {
    /** the amount in fen (分), an integer — integer, fen (分); 0…∞ */
    amount: number
    /** currency code (货币类型), CNY — known values CNY */
    currency?: 'CNY' | (string & {})
  }
}

/** Path and query parameters of 服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction): POST /v3/partner-papay/contracts/{contract_id}/fail-notify. */
export type PartnerPapayContractsFailNotifyPostParams = {
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
}
/** The body of 服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction): POST /v3/partner-papay/contracts/{contract_id}/fail-notify. */
export type PartnerPapayContractsFailNotifyPostRequest = {
  /** the service provider's merchant id (服务商商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_mchid: string
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
}

/** The body of 直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
  /** the user's openid under appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  openid: string
}
/** The 200 body of 直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostResponse = {
  /** the pre-sign session id (预签约ID), valid 2 hours */
  pre_entrustweb_id: string
  /** AppID of the WeChat Pay signing mini-program to open */
  sign_mp_appid: string
  /** page path in that mini-program */
  sign_mp_path: string
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}

/** The body of 直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
  /** the user's openid under appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  openid: string
  /** prepay id of the order just placed (预支付交易会话标识); signing is offered after it is paid — 1–64 characters; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  prepay_id: string
}
/** The 200 body of 直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostResponse = {
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}

/** The body of 服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the user's openid under sp_appid — personal data */
  sp_openid?: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid: string
  /** the user's openid under sub_appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  sub_openid?: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
}
/** The 200 body of 服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostResponse = {
  /** the pre-sign session id (预签约ID), valid 2 hours */
  pre_entrustweb_id: string
  /** AppID of the WeChat Pay signing mini-program to open */
  sign_mp_appid: string
  /** page path in that mini-program */
  sign_mp_path: string
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
}

/** The body of 服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostRequest = {
  /** the service provider's AppID (服务商应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sp_appid: string
  /** the user's openid under sp_appid — personal data */
  sp_openid?: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid: string
  /** the user's openid under sub_appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  sub_openid?: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
  /** prepay id of the order just placed (预支付交易会话标识); signing is offered after it is paid — 1–64 characters; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  prepay_id: string
}
/** The 200 body of 服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostResponse = {
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
}

/** The body of 电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
  /** the user's openid under appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  openid: string
}
/** The 200 body of 电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostResponse = {
  /** the pre-sign session id (预签约ID), valid 2 hours */
  pre_entrustweb_id: string
  /** AppID of the WeChat Pay signing mini-program to open */
  sign_mp_appid: string
  /** page path in that mini-program */
  sign_mp_path: string
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}

/** The body of 电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
  /** the user's openid under appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  openid: string
  /** prepay id of the order just placed (预支付交易会话标识); signing is offered after it is paid — 1–64 characters; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  prepay_id: string
}
/** The 200 body of 电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostResponse = {
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}

/** The body of 清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
  /** the user's openid under appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  openid?: string
  /** the user's openid under sub_appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  sub_openid?: string
}
/** The 200 body of 清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program): POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program. */
export type PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostResponse = {
  /** the pre-sign session id (预签约ID), valid 2 hours */
  pre_entrustweb_id: string
  /** AppID of the WeChat Pay signing mini-program to open */
  sign_mp_appid: string
  /** page path in that mini-program */
  sign_mp_path: string
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}

/** The body of 清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostRequest = {
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid: string
  /** the sub-merchant's merchant id (子商户号), for whom the service provider calls — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** HTTPS URL that receives the signing result, without query parameters — 1–256 characters; HTTPS, no query; source §2.3 [PAY partner-mini-program-scheduled-deduct-pre-sign, create-transaction] */
  notify_url: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  contract_display_account: string
  /** the user's openid under appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  openid?: string
  /** the user's openid under sub_appid — 1–128 characters; personal data; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  sub_openid?: string
  /** prepay id of the order just placed (预支付交易会话标识); signing is offered after it is paid — 1–64 characters; source §5.5 [PAY normal-mini-program-pre-entrust-sign, qs-mini-program-pre-entrust-sign] */
  prepay_id: string
}
/** The 200 body of 清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment): POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign. */
export type PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostResponse = {
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}

/** Path and query parameters of 商户通过商户协议号查询协议 (password-exempt: query a contract): GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}. */
export type PasswordExemptContractContractsServiceIdOutContractCodeGetParams = {
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The 200 body of 商户通过商户协议号查询协议 (password-exempt: query a contract): GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}. */
export type PasswordExemptContractContractsServiceIdOutContractCodeGetResponse = {
  /** merchant id (商户号) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** AppID the merchant is bound to (应用ID): an official account, mini-program or App — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  appid: string
  /** the user's openid under appid — personal data */
  openid: string
  /** the sub-merchant's AppID (子商户应用ID) — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  sub_appid?: string
  /** the user's openid under sub_appid — personal data */
  sub_openid?: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
  contract_id: string
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
  /** when the user signed, RFC 3339 — source §1.1 [PAY basic-rules] */
  contract_signed_time: string
  /** the user's account name shown on the signing page and in the contract (用户账户展示名称) — 1–32 characters; personal data */
  contract_display_account?: string
  /** SIGNED while the contract is in force, TERMINATED once it ended (the pages show only SIGNED) — known values SIGNED, TERMINATED */
  contract_state: 'SIGNED' | 'TERMINATED' | (string & {})
  /** how and when the contract was terminated; present once it is TERMINATED */
  contract_terminate_info?: {
    /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
    /** the reason given when it was terminated */
    contract_termination_remark?: string
    /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_terminated_time?: string
  }
}

/** Path and query parameters of 商户通过商户协议号解约协议 (password-exempt: terminate a contract): POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate. */
export type PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostParams = {
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}
/** The body of 商户通过商户协议号解约协议 (password-exempt: terminate a contract): POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate. */
export type PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostRequest = {
  /** why the merchant terminates the contract (解约备注) — 1–256 characters; source §5.6 #19 [PAY terminate-by-code] */
  contract_termination_remark: string
}
/** The 200 body of 商户通过商户协议号解约协议 (password-exempt: terminate a contract): POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate. */
export type PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostResponse = {
  /** the caller's merchant id (商户号), echoed — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
  mchid: string
  /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
  service_id: number
  /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
  out_contract_code: string
}

/** Path and query parameters of 获取平台证书列表 (download the platform certificates): GET /v3/certificates. */
export type CertificatesGetParams = {
  /** which certificates: RSA (when omitted), SM2 or ALL — one of SM2, RSA, ALL */
  algorithm_type?: 'SM2' | 'RSA' | 'ALL' | (string & {})
}
/** The 200 body of 获取平台证书列表 (download the platform certificates): GET /v3/certificates. */
export type CertificatesGetResponse = {
  /** the certificates the merchant may trust now */
  data: Array<{
    /** serial number of the certificate, hexadecimal */
    serial_no?: string
    /** start of the validity, RFC 3339 — source §1.1 [PAY basic-rules] */
    effective_time?: string
    /** end of the validity, RFC 3339 — source §1.1 [PAY basic-rules] */
    expire_time?: string
    /** the certificate, encrypted with the APIv3 key (AES-256-GCM) */
    encrypt_certificate?: {
      /** the cipher: AEAD_AES_256_GCM */
      algorithm?: string
      /** the 12-character nonce of the cipher */
      nonce?: string
      /** the associated data of the cipher: "certificate" */
      associated_data?: string
      /** the PEM certificate encrypted with the APIv3 key, Base64 */
      ciphertext?: string
    }
  }>
}

/** The types of each catalog endpoint, by `METHOD /path`. */
export interface EndpointTypes {
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': { params: undefined; request: PapayInsuranceSignContractsPreEntrustSignMiniProgramPostRequest; response: PapayInsuranceSignContractsPreEntrustSignMiniProgramPostResponse }
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': { params: undefined; request: PapayInsuranceSignContractsPreEntrustSignJsapiPostRequest; response: PapayInsuranceSignContractsPreEntrustSignJsapiPostResponse }
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app': { params: undefined; request: PapayInsuranceSignContractsPreEntrustSignAppPostRequest; response: PapayInsuranceSignContractsPreEntrustSignAppPostResponse }
  'POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5': { params: undefined; request: PapayInsuranceSignContractsPreEntrustSignH5PostRequest; response: PapayInsuranceSignContractsPreEntrustSignH5PostResponse }
  'GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': { params: PapayInsuranceSignContractsPlanIdOutContractCodeGetParams; request: undefined; response: PapayInsuranceSignContractsPlanIdOutContractCodeGetResponse }
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': { params: PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostParams; request: PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostRequest; response: PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostResponse }
  'POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': { params: PapayInsuranceSignContractsPlanIdContractIdRenewPostParams; request: PapayInsuranceSignContractsPlanIdContractIdRenewPostRequest; response: undefined }
  'GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': { params: PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeGetParams; request: undefined; response: PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeGetResponse }
  'POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': { params: PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostParams; request: PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostRequest; response: PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostResponse }
  'POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule': { params: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostParams; request: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostRequest; response: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostResponse }
  'GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}': { params: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdGetParams; request: undefined; response: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdGetResponse }
  'POST /v3/papay/insurance-pay/transactions/apply': { params: undefined; request: PapayInsurancePayTransactionsApplyPostRequest; response: PapayInsurancePayTransactionsApplyPostResponse }
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app': { params: undefined; request: PapayScheduledDeductSignContractsPreEntrustSignAppPostRequest; response: PapayScheduledDeductSignContractsPreEntrustSignAppPostResponse }
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5': { params: undefined; request: PapayScheduledDeductSignContractsPreEntrustSignH5PostRequest; response: PapayScheduledDeductSignContractsPreEntrustSignH5PostResponse }
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi': { params: undefined; request: PapayScheduledDeductSignContractsPreEntrustSignJsapiPostRequest; response: PapayScheduledDeductSignContractsPreEntrustSignJsapiPostResponse }
  'POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program': { params: undefined; request: PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostRequest; response: PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostResponse }
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app': { params: undefined; request: PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostRequest; response: PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostResponse }
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5': { params: undefined; request: PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostRequest; response: PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostResponse }
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi': { params: undefined; request: PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostRequest; response: PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostResponse }
  'POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': { params: undefined; request: PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostRequest; response: PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostResponse }
  'POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule': { params: PapayPaySchedulesContractIdSchedulePostParams; request: PapayPaySchedulesContractIdSchedulePostRequest; response: PapayPaySchedulesContractIdSchedulePostResponse }
  'GET /v3/papay/pay/schedules/contract-id/{contract_id}': { params: PapayPaySchedulesContractIdGetParams; request: undefined; response: PapayPaySchedulesContractIdGetResponse }
  'POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': { params: PapayPayPartnerSchedulesContractIdSchedulePostParams; request: PapayPayPartnerSchedulesContractIdSchedulePostRequest; response: PapayPayPartnerSchedulesContractIdSchedulePostResponse }
  'GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}': { params: PapayPayPartnerSchedulesContractIdGetParams; request: undefined; response: PapayPayPartnerSchedulesContractIdGetResponse }
  'POST /v3/papay/sign/contracts/pre-entrust-sign': { params: undefined; request: PapaySignContractsPreEntrustSignPostRequest; response: PapaySignContractsPreEntrustSignPostResponse }
  'GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': { params: PapaySignContractsPlanIdOutContractCodeGetParams; request: undefined; response: PapaySignContractsPlanIdOutContractCodeGetResponse }
  'POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': { params: PapaySignContractsPlanIdOutContractCodeTerminatePostParams; request: PapaySignContractsPlanIdOutContractCodeTerminatePostRequest; response: PapaySignContractsPlanIdOutContractCodeTerminatePostResponse }
  'GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': { params: PapaySignPartnerContractsPlanIdOutContractCodeGetParams; request: undefined; response: PapaySignPartnerContractsPlanIdOutContractCodeGetResponse }
  'POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': { params: PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostParams; request: PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostRequest; response: PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostResponse }
  'GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}': { params: PapaySignContractsHarmonyPlanIdOutContractCodeGetParams; request: undefined; response: PapaySignContractsHarmonyPlanIdOutContractCodeGetResponse }
  'POST /v3/papay/pay/transactions/apply': { params: undefined; request: PapayPayTransactionsApplyPostRequest; response: PapayPayTransactionsApplyPostResponse }
  'POST /v3/papay/pay/partner/transactions/apply': { params: undefined; request: PapayPayPartnerTransactionsApplyPostRequest; response: PapayPayPartnerTransactionsApplyPostResponse }
  'POST /v3/papay/pay/harmony/transactions/apply': { params: undefined; request: PapayPayHarmonyTransactionsApplyPostRequest; response: PapayPayHarmonyTransactionsApplyPostResponse }
  'POST /v3/papay/contracts/{contract_id}/notify': { params: PapayContractsNotifyPostParams; request: PapayContractsNotifyPostRequest; response: undefined }
  'POST /v3/papay/contracts/{contract_id}/fail-notify': { params: PapayContractsFailNotifyPostParams; request: PapayContractsFailNotifyPostRequest; response: undefined }
  'POST /v3/partner-papay/contracts/{contract_id}/notify': { params: PartnerPapayContractsNotifyPostParams; request: PartnerPapayContractsNotifyPostRequest; response: undefined }
  'POST /v3/partner-papay/contracts/{contract_id}/fail-notify': { params: PartnerPapayContractsFailNotifyPostParams; request: PartnerPapayContractsFailNotifyPostRequest; response: undefined }
  'POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program': { params: undefined; request: PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostRequest; response: PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostResponse }
  'POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign': { params: undefined; request: PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostRequest; response: PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostResponse }
  'POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program': { params: undefined; request: PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostRequest; response: PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostResponse }
  'POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign': { params: undefined; request: PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostRequest; response: PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostResponse }
  'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': { params: undefined; request: PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostRequest; response: PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostResponse }
  'POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign': { params: undefined; request: PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostRequest; response: PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostResponse }
  'POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program': { params: undefined; request: PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostRequest; response: PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostResponse }
  'POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign': { params: undefined; request: PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostRequest; response: PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostResponse }
  'GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': { params: PasswordExemptContractContractsServiceIdOutContractCodeGetParams; request: undefined; response: PasswordExemptContractContractsServiceIdOutContractCodeGetResponse }
  'POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate': { params: PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostParams; request: PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostRequest; response: PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostResponse }
  'GET /v3/certificates': { params: CertificatesGetParams; request: undefined; response: CertificatesGetResponse }
}

/** `/v3/…`: 48 endpoints below */
export interface V3Node {
  /**
   * 获取平台证书列表 (download the platform certificates) — `GET /v3/certificates`, called by any merchant.
   * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml
   */
  readonly certificates: V3CertificatesNode
  /** `/v3/papay/…`: 35 endpoints below */
  readonly papay: V3PapayNode
  /** `/v3/partner-papay/…`: 2 endpoints below */
  readonly partnerPapay: V3PartnerPapayNode
  /** `/v3/password-exempt-contract/…`: 10 endpoints below */
  readonly passwordExemptContract: V3PasswordExemptContractNode
}

/**
 * 获取平台证书列表 (download the platform certificates) — `GET /v3/certificates`, called by any merchant.
 * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml
 */
export interface V3CertificatesNode {
  /**
   * 获取平台证书列表 (download the platform certificates) — `GET /v3/certificates`, called by any merchant.
   * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml
   */
  get(config?: CallOptions<CertificatesGetParams>): Promise<WechatPayResponse<CertificatesGetResponse>>
}

/** `/v3/papay/…`: 35 endpoints below */
export interface V3PapayNode {
  /** `/v3/papay/contracts/…`: 2 endpoints below */
  readonly contracts: V3PapayContractsNode
  /** `/v3/papay/insurance-pay/…`: 3 endpoints below */
  readonly insurancePay: V3PapayInsurancePayNode
  /** `/v3/papay/insurance-sign/…`: 9 endpoints below */
  readonly insuranceSign: V3PapayInsuranceSignNode
  /** `/v3/papay/pay/…`: 7 endpoints below */
  readonly pay: V3PapayPayNode
  /** `/v3/papay/scheduled-deduct-sign/…`: 8 endpoints below */
  readonly scheduledDeductSign: V3PapayScheduledDeductSignNode
  /** `/v3/papay/sign/…`: 6 endpoints below */
  readonly sign: V3PapaySignNode
}

/** `/v3/papay/contracts/…`: 2 endpoints below */
export interface V3PapayContractsNode {
  /** `/v3/papay/contracts/{contract_id}/…`: 2 endpoints below */
  readonly '{contract_id}': V3PapayContractsContractIdParamNode
  /** `/v3/papay/contracts/{contract_id}/…`: 2 endpoints below */
  readonly $contract_id$: V3PapayContractsContractIdParamNode
}

/** `/v3/papay/contracts/{contract_id}/…`: 2 endpoints below */
export interface V3PapayContractsContractIdParamNode {
  /**
   * 重试扣费通知 (remind the user to top up after a failed deduction) — `POST /v3/papay/contracts/{contract_id}/fail-notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml
   */
  readonly failNotify: V3PapayContractsContractIdParamFailNotifyNode
  /**
   * 直连商户预扣费通知 (tell the user of an upcoming deduction) — `POST /v3/papay/contracts/{contract_id}/notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/json/deduct-notify.html
   */
  readonly notify: V3PapayContractsContractIdParamNotifyNode
}

/**
 * 重试扣费通知 (remind the user to top up after a failed deduction) — `POST /v3/papay/contracts/{contract_id}/fail-notify`, called by 普通商户 (direct merchant); answers 204.
 * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml
 */
export interface V3PapayContractsContractIdParamFailNotifyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 重试扣费通知 (remind the user to top up after a failed deduction) — `POST /v3/papay/contracts/{contract_id}/fail-notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml
   */
  (data: PapayContractsFailNotifyPostRequest, config: CallOptions<PapayContractsFailNotifyPostParams> & { params: PapayContractsFailNotifyPostParams }): Promise<WechatPayResponse<undefined>>
  /**
   * 重试扣费通知 (remind the user to top up after a failed deduction) — `POST /v3/papay/contracts/{contract_id}/fail-notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml
   */
  post(data: PapayContractsFailNotifyPostRequest, config: CallOptions<PapayContractsFailNotifyPostParams> & { params: PapayContractsFailNotifyPostParams }): Promise<WechatPayResponse<undefined>>
}

/**
 * 直连商户预扣费通知 (tell the user of an upcoming deduction) — `POST /v3/papay/contracts/{contract_id}/notify`, called by 普通商户 (direct merchant); answers 204.
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/json/deduct-notify.html
 */
export interface V3PapayContractsContractIdParamNotifyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 直连商户预扣费通知 (tell the user of an upcoming deduction) — `POST /v3/papay/contracts/{contract_id}/notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/json/deduct-notify.html
   */
  (data: PapayContractsNotifyPostRequest, config: CallOptions<PapayContractsNotifyPostParams> & { params: PapayContractsNotifyPostParams }): Promise<WechatPayResponse<undefined>>
  /**
   * 直连商户预扣费通知 (tell the user of an upcoming deduction) — `POST /v3/papay/contracts/{contract_id}/notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/json/deduct-notify.html
   */
  post(data: PapayContractsNotifyPostRequest, config: CallOptions<PapayContractsNotifyPostParams> & { params: PapayContractsNotifyPostParams }): Promise<WechatPayResponse<undefined>>
}

/** `/v3/papay/insurance-pay/…`: 3 endpoints below */
export interface V3PapayInsurancePayNode {
  /** `/v3/papay/insurance-pay/policy-periods/…`: 2 endpoints below */
  readonly policyPeriods: V3PapayInsurancePayPolicyPeriodsNode
  /** `/v3/papay/insurance-pay/transactions/…`: 1 endpoint below */
  readonly transactions: V3PapayInsurancePayTransactionsNode
}

/** `/v3/papay/insurance-pay/policy-periods/…`: 2 endpoints below */
export interface V3PapayInsurancePayPolicyPeriodsNode {
  /** `/v3/papay/insurance-pay/policy-periods/contract-id/…`: 2 endpoints below */
  readonly contractId: V3PapayInsurancePayPolicyPeriodsContractIdNode
}

/** `/v3/papay/insurance-pay/policy-periods/contract-id/…`: 2 endpoints below */
export interface V3PapayInsurancePayPolicyPeriodsContractIdNode {
  /** `/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/…`: 2 endpoints below */
  readonly '{contract_id}': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamNode
  /** `/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/…`: 2 endpoints below */
  readonly $contract_id$: V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamNode
}

/** `/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/…`: 2 endpoints below */
export interface V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamNode {
  /** `/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/…`: 2 endpoints below */
  readonly policyPeriodId: V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdNode
}

/** `/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/…`: 2 endpoints below */
export interface V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdNode {
  /**
   * 保险商户查询保险自动续费预约 (query the schedule of an insurance period) — `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html
   */
  readonly '{policy_period_id}': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamNode
  /**
   * 保险商户查询保险自动续费预约 (query the schedule of an insurance period) — `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html
   */
  readonly $policy_period_id$: V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamNode
}

/**
 * 保险商户查询保险自动续费预约 (query the schedule of an insurance period) — `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html
 */
export interface V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamNode {
  /**
   * 保险商户查询保险自动续费预约 (query the schedule of an insurance period) — `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html
   */
  get(config: CallOptions<PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdGetParams> & { params: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdGetParams }): Promise<WechatPayResponse<PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdGetResponse>>
  /**
   * 保险商户预约保险自动续费 (schedule the deduction of an insurance period) — `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html
   */
  readonly schedule: V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamScheduleNode
}

/**
 * 保险商户预约保险自动续费 (schedule the deduction of an insurance period) — `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html
 */
export interface V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamScheduleNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户预约保险自动续费 (schedule the deduction of an insurance period) — `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html
   */
  (data: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostRequest, config: CallOptions<PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostParams> & { params: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostParams }): Promise<WechatPayResponse<PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostResponse>>
  /**
   * 保险商户预约保险自动续费 (schedule the deduction of an insurance period) — `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html
   */
  post(data: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostRequest, config: CallOptions<PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostParams> & { params: PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostParams }): Promise<WechatPayResponse<PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdSchedulePostResponse>>
}

/** `/v3/papay/insurance-pay/transactions/…`: 1 endpoint below */
export interface V3PapayInsurancePayTransactionsNode {
  /**
   * 保险商户受理保险自动续费扣款 (deduct a scheduled insurance period) — `POST /v3/papay/insurance-pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html
   */
  readonly apply: V3PapayInsurancePayTransactionsApplyNode
}

/**
 * 保险商户受理保险自动续费扣款 (deduct a scheduled insurance period) — `POST /v3/papay/insurance-pay/transactions/apply`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html
 */
export interface V3PapayInsurancePayTransactionsApplyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户受理保险自动续费扣款 (deduct a scheduled insurance period) — `POST /v3/papay/insurance-pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html
   */
  (data: PapayInsurancePayTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsurancePayTransactionsApplyPostResponse>>
  /**
   * 保险商户受理保险自动续费扣款 (deduct a scheduled insurance period) — `POST /v3/papay/insurance-pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html
   */
  post(data: PapayInsurancePayTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsurancePayTransactionsApplyPostResponse>>
}

/** `/v3/papay/insurance-sign/…`: 9 endpoints below */
export interface V3PapayInsuranceSignNode {
  /** `/v3/papay/insurance-sign/contracts/…`: 7 endpoints below */
  readonly contracts: V3PapayInsuranceSignContractsNode
  /** `/v3/papay/insurance-sign/policy-periods/…`: 1 endpoint below */
  readonly policyPeriods: V3PapayInsuranceSignPolicyPeriodsNode
  /** `/v3/papay/insurance-sign/policy_periods/…`: 1 endpoint below */
  readonly policy_periods: V3PapayInsuranceSignPolicy_periodsNode
}

/** `/v3/papay/insurance-sign/contracts/…`: 7 endpoints below */
export interface V3PapayInsuranceSignContractsNode {
  /** `/v3/papay/insurance-sign/contracts/plan-id/…`: 3 endpoints below */
  readonly planId: V3PapayInsuranceSignContractsPlanIdNode
  /** `/v3/papay/insurance-sign/contracts/pre-entrust-sign/…`: 4 endpoints below */
  readonly preEntrustSign: V3PapayInsuranceSignContractsPreEntrustSignNode
}

/** `/v3/papay/insurance-sign/contracts/plan-id/…`: 3 endpoints below */
export interface V3PapayInsuranceSignContractsPlanIdNode {
  /** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/…`: 3 endpoints below */
  readonly '{plan_id}': V3PapayInsuranceSignContractsPlanIdPlanIdParamNode
  /** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/…`: 3 endpoints below */
  readonly $plan_id$: V3PapayInsuranceSignContractsPlanIdPlanIdParamNode
}

/** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/…`: 3 endpoints below */
export interface V3PapayInsuranceSignContractsPlanIdPlanIdParamNode {
  /** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/…`: 1 endpoint below */
  readonly contractId: V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdNode
  /** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/…`: 2 endpoints below */
  readonly outContractCode: V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeNode
}

/** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/…`: 1 endpoint below */
export interface V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdNode {
  /** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/…`: 1 endpoint below */
  readonly '{contract_id}': V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamNode
  /** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/…`: 1 endpoint below */
  readonly $contract_id$: V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamNode
}

/** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/…`: 1 endpoint below */
export interface V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamNode {
  /**
   * 保险商户受理续期自动续费协议 (renew an insurance contract with new periods) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html
   */
  readonly renew: V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamRenewNode
}

/**
 * 保险商户受理续期自动续费协议 (renew an insurance contract with new periods) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew`, called by 普通商户 (direct merchant); answers 204.
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html
 */
export interface V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamRenewNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户受理续期自动续费协议 (renew an insurance contract with new periods) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html
   */
  (data: PapayInsuranceSignContractsPlanIdContractIdRenewPostRequest, config: CallOptions<PapayInsuranceSignContractsPlanIdContractIdRenewPostParams> & { params: PapayInsuranceSignContractsPlanIdContractIdRenewPostParams }): Promise<WechatPayResponse<undefined>>
  /**
   * 保险商户受理续期自动续费协议 (renew an insurance contract with new periods) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html
   */
  post(data: PapayInsuranceSignContractsPlanIdContractIdRenewPostRequest, config: CallOptions<PapayInsuranceSignContractsPlanIdContractIdRenewPostParams> & { params: PapayInsuranceSignContractsPlanIdContractIdRenewPostParams }): Promise<WechatPayResponse<undefined>>
}

/** `/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/…`: 2 endpoints below */
export interface V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeNode {
  /**
   * 保险商户查询保险自动续费协议 (query an insurance contract) — `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4016724540
   */
  readonly '{out_contract_code}': V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 保险商户查询保险自动续费协议 (query an insurance contract) — `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4016724540
   */
  readonly $out_contract_code$: V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
}

/**
 * 保险商户查询保险自动续费协议 (query an insurance contract) — `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/doc/v3/merchant/4016724540
 */
export interface V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode {
  /**
   * 保险商户查询保险自动续费协议 (query an insurance contract) — `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4016724540
   */
  get(config: CallOptions<PapayInsuranceSignContractsPlanIdOutContractCodeGetParams> & { params: PapayInsuranceSignContractsPlanIdOutContractCodeGetParams }): Promise<WechatPayResponse<PapayInsuranceSignContractsPlanIdOutContractCodeGetResponse>>
  /** 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant). */
  readonly terminate: V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
}

/** 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant). */
export interface V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant).
   */
  (data: PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostRequest, config: CallOptions<PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostParams> & { params: PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostResponse>>
  /** 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant). */
  post(data: PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostRequest, config: CallOptions<PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostParams> & { params: PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PapayInsuranceSignContractsPlanIdOutContractCodeTerminatePostResponse>>
}

/** `/v3/papay/insurance-sign/contracts/pre-entrust-sign/…`: 4 endpoints below */
export interface V3PapayInsuranceSignContractsPreEntrustSignNode {
  /**
   * 保险商户App预签约 (insurance pre-sign, App) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html
   */
  readonly app: V3PapayInsuranceSignContractsPreEntrustSignAppNode
  /**
   * 保险商户H5预签约 (insurance pre-sign, H5 in a browser) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html
   */
  readonly h5: V3PapayInsuranceSignContractsPreEntrustSignH5Node
  /**
   * 保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html
   */
  readonly jsapi: V3PapayInsuranceSignContractsPreEntrustSignJsapiNode
  /**
   * 保险商户小程序预签约 (insurance pre-sign, mini-program) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html
   */
  readonly miniProgram: V3PapayInsuranceSignContractsPreEntrustSignMiniProgramNode
}

/**
 * 保险商户App预签约 (insurance pre-sign, App) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html
 */
export interface V3PapayInsuranceSignContractsPreEntrustSignAppNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户App预签约 (insurance pre-sign, App) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html
   */
  (data: PapayInsuranceSignContractsPreEntrustSignAppPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignAppPostResponse>>
  /**
   * 保险商户App预签约 (insurance pre-sign, App) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html
   */
  post(data: PapayInsuranceSignContractsPreEntrustSignAppPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignAppPostResponse>>
}

/**
 * 保险商户H5预签约 (insurance pre-sign, H5 in a browser) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html
 */
export interface V3PapayInsuranceSignContractsPreEntrustSignH5Node {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户H5预签约 (insurance pre-sign, H5 in a browser) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html
   */
  (data: PapayInsuranceSignContractsPreEntrustSignH5PostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignH5PostResponse>>
  /**
   * 保险商户H5预签约 (insurance pre-sign, H5 in a browser) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html
   */
  post(data: PapayInsuranceSignContractsPreEntrustSignH5PostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignH5PostResponse>>
}

/**
 * 保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html
 */
export interface V3PapayInsuranceSignContractsPreEntrustSignJsapiNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html
   */
  (data: PapayInsuranceSignContractsPreEntrustSignJsapiPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignJsapiPostResponse>>
  /**
   * 保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html
   */
  post(data: PapayInsuranceSignContractsPreEntrustSignJsapiPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignJsapiPostResponse>>
}

/**
 * 保险商户小程序预签约 (insurance pre-sign, mini-program) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html
 */
export interface V3PapayInsuranceSignContractsPreEntrustSignMiniProgramNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户小程序预签约 (insurance pre-sign, mini-program) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html
   */
  (data: PapayInsuranceSignContractsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignMiniProgramPostResponse>>
  /**
   * 保险商户小程序预签约 (insurance pre-sign, mini-program) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html
   */
  post(data: PapayInsuranceSignContractsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayInsuranceSignContractsPreEntrustSignMiniProgramPostResponse>>
}

/** `/v3/papay/insurance-sign/policy-periods/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicyPeriodsNode {
  /** `/v3/papay/insurance-sign/policy-periods/plan-id/…`: 1 endpoint below */
  readonly planId: V3PapayInsuranceSignPolicyPeriodsPlanIdNode
}

/** `/v3/papay/insurance-sign/policy-periods/plan-id/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicyPeriodsPlanIdNode {
  /** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/…`: 1 endpoint below */
  readonly '{plan_id}': V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamNode
  /** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/…`: 1 endpoint below */
  readonly $plan_id$: V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamNode
}

/** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamNode {
  /** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/…`: 1 endpoint below */
  readonly contractId: V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdNode
}

/** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdNode {
  /** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/…`: 1 endpoint below */
  readonly '{contract_id}': V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamNode
  /** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/…`: 1 endpoint below */
  readonly $contract_id$: V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamNode
}

/** `/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamNode {
  /**
   * 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract) — `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012987596
   */
  readonly modify: V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamModifyNode
}

/**
 * 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract) — `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/doc/v3/merchant/4012987596
 */
export interface V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamModifyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract) — `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012987596
   */
  (data: PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostRequest, config: CallOptions<PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostParams> & { params: PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostParams }): Promise<WechatPayResponse<PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostResponse>>
  /**
   * 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract) — `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012987596
   */
  post(data: PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostRequest, config: CallOptions<PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostParams> & { params: PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostParams }): Promise<WechatPayResponse<PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyPostResponse>>
}

/** `/v3/papay/insurance-sign/policy_periods/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicy_periodsNode {
  /** `/v3/papay/insurance-sign/policy_periods/plan-id/…`: 1 endpoint below */
  readonly planId: V3PapayInsuranceSignPolicy_periodsPlanIdNode
}

/** `/v3/papay/insurance-sign/policy_periods/plan-id/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicy_periodsPlanIdNode {
  /** `/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/…`: 1 endpoint below */
  readonly '{plan_id}': V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamNode
  /** `/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/…`: 1 endpoint below */
  readonly $plan_id$: V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamNode
}

/** `/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamNode {
  /** `/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/…`: 1 endpoint below */
  readonly outContractCode: V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeNode
}

/** `/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/…`: 1 endpoint below */
export interface V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeNode {
  /**
   * 保险商户查询保险扣费周期列表 (list the periods of an insurance contract) — `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html
   */
  readonly '{out_contract_code}': V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 保险商户查询保险扣费周期列表 (list the periods of an insurance contract) — `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html
   */
  readonly $out_contract_code$: V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
}

/**
 * 保险商户查询保险扣费周期列表 (list the periods of an insurance contract) — `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html
 */
export interface V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode {
  /**
   * 保险商户查询保险扣费周期列表 (list the periods of an insurance contract) — `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html
   */
  get(config: CallOptions<PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeGetParams> & { params: PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeGetParams }): Promise<WechatPayResponse<PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeGetResponse>>
}

/** `/v3/papay/pay/…`: 7 endpoints below */
export interface V3PapayPayNode {
  /** `/v3/papay/pay/harmony/…`: 1 endpoint below */
  readonly harmony: V3PapayPayHarmonyNode
  /** `/v3/papay/pay/partner/…`: 3 endpoints below */
  readonly partner: V3PapayPayPartnerNode
  /** `/v3/papay/pay/schedules/…`: 2 endpoints below */
  readonly schedules: V3PapayPaySchedulesNode
  /** `/v3/papay/pay/transactions/…`: 1 endpoint below */
  readonly transactions: V3PapayPayTransactionsNode
}

/** `/v3/papay/pay/harmony/…`: 1 endpoint below */
export interface V3PapayPayHarmonyNode {
  /** `/v3/papay/pay/harmony/transactions/…`: 1 endpoint below */
  readonly transactions: V3PapayPayHarmonyTransactionsNode
}

/** `/v3/papay/pay/harmony/transactions/…`: 1 endpoint below */
export interface V3PapayPayHarmonyTransactionsNode {
  /** 代扣受理扣款 (deduct from a HarmonyOS papay contract) — `POST /v3/papay/pay/harmony/transactions/apply`, called by 普通商户 (direct merchant). */
  readonly apply: V3PapayPayHarmonyTransactionsApplyNode
}

/** 代扣受理扣款 (deduct from a HarmonyOS papay contract) — `POST /v3/papay/pay/harmony/transactions/apply`, called by 普通商户 (direct merchant). */
export interface V3PapayPayHarmonyTransactionsApplyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 代扣受理扣款 (deduct from a HarmonyOS papay contract) — `POST /v3/papay/pay/harmony/transactions/apply`, called by 普通商户 (direct merchant).
   */
  (data: PapayPayHarmonyTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayPayHarmonyTransactionsApplyPostResponse>>
  /** 代扣受理扣款 (deduct from a HarmonyOS papay contract) — `POST /v3/papay/pay/harmony/transactions/apply`, called by 普通商户 (direct merchant). */
  post(data: PapayPayHarmonyTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayPayHarmonyTransactionsApplyPostResponse>>
}

/** `/v3/papay/pay/partner/…`: 3 endpoints below */
export interface V3PapayPayPartnerNode {
  /** `/v3/papay/pay/partner/schedules/…`: 2 endpoints below */
  readonly schedules: V3PapayPayPartnerSchedulesNode
  /** `/v3/papay/pay/partner/transactions/…`: 1 endpoint below */
  readonly transactions: V3PapayPayPartnerTransactionsNode
}

/** `/v3/papay/pay/partner/schedules/…`: 2 endpoints below */
export interface V3PapayPayPartnerSchedulesNode {
  /** `/v3/papay/pay/partner/schedules/contract-id/…`: 2 endpoints below */
  readonly contractId: V3PapayPayPartnerSchedulesContractIdNode
}

/** `/v3/papay/pay/partner/schedules/contract-id/…`: 2 endpoints below */
export interface V3PapayPayPartnerSchedulesContractIdNode {
  /**
   * 查询扣费预约 (partner: query the scheduled deduction of a contract) — `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-query-deduct-schedule.html
   */
  readonly '{contract_id}': V3PapayPayPartnerSchedulesContractIdContractIdParamNode
  /**
   * 查询扣费预约 (partner: query the scheduled deduction of a contract) — `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-query-deduct-schedule.html
   */
  readonly $contract_id$: V3PapayPayPartnerSchedulesContractIdContractIdParamNode
}

/**
 * 查询扣费预约 (partner: query the scheduled deduction of a contract) — `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-query-deduct-schedule.html
 */
export interface V3PapayPayPartnerSchedulesContractIdContractIdParamNode {
  /**
   * 查询扣费预约 (partner: query the scheduled deduction of a contract) — `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-query-deduct-schedule.html
   */
  get(config: CallOptions<PapayPayPartnerSchedulesContractIdGetParams> & { params: PapayPayPartnerSchedulesContractIdGetParams }): Promise<WechatPayResponse<PapayPayPartnerSchedulesContractIdGetResponse>>
  /**
   * 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-schedule-deduction.html
   */
  readonly schedule: V3PapayPayPartnerSchedulesContractIdContractIdParamScheduleNode
}

/**
 * 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-schedule-deduction.html
 */
export interface V3PapayPayPartnerSchedulesContractIdContractIdParamScheduleNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-schedule-deduction.html
   */
  (data: PapayPayPartnerSchedulesContractIdSchedulePostRequest, config: CallOptions<PapayPayPartnerSchedulesContractIdSchedulePostParams> & { params: PapayPayPartnerSchedulesContractIdSchedulePostParams }): Promise<WechatPayResponse<PapayPayPartnerSchedulesContractIdSchedulePostResponse>>
  /**
   * 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-schedule-deduction.html
   */
  post(data: PapayPayPartnerSchedulesContractIdSchedulePostRequest, config: CallOptions<PapayPayPartnerSchedulesContractIdSchedulePostParams> & { params: PapayPayPartnerSchedulesContractIdSchedulePostParams }): Promise<WechatPayResponse<PapayPayPartnerSchedulesContractIdSchedulePostResponse>>
}

/** `/v3/papay/pay/partner/transactions/…`: 1 endpoint below */
export interface V3PapayPayPartnerTransactionsNode {
  /**
   * 受理扣款 (partner: deduct from a papay contract) — `POST /v3/papay/pay/partner/transactions/apply`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-create-transaction.html
   */
  readonly apply: V3PapayPayPartnerTransactionsApplyNode
}

/**
 * 受理扣款 (partner: deduct from a papay contract) — `POST /v3/papay/pay/partner/transactions/apply`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-create-transaction.html
 */
export interface V3PapayPayPartnerTransactionsApplyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 受理扣款 (partner: deduct from a papay contract) — `POST /v3/papay/pay/partner/transactions/apply`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-create-transaction.html
   */
  (data: PapayPayPartnerTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayPayPartnerTransactionsApplyPostResponse>>
  /**
   * 受理扣款 (partner: deduct from a papay contract) — `POST /v3/papay/pay/partner/transactions/apply`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-create-transaction.html
   */
  post(data: PapayPayPartnerTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayPayPartnerTransactionsApplyPostResponse>>
}

/** `/v3/papay/pay/schedules/…`: 2 endpoints below */
export interface V3PapayPaySchedulesNode {
  /** `/v3/papay/pay/schedules/contract-id/…`: 2 endpoints below */
  readonly contractId: V3PapayPaySchedulesContractIdNode
}

/** `/v3/papay/pay/schedules/contract-id/…`: 2 endpoints below */
export interface V3PapayPaySchedulesContractIdNode {
  /**
   * 查询扣费预约 (query the scheduled deduction of a contract) — `GET /v3/papay/pay/schedules/contract-id/{contract_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-query-deduct-schedule.html
   */
  readonly '{contract_id}': V3PapayPaySchedulesContractIdContractIdParamNode
  /**
   * 查询扣费预约 (query the scheduled deduction of a contract) — `GET /v3/papay/pay/schedules/contract-id/{contract_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-query-deduct-schedule.html
   */
  readonly $contract_id$: V3PapayPaySchedulesContractIdContractIdParamNode
}

/**
 * 查询扣费预约 (query the scheduled deduction of a contract) — `GET /v3/papay/pay/schedules/contract-id/{contract_id}`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-query-deduct-schedule.html
 */
export interface V3PapayPaySchedulesContractIdContractIdParamNode {
  /**
   * 查询扣费预约 (query the scheduled deduction of a contract) — `GET /v3/papay/pay/schedules/contract-id/{contract_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-query-deduct-schedule.html
   */
  get(config: CallOptions<PapayPaySchedulesContractIdGetParams> & { params: PapayPaySchedulesContractIdGetParams }): Promise<WechatPayResponse<PapayPaySchedulesContractIdGetResponse>>
  /**
   * 预约扣费 (schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-schedule-deduction.html
   */
  readonly schedule: V3PapayPaySchedulesContractIdContractIdParamScheduleNode
}

/**
 * 预约扣费 (schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-schedule-deduction.html
 */
export interface V3PapayPaySchedulesContractIdContractIdParamScheduleNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 预约扣费 (schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-schedule-deduction.html
   */
  (data: PapayPaySchedulesContractIdSchedulePostRequest, config: CallOptions<PapayPaySchedulesContractIdSchedulePostParams> & { params: PapayPaySchedulesContractIdSchedulePostParams }): Promise<WechatPayResponse<PapayPaySchedulesContractIdSchedulePostResponse>>
  /**
   * 预约扣费 (schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-schedule-deduction.html
   */
  post(data: PapayPaySchedulesContractIdSchedulePostRequest, config: CallOptions<PapayPaySchedulesContractIdSchedulePostParams> & { params: PapayPaySchedulesContractIdSchedulePostParams }): Promise<WechatPayResponse<PapayPaySchedulesContractIdSchedulePostResponse>>
}

/** `/v3/papay/pay/transactions/…`: 1 endpoint below */
export interface V3PapayPayTransactionsNode {
  /**
   * 受理扣款 (deduct from a papay contract) — `POST /v3/papay/pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-create-transaction.html
   */
  readonly apply: V3PapayPayTransactionsApplyNode
}

/**
 * 受理扣款 (deduct from a papay contract) — `POST /v3/papay/pay/transactions/apply`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-create-transaction.html
 */
export interface V3PapayPayTransactionsApplyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 受理扣款 (deduct from a papay contract) — `POST /v3/papay/pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-create-transaction.html
   */
  (data: PapayPayTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayPayTransactionsApplyPostResponse>>
  /**
   * 受理扣款 (deduct from a papay contract) — `POST /v3/papay/pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-create-transaction.html
   */
  post(data: PapayPayTransactionsApplyPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayPayTransactionsApplyPostResponse>>
}

/** `/v3/papay/scheduled-deduct-sign/…`: 8 endpoints below */
export interface V3PapayScheduledDeductSignNode {
  /** `/v3/papay/scheduled-deduct-sign/contracts/…`: 4 endpoints below */
  readonly contracts: V3PapayScheduledDeductSignContractsNode
  /** `/v3/papay/scheduled-deduct-sign/partner/…`: 4 endpoints below */
  readonly partner: V3PapayScheduledDeductSignPartnerNode
}

/** `/v3/papay/scheduled-deduct-sign/contracts/…`: 4 endpoints below */
export interface V3PapayScheduledDeductSignContractsNode {
  /** `/v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/…`: 4 endpoints below */
  readonly preEntrustSign: V3PapayScheduledDeductSignContractsPreEntrustSignNode
}

/** `/v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/…`: 4 endpoints below */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignNode {
  /**
   * App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-app-scheduled-deduct-pre-sign.html
   */
  readonly app: V3PapayScheduledDeductSignContractsPreEntrustSignAppNode
  /**
   * H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-h5-scheduled-deduct-pre-sign.html
   */
  readonly h5: V3PapayScheduledDeductSignContractsPreEntrustSignH5Node
  /**
   * JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/jsapi-scheduled-deduct-pre-sign.html
   */
  readonly jsapi: V3PapayScheduledDeductSignContractsPreEntrustSignJsapiNode
  /**
   * 小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/mini-program-scheduled-deduct-pre-sign.html
   */
  readonly miniProgram: V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramNode
}

/**
 * App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-app-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignAppNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-app-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignContractsPreEntrustSignAppPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignAppPostResponse>>
  /**
   * App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-app-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignContractsPreEntrustSignAppPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignAppPostResponse>>
}

/**
 * H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-h5-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignH5Node {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-h5-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignContractsPreEntrustSignH5PostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignH5PostResponse>>
  /**
   * H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-h5-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignContractsPreEntrustSignH5PostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignH5PostResponse>>
}

/**
 * JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/jsapi-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignJsapiNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/jsapi-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignContractsPreEntrustSignJsapiPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignJsapiPostResponse>>
  /**
   * JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/jsapi-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignContractsPreEntrustSignJsapiPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignJsapiPostResponse>>
}

/**
 * 小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/mini-program-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/mini-program-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostResponse>>
  /**
   * 小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/mini-program-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignContractsPreEntrustSignMiniProgramPostResponse>>
}

/** `/v3/papay/scheduled-deduct-sign/partner/…`: 4 endpoints below */
export interface V3PapayScheduledDeductSignPartnerNode {
  /** `/v3/papay/scheduled-deduct-sign/partner/contracts/…`: 4 endpoints below */
  readonly contracts: V3PapayScheduledDeductSignPartnerContractsNode
}

/** `/v3/papay/scheduled-deduct-sign/partner/contracts/…`: 4 endpoints below */
export interface V3PapayScheduledDeductSignPartnerContractsNode {
  /** `/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/…`: 4 endpoints below */
  readonly preEntrustSign: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignNode
}

/** `/v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/…`: 4 endpoints below */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignNode {
  /**
   * App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html
   */
  readonly app: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppNode
  /**
   * H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-h5-scheduled-deduct-pre-sign.html
   */
  readonly h5: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Node
  /**
   * JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-jsapi-scheduled-deduct-pre-sign.html
   */
  readonly jsapi: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiNode
  /**
   * 小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html
   */
  readonly miniProgram: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramNode
}

/**
 * App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostResponse>>
  /**
   * App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignAppPostResponse>>
}

/**
 * H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-h5-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Node {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-h5-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostResponse>>
  /**
   * H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-h5-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignH5PostResponse>>
}

/**
 * JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-jsapi-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-jsapi-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostResponse>>
  /**
   * JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-jsapi-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiPostResponse>>
}

/**
 * 小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html
 */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html
   */
  (data: PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostResponse>>
  /**
   * 小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html
   */
  post(data: PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramPostResponse>>
}

/** `/v3/papay/sign/…`: 6 endpoints below */
export interface V3PapaySignNode {
  /** `/v3/papay/sign/contracts/…`: 4 endpoints below */
  readonly contracts: V3PapaySignContractsNode
  /** `/v3/papay/sign/partner/…`: 2 endpoints below */
  readonly partner: V3PapaySignPartnerNode
}

/** `/v3/papay/sign/contracts/…`: 4 endpoints below */
export interface V3PapaySignContractsNode {
  /** `/v3/papay/sign/contracts/harmony-plan-id/…`: 1 endpoint below */
  readonly harmonyPlanId: V3PapaySignContractsHarmonyPlanIdNode
  /** `/v3/papay/sign/contracts/plan-id/…`: 2 endpoints below */
  readonly planId: V3PapaySignContractsPlanIdNode
  /**
   * 代扣预签约 (papay pre-sign, in an App or by QR code) — `POST /v3/papay/sign/contracts/pre-entrust-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012978414
   */
  readonly preEntrustSign: V3PapaySignContractsPreEntrustSignNode
}

/** `/v3/papay/sign/contracts/harmony-plan-id/…`: 1 endpoint below */
export interface V3PapaySignContractsHarmonyPlanIdNode {
  /** `/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/…`: 1 endpoint below */
  readonly '{plan_id}': V3PapaySignContractsHarmonyPlanIdPlanIdParamNode
  /** `/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/…`: 1 endpoint below */
  readonly $plan_id$: V3PapaySignContractsHarmonyPlanIdPlanIdParamNode
}

/** `/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/…`: 1 endpoint below */
export interface V3PapaySignContractsHarmonyPlanIdPlanIdParamNode {
  /** `/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/…`: 1 endpoint below */
  readonly outContractCode: V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeNode
}

/** `/v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/…`: 1 endpoint below */
export interface V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeNode {
  /** 通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract) — `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant). */
  readonly '{out_contract_code}': V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /** 通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract) — `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant). */
  readonly $out_contract_code$: V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
}

/** 通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract) — `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant). */
export interface V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode {
  /** 通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract) — `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant). */
  get(config: CallOptions<PapaySignContractsHarmonyPlanIdOutContractCodeGetParams> & { params: PapaySignContractsHarmonyPlanIdOutContractCodeGetParams }): Promise<WechatPayResponse<PapaySignContractsHarmonyPlanIdOutContractCodeGetResponse>>
}

/** `/v3/papay/sign/contracts/plan-id/…`: 2 endpoints below */
export interface V3PapaySignContractsPlanIdNode {
  /** `/v3/papay/sign/contracts/plan-id/{plan_id}/…`: 2 endpoints below */
  readonly '{plan_id}': V3PapaySignContractsPlanIdPlanIdParamNode
  /** `/v3/papay/sign/contracts/plan-id/{plan_id}/…`: 2 endpoints below */
  readonly $plan_id$: V3PapaySignContractsPlanIdPlanIdParamNode
}

/** `/v3/papay/sign/contracts/plan-id/{plan_id}/…`: 2 endpoints below */
export interface V3PapaySignContractsPlanIdPlanIdParamNode {
  /** `/v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/…`: 2 endpoints below */
  readonly outContractCode: V3PapaySignContractsPlanIdPlanIdParamOutContractCodeNode
}

/** `/v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/…`: 2 endpoints below */
export interface V3PapaySignContractsPlanIdPlanIdParamOutContractCodeNode {
  /**
   * 通过商户协议号查询委托代扣签约协议 (query a papay contract) — `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-get-contract-by-code.html
   */
  readonly '{out_contract_code}': V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 通过商户协议号查询委托代扣签约协议 (query a papay contract) — `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-get-contract-by-code.html
   */
  readonly $out_contract_code$: V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
}

/**
 * 通过商户协议号查询委托代扣签约协议 (query a papay contract) — `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-get-contract-by-code.html
 */
export interface V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode {
  /**
   * 通过商户协议号查询委托代扣签约协议 (query a papay contract) — `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-get-contract-by-code.html
   */
  get(config: CallOptions<PapaySignContractsPlanIdOutContractCodeGetParams> & { params: PapaySignContractsPlanIdOutContractCodeGetParams }): Promise<WechatPayResponse<PapaySignContractsPlanIdOutContractCodeGetResponse>>
  /**
   * 通过商户协议号解除委托代扣签约协议 (terminate a papay contract) — `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-terminate-contract-by-code.html
   */
  readonly terminate: V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
}

/**
 * 通过商户协议号解除委托代扣签约协议 (terminate a papay contract) — `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-terminate-contract-by-code.html
 */
export interface V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 通过商户协议号解除委托代扣签约协议 (terminate a papay contract) — `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-terminate-contract-by-code.html
   */
  (data: PapaySignContractsPlanIdOutContractCodeTerminatePostRequest, config: CallOptions<PapaySignContractsPlanIdOutContractCodeTerminatePostParams> & { params: PapaySignContractsPlanIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PapaySignContractsPlanIdOutContractCodeTerminatePostResponse>>
  /**
   * 通过商户协议号解除委托代扣签约协议 (terminate a papay contract) — `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-terminate-contract-by-code.html
   */
  post(data: PapaySignContractsPlanIdOutContractCodeTerminatePostRequest, config: CallOptions<PapaySignContractsPlanIdOutContractCodeTerminatePostParams> & { params: PapaySignContractsPlanIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PapaySignContractsPlanIdOutContractCodeTerminatePostResponse>>
}

/**
 * 代扣预签约 (papay pre-sign, in an App or by QR code) — `POST /v3/papay/sign/contracts/pre-entrust-sign`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/doc/v3/merchant/4012978414
 */
export interface V3PapaySignContractsPreEntrustSignNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 代扣预签约 (papay pre-sign, in an App or by QR code) — `POST /v3/papay/sign/contracts/pre-entrust-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012978414
   */
  (data: PapaySignContractsPreEntrustSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapaySignContractsPreEntrustSignPostResponse>>
  /**
   * 代扣预签约 (papay pre-sign, in an App or by QR code) — `POST /v3/papay/sign/contracts/pre-entrust-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012978414
   */
  post(data: PapaySignContractsPreEntrustSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PapaySignContractsPreEntrustSignPostResponse>>
}

/** `/v3/papay/sign/partner/…`: 2 endpoints below */
export interface V3PapaySignPartnerNode {
  /** `/v3/papay/sign/partner/contracts/…`: 2 endpoints below */
  readonly contracts: V3PapaySignPartnerContractsNode
}

/** `/v3/papay/sign/partner/contracts/…`: 2 endpoints below */
export interface V3PapaySignPartnerContractsNode {
  /** `/v3/papay/sign/partner/contracts/plan-id/…`: 2 endpoints below */
  readonly planId: V3PapaySignPartnerContractsPlanIdNode
}

/** `/v3/papay/sign/partner/contracts/plan-id/…`: 2 endpoints below */
export interface V3PapaySignPartnerContractsPlanIdNode {
  /** `/v3/papay/sign/partner/contracts/plan-id/{plan_id}/…`: 2 endpoints below */
  readonly '{plan_id}': V3PapaySignPartnerContractsPlanIdPlanIdParamNode
  /** `/v3/papay/sign/partner/contracts/plan-id/{plan_id}/…`: 2 endpoints below */
  readonly $plan_id$: V3PapaySignPartnerContractsPlanIdPlanIdParamNode
}

/** `/v3/papay/sign/partner/contracts/plan-id/{plan_id}/…`: 2 endpoints below */
export interface V3PapaySignPartnerContractsPlanIdPlanIdParamNode {
  /** `/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/…`: 2 endpoints below */
  readonly outContractCode: V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeNode
}

/** `/v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/…`: 2 endpoints below */
export interface V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeNode {
  /**
   * 通过商户协议号查询委托代扣签约协议 (partner: query a papay contract) — `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-get-contract-by-code.html
   */
  readonly '{out_contract_code}': V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 通过商户协议号查询委托代扣签约协议 (partner: query a papay contract) — `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-get-contract-by-code.html
   */
  readonly $out_contract_code$: V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
}

/**
 * 通过商户协议号查询委托代扣签约协议 (partner: query a papay contract) — `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-get-contract-by-code.html
 */
export interface V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode {
  /**
   * 通过商户协议号查询委托代扣签约协议 (partner: query a papay contract) — `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-get-contract-by-code.html
   */
  get(config: CallOptions<PapaySignPartnerContractsPlanIdOutContractCodeGetParams> & { params: PapaySignPartnerContractsPlanIdOutContractCodeGetParams }): Promise<WechatPayResponse<PapaySignPartnerContractsPlanIdOutContractCodeGetResponse>>
  /**
   * 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract) — `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html
   */
  readonly terminate: V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
}

/**
 * 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract) — `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html
 */
export interface V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract) — `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html
   */
  (data: PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostRequest, config: CallOptions<PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostParams> & { params: PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostResponse>>
  /**
   * 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract) — `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html
   */
  post(data: PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostRequest, config: CallOptions<PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostParams> & { params: PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PapaySignPartnerContractsPlanIdOutContractCodeTerminatePostResponse>>
}

/** `/v3/partner-papay/…`: 2 endpoints below */
export interface V3PartnerPapayNode {
  /** `/v3/partner-papay/contracts/…`: 2 endpoints below */
  readonly contracts: V3PartnerPapayContractsNode
}

/** `/v3/partner-papay/contracts/…`: 2 endpoints below */
export interface V3PartnerPapayContractsNode {
  /** `/v3/partner-papay/contracts/{contract_id}/…`: 2 endpoints below */
  readonly '{contract_id}': V3PartnerPapayContractsContractIdParamNode
  /** `/v3/partner-papay/contracts/{contract_id}/…`: 2 endpoints below */
  readonly $contract_id$: V3PartnerPapayContractsContractIdParamNode
}

/** `/v3/partner-papay/contracts/{contract_id}/…`: 2 endpoints below */
export interface V3PartnerPapayContractsContractIdParamNode {
  /**
   * 服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction) — `POST /v3/partner-papay/contracts/{contract_id}/fail-notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml
   */
  readonly failNotify: V3PartnerPapayContractsContractIdParamFailNotifyNode
  /**
   * 服务商商户预扣费通知 (partner: tell the user of an upcoming deduction) — `POST /v3/partner-papay/contracts/{contract_id}/notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html
   */
  readonly notify: V3PartnerPapayContractsContractIdParamNotifyNode
}

/**
 * 服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction) — `POST /v3/partner-papay/contracts/{contract_id}/fail-notify`, called by 服务商 (service provider); answers 204.
 * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml
 */
export interface V3PartnerPapayContractsContractIdParamFailNotifyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction) — `POST /v3/partner-papay/contracts/{contract_id}/fail-notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml
   */
  (data: PartnerPapayContractsFailNotifyPostRequest, config: CallOptions<PartnerPapayContractsFailNotifyPostParams> & { params: PartnerPapayContractsFailNotifyPostParams }): Promise<WechatPayResponse<undefined>>
  /**
   * 服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction) — `POST /v3/partner-papay/contracts/{contract_id}/fail-notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml
   */
  post(data: PartnerPapayContractsFailNotifyPostRequest, config: CallOptions<PartnerPapayContractsFailNotifyPostParams> & { params: PartnerPapayContractsFailNotifyPostParams }): Promise<WechatPayResponse<undefined>>
}

/**
 * 服务商商户预扣费通知 (partner: tell the user of an upcoming deduction) — `POST /v3/partner-papay/contracts/{contract_id}/notify`, called by 服务商 (service provider); answers 204.
 * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html
 */
export interface V3PartnerPapayContractsContractIdParamNotifyNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 服务商商户预扣费通知 (partner: tell the user of an upcoming deduction) — `POST /v3/partner-papay/contracts/{contract_id}/notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html
   */
  (data: PartnerPapayContractsNotifyPostRequest, config: CallOptions<PartnerPapayContractsNotifyPostParams> & { params: PartnerPapayContractsNotifyPostParams }): Promise<WechatPayResponse<undefined>>
  /**
   * 服务商商户预扣费通知 (partner: tell the user of an upcoming deduction) — `POST /v3/partner-papay/contracts/{contract_id}/notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html
   */
  post(data: PartnerPapayContractsNotifyPostRequest, config: CallOptions<PartnerPapayContractsNotifyPostParams> & { params: PartnerPapayContractsNotifyPostParams }): Promise<WechatPayResponse<undefined>>
}

/** `/v3/password-exempt-contract/…`: 10 endpoints below */
export interface V3PasswordExemptContractNode {
  /** `/v3/password-exempt-contract/contracts/…`: 10 endpoints below */
  readonly contracts: V3PasswordExemptContractContractsNode
}

/** `/v3/password-exempt-contract/contracts/…`: 10 endpoints below */
export interface V3PasswordExemptContractContractsNode {
  /** `/v3/password-exempt-contract/contracts/ecommerce/…`: 2 endpoints below */
  readonly ecommerce: V3PasswordExemptContractContractsEcommerceNode
  /** `/v3/password-exempt-contract/contracts/normal/…`: 2 endpoints below */
  readonly normal: V3PasswordExemptContractContractsNormalNode
  /** `/v3/password-exempt-contract/contracts/qs/…`: 2 endpoints below */
  readonly qs: V3PasswordExemptContractContractsQsNode
  /** `/v3/password-exempt-contract/contracts/service-id/…`: 2 endpoints below */
  readonly serviceId: V3PasswordExemptContractContractsServiceIdNode
  /** `/v3/password-exempt-contract/contracts/service-provider/…`: 2 endpoints below */
  readonly serviceProvider: V3PasswordExemptContractContractsServiceProviderNode
}

/** `/v3/password-exempt-contract/contracts/ecommerce/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsEcommerceNode {
  /** `/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/…`: 2 endpoints below */
  readonly preEntrustSign: V3PasswordExemptContractContractsEcommercePreEntrustSignNode
}

/** `/v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsEcommercePreEntrustSignNode {
  /**
   * 电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html
   */
  readonly miniProgram: V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramNode
  /**
   * 电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly payRedirectSign: V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignNode
}

/**
 * 电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program`, called by 平台商户 (platform).
 * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostResponse>>
  /**
   * 电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramPostResponse>>
}

/**
 * 电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign`, called by 平台商户 (platform).
 * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-pay-redirect-sign-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-pay-redirect-sign-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostResponse>>
  /**
   * 电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-pay-redirect-sign-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignPostResponse>>
}

/** `/v3/password-exempt-contract/contracts/normal/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsNormalNode {
  /** `/v3/password-exempt-contract/contracts/normal/pre-entrust-sign/…`: 2 endpoints below */
  readonly preEntrustSign: V3PasswordExemptContractContractsNormalPreEntrustSignNode
}

/** `/v3/password-exempt-contract/contracts/normal/pre-entrust-sign/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsNormalPreEntrustSignNode {
  /**
   * 直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-mini-program-pre-entrust-sign.html
   */
  readonly miniProgram: V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramNode
  /**
   * 直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly payRedirectSign: V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignNode
}

/**
 * 直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-mini-program-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-mini-program-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostResponse>>
  /**
   * 直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-mini-program-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsNormalPreEntrustSignMiniProgramPostResponse>>
}

/**
 * 直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign`, called by 普通商户 (direct merchant).
 * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-pay-redirect-sign-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-pay-redirect-sign-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostResponse>>
  /**
   * 直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-pay-redirect-sign-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignPostResponse>>
}

/** `/v3/password-exempt-contract/contracts/qs/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsQsNode {
  /** `/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/…`: 2 endpoints below */
  readonly preEntrustSign: V3PasswordExemptContractContractsQsPreEntrustSignNode
}

/** `/v3/password-exempt-contract/contracts/qs/pre-entrust-sign/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsQsPreEntrustSignNode {
  /**
   * 清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-mini-program-pre-entrust-sign.html
   */
  readonly miniProgram: V3PasswordExemptContractContractsQsPreEntrustSignMiniProgramNode
  /**
   * 清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly payRedirectSign: V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignNode
}

/**
 * 清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-mini-program-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsQsPreEntrustSignMiniProgramNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-mini-program-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostResponse>>
  /**
   * 清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-mini-program-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsQsPreEntrustSignMiniProgramPostResponse>>
}

/**
 * 清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostResponse>>
  /**
   * 清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignPostResponse>>
}

/** `/v3/password-exempt-contract/contracts/service-id/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsServiceIdNode {
  /** `/v3/password-exempt-contract/contracts/service-id/{service_id}/…`: 2 endpoints below */
  readonly '{service_id}': V3PasswordExemptContractContractsServiceIdServiceIdParamNode
  /** `/v3/password-exempt-contract/contracts/service-id/{service_id}/…`: 2 endpoints below */
  readonly $service_id$: V3PasswordExemptContractContractsServiceIdServiceIdParamNode
}

/** `/v3/password-exempt-contract/contracts/service-id/{service_id}/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsServiceIdServiceIdParamNode {
  /** `/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/…`: 2 endpoints below */
  readonly outContractCode: V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeNode
}

/** `/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeNode {
  /**
   * 商户通过商户协议号查询协议 (password-exempt: query a contract) — `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/get-by-code.html
   */
  readonly '{out_contract_code}': V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 商户通过商户协议号查询协议 (password-exempt: query a contract) — `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/get-by-code.html
   */
  readonly $out_contract_code$: V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamNode
}

/**
 * 商户通过商户协议号查询协议 (password-exempt: query a contract) — `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}`, called by any merchant.
 * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/get-by-code.html
 */
export interface V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamNode {
  /**
   * 商户通过商户协议号查询协议 (password-exempt: query a contract) — `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/get-by-code.html
   */
  get(config: CallOptions<PasswordExemptContractContractsServiceIdOutContractCodeGetParams> & { params: PasswordExemptContractContractsServiceIdOutContractCodeGetParams }): Promise<WechatPayResponse<PasswordExemptContractContractsServiceIdOutContractCodeGetResponse>>
  /**
   * 商户通过商户协议号解约协议 (password-exempt: terminate a contract) — `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html
   */
  readonly terminate: V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamTerminateNode
}

/**
 * 商户通过商户协议号解约协议 (password-exempt: terminate a contract) — `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate`, called by any merchant.
 * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html
 */
export interface V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamTerminateNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 商户通过商户协议号解约协议 (password-exempt: terminate a contract) — `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html
   */
  (data: PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostRequest, config: CallOptions<PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostParams> & { params: PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostResponse>>
  /**
   * 商户通过商户协议号解约协议 (password-exempt: terminate a contract) — `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html
   */
  post(data: PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostRequest, config: CallOptions<PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostParams> & { params: PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostParams }): Promise<WechatPayResponse<PasswordExemptContractContractsServiceIdOutContractCodeTerminatePostResponse>>
}

/** `/v3/password-exempt-contract/contracts/service-provider/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsServiceProviderNode {
  /** `/v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/…`: 2 endpoints below */
  readonly preEntrustSign: V3PasswordExemptContractContractsServiceProviderPreEntrustSignNode
}

/** `/v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/…`: 2 endpoints below */
export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignNode {
  /**
   * 服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-mini-program-pre-entrust-sign.html
   */
  readonly miniProgram: V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramNode
  /**
   * 服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly payRedirectSign: V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignNode
}

/**
 * 服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-mini-program-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-mini-program-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostResponse>>
  /**
   * 服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-mini-program-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramPostResponse>>
}

/**
 * 服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
 * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-pay-redirect-sign-pre-entrust-sign.html
 */
export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignNode {
  /**
   * Calling the node is a POST (the seed pages' "shortland").
   * 服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-pay-redirect-sign-pre-entrust-sign.html
   */
  (data: PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostResponse>>
  /**
   * 服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-pay-redirect-sign-pre-entrust-sign.html
   */
  post(data: PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostRequest, config?: CallOptions<never>): Promise<WechatPayResponse<PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignPostResponse>>
}

/** Every catalog endpoint as `wxpay['v3/…']`. */
export interface CatalogRoutes {
  /**
   * 获取平台证书列表 (download the platform certificates) — `GET /v3/certificates`, called by any merchant.
   * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml
   */
  readonly 'v3/certificates': V3CertificatesNode
  /**
   * 重试扣费通知 (remind the user to top up after a failed deduction) — `POST /v3/papay/contracts/{contract_id}/fail-notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml
   */
  readonly 'v3/papay/contracts/{contract_id}/fail-notify': V3PapayContractsContractIdParamFailNotifyNode
  /**
   * 直连商户预扣费通知 (tell the user of an upcoming deduction) — `POST /v3/papay/contracts/{contract_id}/notify`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/json/deduct-notify.html
   */
  readonly 'v3/papay/contracts/{contract_id}/notify': V3PapayContractsContractIdParamNotifyNode
  /**
   * 保险商户查询保险自动续费预约 (query the schedule of an insurance period) — `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html
   */
  readonly 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamNode
  /**
   * 保险商户预约保险自动续费 (schedule the deduction of an insurance period) — `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html
   */
  readonly 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamScheduleNode
  /**
   * 保险商户受理保险自动续费扣款 (deduct a scheduled insurance period) — `POST /v3/papay/insurance-pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html
   */
  readonly 'v3/papay/insurance-pay/transactions/apply': V3PapayInsurancePayTransactionsApplyNode
  /**
   * 保险商户受理续期自动续费协议 (renew an insurance contract with new periods) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew`, called by 普通商户 (direct merchant); answers 204.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html
   */
  readonly 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamRenewNode
  /**
   * 保险商户查询保险自动续费协议 (query an insurance contract) — `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4016724540
   */
  readonly 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /** 保险商户通过商户协议号解除保险自动续费协议 (terminate an insurance contract) — `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant). */
  readonly 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
  /**
   * 保险商户App预签约 (insurance pre-sign, App) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html
   */
  readonly 'v3/papay/insurance-sign/contracts/pre-entrust-sign/app': V3PapayInsuranceSignContractsPreEntrustSignAppNode
  /**
   * 保险商户H5预签约 (insurance pre-sign, H5 in a browser) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html
   */
  readonly 'v3/papay/insurance-sign/contracts/pre-entrust-sign/h5': V3PapayInsuranceSignContractsPreEntrustSignH5Node
  /**
   * 保险商户JSAPI预签约 (insurance pre-sign, JSAPI in WeChat) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html
   */
  readonly 'v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': V3PapayInsuranceSignContractsPreEntrustSignJsapiNode
  /**
   * 保险商户小程序预签约 (insurance pre-sign, mini-program) — `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html
   */
  readonly 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': V3PapayInsuranceSignContractsPreEntrustSignMiniProgramNode
  /**
   * 保险商户修改保险扣费周期列表 (lower the planned amounts of an insurance contract) — `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012987596
   */
  readonly 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamModifyNode
  /**
   * 保险商户查询保险扣费周期列表 (list the periods of an insurance contract) — `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html
   */
  readonly 'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /** 代扣受理扣款 (deduct from a HarmonyOS papay contract) — `POST /v3/papay/pay/harmony/transactions/apply`, called by 普通商户 (direct merchant). */
  readonly 'v3/papay/pay/harmony/transactions/apply': V3PapayPayHarmonyTransactionsApplyNode
  /**
   * 查询扣费预约 (partner: query the scheduled deduction of a contract) — `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-query-deduct-schedule.html
   */
  readonly 'v3/papay/pay/partner/schedules/contract-id/{contract_id}': V3PapayPayPartnerSchedulesContractIdContractIdParamNode
  /**
   * 预约扣费 (partner: schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-schedule-deduction.html
   */
  readonly 'v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': V3PapayPayPartnerSchedulesContractIdContractIdParamScheduleNode
  /**
   * 受理扣款 (partner: deduct from a papay contract) — `POST /v3/papay/pay/partner/transactions/apply`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-create-transaction.html
   */
  readonly 'v3/papay/pay/partner/transactions/apply': V3PapayPayPartnerTransactionsApplyNode
  /**
   * 查询扣费预约 (query the scheduled deduction of a contract) — `GET /v3/papay/pay/schedules/contract-id/{contract_id}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-query-deduct-schedule.html
   */
  readonly 'v3/papay/pay/schedules/contract-id/{contract_id}': V3PapayPaySchedulesContractIdContractIdParamNode
  /**
   * 预约扣费 (schedule the deduction of a scheduled-deduct contract) — `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-schedule-deduction.html
   */
  readonly 'v3/papay/pay/schedules/contract-id/{contract_id}/schedule': V3PapayPaySchedulesContractIdContractIdParamScheduleNode
  /**
   * 受理扣款 (deduct from a papay contract) — `POST /v3/papay/pay/transactions/apply`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-create-transaction.html
   */
  readonly 'v3/papay/pay/transactions/apply': V3PapayPayTransactionsApplyNode
  /**
   * App场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-app-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app': V3PapayScheduledDeductSignContractsPreEntrustSignAppNode
  /**
   * H5场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-h5-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5': V3PapayScheduledDeductSignContractsPreEntrustSignH5Node
  /**
   * JSAPI场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/jsapi-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi': V3PapayScheduledDeductSignContractsPreEntrustSignJsapiNode
  /**
   * 小程序场景预约扣费类型签约的预签约 (scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/mini-program-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program': V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramNode
  /**
   * App场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, App) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppNode
  /**
   * H5场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, H5 in a browser) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-h5-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Node
  /**
   * JSAPI场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, JSAPI in WeChat) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-jsapi-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiNode
  /**
   * 小程序场景预约扣费类型签约的预签约 (partner: scheduled-deduct pre-sign, mini-program) — `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html
   */
  readonly 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramNode
  /** 通过商户协议号查询委托代扣签约协议 (query a HarmonyOS papay contract) — `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant). */
  readonly 'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 通过商户协议号查询委托代扣签约协议 (query a papay contract) — `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-get-contract-by-code.html
   */
  readonly 'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 通过商户协议号解除委托代扣签约协议 (terminate a papay contract) — `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-terminate-contract-by-code.html
   */
  readonly 'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
  /**
   * 代扣预签约 (papay pre-sign, in an App or by QR code) — `POST /v3/papay/sign/contracts/pre-entrust-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/doc/v3/merchant/4012978414
   */
  readonly 'v3/papay/sign/contracts/pre-entrust-sign': V3PapaySignContractsPreEntrustSignNode
  /**
   * 通过商户协议号查询委托代扣签约协议 (partner: query a papay contract) — `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-get-contract-by-code.html
   */
  readonly 'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 通过商户协议号解除委托代扣签约协议 (partner: terminate a papay contract) — `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html
   */
  readonly 'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
  /**
   * 服务商商户重试扣费通知 (partner: remind the user to top up after a failed deduction) — `POST /v3/partner-papay/contracts/{contract_id}/fail-notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml
   */
  readonly 'v3/partner-papay/contracts/{contract_id}/fail-notify': V3PartnerPapayContractsContractIdParamFailNotifyNode
  /**
   * 服务商商户预扣费通知 (partner: tell the user of an upcoming deduction) — `POST /v3/partner-papay/contracts/{contract_id}/notify`, called by 服务商 (service provider); answers 204.
   * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html
   */
  readonly 'v3/partner-papay/contracts/{contract_id}/notify': V3PartnerPapayContractsContractIdParamNotifyNode
  /**
   * 电商收付通模式小程序场景预签约 (e-commerce platform: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramNode
  /**
   * 电商收付通模式支付后场景预签约 (e-commerce platform: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign`, called by 平台商户 (platform).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignNode
  /**
   * 直连商户模式小程序场景预签约 (password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-mini-program-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramNode
  /**
   * 直连商户模式支付后场景预签约 (password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign`, called by 普通商户 (direct merchant).
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignNode
  /**
   * 清算机构模式小程序场景预签约 (payment institution: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-mini-program-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsQsPreEntrustSignMiniProgramNode
  /**
   * 清算机构模式支付后场景预签约 (payment institution: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignNode
  /**
   * 商户通过商户协议号查询协议 (password-exempt: query a contract) — `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/get-by-code.html
   */
  readonly 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamNode
  /**
   * 商户通过商户协议号解约协议 (password-exempt: terminate a contract) — `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate`, called by any merchant.
   * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html
   */
  readonly 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate': V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamTerminateNode
  /**
   * 服务商模式小程序场景预签约 (service provider: password-exempt pre-sign, mini-program) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-mini-program-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramNode
  /**
   * 服务商模式支付后场景预签约 (service provider: password-exempt pre-sign, offered after a payment) — `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign`, called by 服务商 (service provider).
   * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-pay-redirect-sign-pre-entrust-sign.html
   */
  readonly 'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignNode
}

/** Every node of the typed chain by its path, for `wxpay.chain(path)`. */
export interface ChainPaths {
  'v3': V3Node
  'v3/certificates': V3CertificatesNode
  'v3/papay': V3PapayNode
  'v3/papay/contracts': V3PapayContractsNode
  'v3/papay/contracts/{contract_id}': V3PapayContractsContractIdParamNode
  'v3/papay/contracts/{contract_id}/fail-notify': V3PapayContractsContractIdParamFailNotifyNode
  'v3/papay/contracts/{contract_id}/notify': V3PapayContractsContractIdParamNotifyNode
  'v3/papay/insurance-pay': V3PapayInsurancePayNode
  'v3/papay/insurance-pay/policy-periods': V3PapayInsurancePayPolicyPeriodsNode
  'v3/papay/insurance-pay/policy-periods/contract-id': V3PapayInsurancePayPolicyPeriodsContractIdNode
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamNode
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdNode
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamNode
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule': V3PapayInsurancePayPolicyPeriodsContractIdContractIdParamPolicyPeriodIdPolicyPeriodIdParamScheduleNode
  'v3/papay/insurance-pay/transactions': V3PapayInsurancePayTransactionsNode
  'v3/papay/insurance-pay/transactions/apply': V3PapayInsurancePayTransactionsApplyNode
  'v3/papay/insurance-sign': V3PapayInsuranceSignNode
  'v3/papay/insurance-sign/contracts': V3PapayInsuranceSignContractsNode
  'v3/papay/insurance-sign/contracts/plan-id': V3PapayInsuranceSignContractsPlanIdNode
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}': V3PapayInsuranceSignContractsPlanIdPlanIdParamNode
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id': V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdNode
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}': V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamNode
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': V3PapayInsuranceSignContractsPlanIdPlanIdParamContractIdContractIdParamRenewNode
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code': V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeNode
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapayInsuranceSignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
  'v3/papay/insurance-sign/contracts/pre-entrust-sign': V3PapayInsuranceSignContractsPreEntrustSignNode
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/app': V3PapayInsuranceSignContractsPreEntrustSignAppNode
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/h5': V3PapayInsuranceSignContractsPreEntrustSignH5Node
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': V3PapayInsuranceSignContractsPreEntrustSignJsapiNode
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': V3PapayInsuranceSignContractsPreEntrustSignMiniProgramNode
  'v3/papay/insurance-sign/policy-periods': V3PapayInsuranceSignPolicyPeriodsNode
  'v3/papay/insurance-sign/policy-periods/plan-id': V3PapayInsuranceSignPolicyPeriodsPlanIdNode
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}': V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamNode
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id': V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdNode
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}': V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamNode
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': V3PapayInsuranceSignPolicyPeriodsPlanIdPlanIdParamContractIdContractIdParamModifyNode
  'v3/papay/insurance-sign/policy_periods': V3PapayInsuranceSignPolicy_periodsNode
  'v3/papay/insurance-sign/policy_periods/plan-id': V3PapayInsuranceSignPolicy_periodsPlanIdNode
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}': V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamNode
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code': V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeNode
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapayInsuranceSignPolicy_periodsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  'v3/papay/pay': V3PapayPayNode
  'v3/papay/pay/harmony': V3PapayPayHarmonyNode
  'v3/papay/pay/harmony/transactions': V3PapayPayHarmonyTransactionsNode
  'v3/papay/pay/harmony/transactions/apply': V3PapayPayHarmonyTransactionsApplyNode
  'v3/papay/pay/partner': V3PapayPayPartnerNode
  'v3/papay/pay/partner/schedules': V3PapayPayPartnerSchedulesNode
  'v3/papay/pay/partner/schedules/contract-id': V3PapayPayPartnerSchedulesContractIdNode
  'v3/papay/pay/partner/schedules/contract-id/{contract_id}': V3PapayPayPartnerSchedulesContractIdContractIdParamNode
  'v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': V3PapayPayPartnerSchedulesContractIdContractIdParamScheduleNode
  'v3/papay/pay/partner/transactions': V3PapayPayPartnerTransactionsNode
  'v3/papay/pay/partner/transactions/apply': V3PapayPayPartnerTransactionsApplyNode
  'v3/papay/pay/schedules': V3PapayPaySchedulesNode
  'v3/papay/pay/schedules/contract-id': V3PapayPaySchedulesContractIdNode
  'v3/papay/pay/schedules/contract-id/{contract_id}': V3PapayPaySchedulesContractIdContractIdParamNode
  'v3/papay/pay/schedules/contract-id/{contract_id}/schedule': V3PapayPaySchedulesContractIdContractIdParamScheduleNode
  'v3/papay/pay/transactions': V3PapayPayTransactionsNode
  'v3/papay/pay/transactions/apply': V3PapayPayTransactionsApplyNode
  'v3/papay/scheduled-deduct-sign': V3PapayScheduledDeductSignNode
  'v3/papay/scheduled-deduct-sign/contracts': V3PapayScheduledDeductSignContractsNode
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign': V3PapayScheduledDeductSignContractsPreEntrustSignNode
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app': V3PapayScheduledDeductSignContractsPreEntrustSignAppNode
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5': V3PapayScheduledDeductSignContractsPreEntrustSignH5Node
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi': V3PapayScheduledDeductSignContractsPreEntrustSignJsapiNode
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program': V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramNode
  'v3/papay/scheduled-deduct-sign/partner': V3PapayScheduledDeductSignPartnerNode
  'v3/papay/scheduled-deduct-sign/partner/contracts': V3PapayScheduledDeductSignPartnerContractsNode
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignNode
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppNode
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Node
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiNode
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramNode
  'v3/papay/sign': V3PapaySignNode
  'v3/papay/sign/contracts': V3PapaySignContractsNode
  'v3/papay/sign/contracts/harmony-plan-id': V3PapaySignContractsHarmonyPlanIdNode
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}': V3PapaySignContractsHarmonyPlanIdPlanIdParamNode
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code': V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeNode
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignContractsHarmonyPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  'v3/papay/sign/contracts/plan-id': V3PapaySignContractsPlanIdNode
  'v3/papay/sign/contracts/plan-id/{plan_id}': V3PapaySignContractsPlanIdPlanIdParamNode
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code': V3PapaySignContractsPlanIdPlanIdParamOutContractCodeNode
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapaySignContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
  'v3/papay/sign/contracts/pre-entrust-sign': V3PapaySignContractsPreEntrustSignNode
  'v3/papay/sign/partner': V3PapaySignPartnerNode
  'v3/papay/sign/partner/contracts': V3PapaySignPartnerContractsNode
  'v3/papay/sign/partner/contracts/plan-id': V3PapaySignPartnerContractsPlanIdNode
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}': V3PapaySignPartnerContractsPlanIdPlanIdParamNode
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code': V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeNode
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamNode
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapaySignPartnerContractsPlanIdPlanIdParamOutContractCodeOutContractCodeParamTerminateNode
  'v3/partner-papay': V3PartnerPapayNode
  'v3/partner-papay/contracts': V3PartnerPapayContractsNode
  'v3/partner-papay/contracts/{contract_id}': V3PartnerPapayContractsContractIdParamNode
  'v3/partner-papay/contracts/{contract_id}/fail-notify': V3PartnerPapayContractsContractIdParamFailNotifyNode
  'v3/partner-papay/contracts/{contract_id}/notify': V3PartnerPapayContractsContractIdParamNotifyNode
  'v3/password-exempt-contract': V3PasswordExemptContractNode
  'v3/password-exempt-contract/contracts': V3PasswordExemptContractContractsNode
  'v3/password-exempt-contract/contracts/ecommerce': V3PasswordExemptContractContractsEcommerceNode
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign': V3PasswordExemptContractContractsEcommercePreEntrustSignNode
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramNode
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignNode
  'v3/password-exempt-contract/contracts/normal': V3PasswordExemptContractContractsNormalNode
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign': V3PasswordExemptContractContractsNormalPreEntrustSignNode
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramNode
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignNode
  'v3/password-exempt-contract/contracts/qs': V3PasswordExemptContractContractsQsNode
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign': V3PasswordExemptContractContractsQsPreEntrustSignNode
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsQsPreEntrustSignMiniProgramNode
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignNode
  'v3/password-exempt-contract/contracts/service-id': V3PasswordExemptContractContractsServiceIdNode
  'v3/password-exempt-contract/contracts/service-id/{service_id}': V3PasswordExemptContractContractsServiceIdServiceIdParamNode
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code': V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeNode
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamNode
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate': V3PasswordExemptContractContractsServiceIdServiceIdParamOutContractCodeOutContractCodeParamTerminateNode
  'v3/password-exempt-contract/contracts/service-provider': V3PasswordExemptContractContractsServiceProviderNode
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign': V3PasswordExemptContractContractsServiceProviderPreEntrustSignNode
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramNode
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignNode
}

/** The decrypted resource of each notification event type. */
export interface EventResources {
  /** an insurance papay contract (保险委托代扣协议) */
  'INSURANCE_ENTRUST.SIGN': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
    contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time: string
    /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_expired_time: string
    /** how and when the contract was terminated; present once it is TERMINATED */
    contract_terminate_info?: {
      /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
      contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
      /** the reason given when it was terminated */
      contract_termination_remark?: string
      /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
      contract_terminated_time?: string
    }
    /** the insured person's name as shown to the user (被保人展示名称) — personal data */
    insured_display_name: string
    /** the merchant's own id of the user, given at signing (商户侧用户标识) — personal data */
    out_user_code?: string
  }
  /** an insurance papay contract (保险委托代扣协议) */
  'INSURANCE_ENTRUST.TERMINATE': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
    contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time: string
    /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_expired_time: string
    /** how and when the contract was terminated; present once it is TERMINATED */
    contract_terminate_info?: {
      /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
      contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
      /** the reason given when it was terminated */
      contract_termination_remark?: string
      /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
      contract_terminated_time?: string
    }
    /** the insured person's name as shown to the user (被保人展示名称) — personal data */
    insured_display_name: string
    /** the merchant's own id of the user, given at signing (商户侧用户标识) — personal data */
    out_user_code?: string
  }
  /** an insurance papay contract (保险委托代扣协议) */
  'INSURANCE_ENTRUST.RENEW': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
    contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time: string
    /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_expired_time: string
    /** how and when the contract was terminated; present once it is TERMINATED */
    contract_terminate_info?: {
      /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
      contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
      /** the reason given when it was terminated */
      contract_termination_remark?: string
      /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
      contract_terminated_time?: string
    }
    /** the insured person's name as shown to the user (被保人展示名称) — personal data */
    insured_display_name: string
    /** the merchant's own id of the user, given at signing (商户侧用户标识) — personal data */
    out_user_code?: string
  }
  /** an entrusted-deduction contract (委托代扣协议), direct (mchid, appid, openid) or partner (sp_*, sub_*) */
  'ENTRUST.SIGN': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid?: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid?: string
    /** the user's openid under appid — personal data */
    openid?: string
    /** service provider merchant id (服务商商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_mchid?: string
    /** the service provider's AppID; partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_appid?: string
    /** sub-merchant id (子商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_mchid?: string
    /** the sub-merchant's AppID, when the user signed under it — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_appid?: string
    /** the user's openid under sp_appid — personal data */
    sp_openid?: string
    /** the user's openid under sub_appid — personal data */
    sub_openid?: string
    /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
    contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time: string
    /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_expired_time: string
    /** how and when the contract was terminated; present once it is TERMINATED */
    contract_terminate_info?: {
      /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
      contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
      /** the reason given when it was terminated */
      contract_termination_remark?: string
      /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
      contract_terminated_time?: string
    }
    /** the account name shown to the user, given by the merchant at signing (签约用户名称) — personal data */
    contract_display_account: string
    /** the merchant's own id of the user, given at signing (商户侧用户标识) — personal data */
    out_user_code?: string
    /** the scheduled deduction (预约扣费); present only for contracts of a scheduled-deduct template */
    deduct_schedule?: {
      /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
      estimated_deduct_date: string
      /** the amount planned at signing (预计扣费金额) */
      estimated_deduct_amount: {
        /** amount in fen (分), as the examples and the APIs name it — integer, fen (分) */
        total?: number
        /** amount in fen (分), as one field table names it instead of total — integer, fen (分) */
        amount?: number
        /** currency code (货币类型), CNY — known values CNY */
        currency?: 'CNY' | (string & {})
      }
      /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
      schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
      /** the amount scheduled (已预约金额), once SCHEDULED or PAID */
      scheduled_amount?: {
        /** amount in fen (分), as the examples and the APIs name it — integer, fen (分) */
        total?: number
        /** amount in fen (分), as one field table names it instead of total — integer, fen (分) */
        amount?: number
        /** currency code (货币类型), CNY — known values CNY */
        currency?: 'CNY' | (string & {})
      }
      /** the amount deducted (实际扣费金额), once PAID */
      deduct_amount?: {
        /** amount in fen (分), as the examples and the APIs name it — integer, fen (分) */
        total?: number
        /** amount in fen (分), as one field table names it instead of total — integer, fen (分) */
        amount?: number
        /** currency code (货币类型), CNY — known values CNY */
        currency?: 'CNY' | (string & {})
      }
      /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
      deduct_date?: string
    }
  }
  /** an entrusted-deduction contract (委托代扣协议), direct (mchid, appid, openid) or partner (sp_*, sub_*) */
  'ENTRUST.TERMINATE': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid?: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid?: string
    /** the user's openid under appid — personal data */
    openid?: string
    /** service provider merchant id (服务商商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_mchid?: string
    /** the service provider's AppID; partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_appid?: string
    /** sub-merchant id (子商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_mchid?: string
    /** the sub-merchant's AppID, when the user signed under it — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_appid?: string
    /** the user's openid under sp_appid — personal data */
    sp_openid?: string
    /** the user's openid under sub_appid — personal data */
    sub_openid?: string
    /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
    contract_state: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time: string
    /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_expired_time: string
    /** how and when the contract was terminated; present once it is TERMINATED */
    contract_terminate_info?: {
      /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
      contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
      /** the reason given when it was terminated */
      contract_termination_remark?: string
      /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
      contract_terminated_time?: string
    }
    /** the account name shown to the user, given by the merchant at signing (签约用户名称) — personal data */
    contract_display_account: string
    /** the merchant's own id of the user, given at signing (商户侧用户标识) — personal data */
    out_user_code?: string
    /** the scheduled deduction (预约扣费); present only for contracts of a scheduled-deduct template */
    deduct_schedule?: {
      /** the planned deduction date, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
      estimated_deduct_date: string
      /** the amount planned at signing (预计扣费金额) */
      estimated_deduct_amount: {
        /** amount in fen (分), as the examples and the APIs name it — integer, fen (分) */
        total?: number
        /** amount in fen (分), as one field table names it instead of total — integer, fen (分) */
        amount?: number
        /** currency code (货币类型), CNY — known values CNY */
        currency?: 'CNY' | (string & {})
      }
      /** NO_SCHEDULED, SCHEDULED (not yet deducted, or failed), PAID, or EXPIRED (the window passed unpaid) — known values NO_SCHEDULED, SCHEDULED, PAID, EXPIRED */
      schedule_state: 'NO_SCHEDULED' | 'SCHEDULED' | 'PAID' | 'EXPIRED' | (string & {})
      /** the amount scheduled (已预约金额), once SCHEDULED or PAID */
      scheduled_amount?: {
        /** amount in fen (分), as the examples and the APIs name it — integer, fen (分) */
        total?: number
        /** amount in fen (分), as one field table names it instead of total — integer, fen (分) */
        amount?: number
        /** currency code (货币类型), CNY — known values CNY */
        currency?: 'CNY' | (string & {})
      }
      /** the amount deducted (实际扣费金额), once PAID */
      deduct_amount?: {
        /** amount in fen (分), as the examples and the APIs name it — integer, fen (分) */
        total?: number
        /** amount in fen (分), as one field table names it instead of total — integer, fen (分) */
        amount?: number
        /** currency code (货币类型), CNY — known values CNY */
        currency?: 'CNY' | (string & {})
      }
      /** the date the deduction succeeded, YYYY-MM-DD — source §1.1 [PAY query-policy-period] */
      deduct_date?: string
    }
  }
  /** the paid deduction order */
  'TRANSACTION.SUCCESS': {
    /** the direct merchant's AppID — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid?: string
    /** merchant id (商户号) of a direct merchant — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid?: string
    /** service provider merchant id (服务商商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_mchid?: string
    /** the service provider's AppID; partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_appid?: string
    /** sub-merchant id (子商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_mchid?: string
    /** the sub-merchant's AppID, when the user signed under it — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_appid?: string
    /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
    out_trade_no: string
    /** the WeChat Pay order number (微信支付订单号) */
    transaction_id: string
    /** PAP: an entrusted deduction (委托代扣) — one of PAP */
    trade_type: 'PAP'
    /** SUCCESS (交易状态) — one of SUCCESS */
    trade_state: 'SUCCESS'
    /** the order state in words (交易状态描述), e.g. why a deduction failed */
    trade_state_desc?: string
    /** what paid (付款银行): a bank code such as CMC, or the balance */
    bank_type?: string
    /** the merchant's attach data from the deduction request, as given (附加数据) */
    attach?: string
    /** when the payment succeeded, RFC 3339 — source §1.1 [PAY basic-rules] */
    success_time?: string
    /** the user who paid */
    payer?: {
      /** the user's openid under appid — personal data */
      openid?: string
      /** the user's openid under sp_appid — personal data */
      sp_openid?: string
      /** the user's openid under sub_appid — personal data */
      sub_openid?: string
    }
    /** the amounts of the order */
    amount: {
      /** the order amount in fen (订单金额) — integer, fen (分) */
      total: number
      /** what the user paid, in fen, after discounts (用户支付金额) — integer, fen (分) */
      payer_total?: number
      /** the order currency, CNY */
      currency?: string
      /** the user's payment currency, CNY */
      payer_currency?: string
    }
    /** the discounts applied (优惠功能) */
    promotion_detail?: Array<unknown>
  }
  /** the deduction order that failed */
  'TRANSACTION.FAIL': {
    /** the direct merchant's AppID — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid?: string
    /** merchant id (商户号) of a direct merchant — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid?: string
    /** service provider merchant id (服务商商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_mchid?: string
    /** the service provider's AppID; partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sp_appid?: string
    /** sub-merchant id (子商户号); partners only — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_mchid?: string
    /** the sub-merchant's AppID, when the user signed under it — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_appid?: string
    /** the merchant's order number (商户订单号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY create-transaction] */
    out_trade_no: string
    /** the WeChat Pay order number (微信支付订单号) */
    transaction_id: string
    /** PAP: an entrusted deduction (委托代扣) — one of PAP */
    trade_type: 'PAP'
    /** the order state (交易状态): FAIL in the examples */
    trade_state: string
    /** the order state in words (交易状态描述), e.g. why a deduction failed */
    trade_state_desc?: string
    /** what paid (付款银行): a bank code such as CMC, or the balance */
    bank_type?: string
    /** the merchant's attach data from the deduction request, as given (附加数据) */
    attach?: string
    /** when the payment succeeded, RFC 3339 — source §1.1 [PAY basic-rules] */
    success_time?: string
    /** the user who paid */
    payer?: {
      /** the user's openid under appid — personal data */
      openid?: string
      /** the user's openid under sp_appid — personal data */
      sp_openid?: string
      /** the user's openid under sub_appid — personal data */
      sub_openid?: string
    }
    /** the amounts of the order */
    amount: {
      /** the order amount in fen (订单金额) — integer, fen (分) */
      total: number
      /** what the user paid, in fen, after discounts (用户支付金额) — integer, fen (分) */
      payer_total?: number
      /** the order currency, CNY */
      currency?: string
      /** the user's payment currency, CNY */
      payer_currency?: string
    }
    /** the discounts applied (优惠功能) */
    promotion_detail?: Array<unknown>
    /** why it failed, as the FAIL example names it; its typedef says trade_state_desc */
    trade_state_description?: string
  }
  /** the combine-papay contract signed */
  'ECOMMERCE_ENTRUST.SIGN': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** when the signing or the termination happened, RFC 3339 (操作时间) — source §1.1 [PAY basic-rules] */
    operate_time: string
    /** the merchant's attach data from the pre-sign, as given (附加数据) */
    attach?: string
    /** when the contract expires, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_expired_time: string
  }
  /** the combine-papay contract terminated */
  'ECOMMERCE_ENTRUST.TERMINATE': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** when the signing or the termination happened, RFC 3339 (操作时间) — source §1.1 [PAY basic-rules] */
    operate_time: string
    /** the merchant's attach data from the pre-sign, as given (附加数据) */
    attach?: string
    /** how the contract ended; one example spells customer service CUSTOM_SERVICE_TERMINATE (spec §9 item 9) — one of USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, CUSTOM_SERVICE_TERMINATE */
    contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'CUSTOM_SERVICE_TERMINATE'
  }
  /** the contract the user is closing */
  'ENTRUST.TERMINATE_RETENTION': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
  }
  /** the contract the user is terminating, about which WeChat Pay asks (HarmonyOS papay, 鸿蒙) */
  'ENTRUST.TERMINATE_INQUIRY': {
    /** merchant id (商户号) the contract belongs to — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid?: string
    /** papay template id (委托代扣模板ID) — integer; 1…∞ */
    plan_id: number
    /** the merchant's contract code (商户签约协议号): unique per merchant, never reusable — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** the merchant's own id of the user, given at signing (商户侧用户标识) — personal data */
    out_user_code: string
    /** contract id assigned by WeChat Pay (委托代扣协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id?: string
    /** the account name shown to the user, given by the merchant at signing (签约用户名称) — personal data */
    contract_display_account?: string
    /** SIGNED, TERMINATED, SIGN_FAILED (signed but the first payment failed), TO_BE_RENEWED or TERMINATE_PENDING — one of SIGNED, TERMINATED, SIGN_FAILED, TO_BE_RENEWED, TERMINATE_PENDING */
    contract_state?: 'SIGNED' | 'TERMINATED' | 'SIGN_FAILED' | 'TO_BE_RENEWED' | 'TERMINATE_PENDING'
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time?: string
    /** a status code (返回状态码) that one source lists here; its meaning is not documented */
    code?: string
    /** a message (返回信息) beside code, spelt so in that source; not documented */
    messsage?: string
  }
  /** a password-exempt contract (免密支付协议), as the contract query returns it */
  'PASSWORD_EXEMPT_CONTRACT.SIGN': {
    /** merchant id (商户号) of the contract — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** the sub-merchant's AppID, when the user signed under it — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_appid?: string
    /** the user's openid under sub_appid — personal data */
    sub_openid?: string
    /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
    service_id: number
    /** contract id assigned by WeChat Pay (免密支付协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** the merchant's contract code (商户签约协议号) — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time: string
    /** the account name shown to the user, given at signing (签约用户名称) — 1–32 characters; personal data */
    contract_display_account?: string
    /** the contract state; the sources show SIGNED only for these contracts — known values SIGNED, TERMINATED */
    contract_state: 'SIGNED' | 'TERMINATED' | (string & {})
    /** how and when the contract was terminated; present once it is TERMINATED */
    contract_terminate_info?: {
      /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
      contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
      /** the reason given when it was terminated */
      contract_termination_remark?: string
      /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
      contract_terminated_time?: string
    }
  }
  /** a password-exempt contract (免密支付协议), as the contract query returns it */
  'PASSWORD_EXEMPT_CONTRACT.TERMINATE': {
    /** merchant id (商户号) of the contract — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    mchid: string
    /** AppID the contract was signed under — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    appid: string
    /** the user's openid under appid — personal data */
    openid: string
    /** the sub-merchant's AppID, when the user signed under it — 1–32 characters; source §2.3 [PAY, every page of §4–§5] */
    sub_appid?: string
    /** the user's openid under sub_appid — personal data */
    sub_openid?: string
    /** password-exempt service id (免密支付服务ID) — integer; 1…∞ */
    service_id: number
    /** contract id assigned by WeChat Pay (免密支付协议ID) — 1–32 characters; source §2.3 [PAY query-policy-period, 4016724540] */
    contract_id: string
    /** the merchant's contract code (商户签约协议号) — 1–32 characters; digits and letters only ([0-9A-Za-z]); source §2.3 [PAY app-sign-and-create-transaction, normal-mini-program-pre-entrust-sign] */
    out_contract_code: string
    /** when the contract was signed, RFC 3339 — source §1.1 [PAY basic-rules] */
    contract_signed_time: string
    /** the account name shown to the user, given at signing (签约用户名称) — 1–32 characters; personal data */
    contract_display_account?: string
    /** the contract state; the sources show SIGNED only for these contracts — known values SIGNED, TERMINATED */
    contract_state: 'SIGNED' | 'TERMINATED' | (string & {})
    /** how and when the contract was terminated; present once it is TERMINATED */
    contract_terminate_info?: {
      /** how the contract ended: by the user, the merchant API, the WeChat Pay page, customer service or the system — known values USER_TERMINATE, MCH_API_TERMINATE, WEPAY_WEB_TERMINATE, CUSTOMER_SERVICE_TERMINATE, SYSTEM_TERMINATE, API */
      contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE' | 'API' | (string & {})
      /** the reason given when it was terminated */
      contract_termination_remark?: string
      /** when the contract ended, RFC 3339 — source §1.1 [PAY basic-rules] */
      contract_terminated_time?: string
    }
  }
}

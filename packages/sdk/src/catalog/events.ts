// Notification event types of this family (spec §6), with the envelope's summary and original_type.
// The password-exempt names are not documented upstream (spec §6.6): these are the simulator's.
export const events = {
  'INSURANCE_ENTRUST.SIGN': { summary: '保险委托代扣签约通知', originalType: 'insurance_entrust' },
  'INSURANCE_ENTRUST.TERMINATE': { summary: '保险委托代扣解约通知', originalType: 'insurance_entrust' },
  'INSURANCE_ENTRUST.RENEW': { summary: '保险委托代扣续期完成通知', originalType: 'insurance_entrust' },
  'ENTRUST.SIGN': { summary: '委托代扣签约通知', originalType: 'entrust' },
  'ENTRUST.TERMINATE': { summary: '委托代扣解约通知', originalType: 'entrust' },
  'TRANSACTION.SUCCESS': { summary: '支付成功', originalType: 'transaction' },
  'TRANSACTION.FAIL': { summary: '支付失败', originalType: 'transaction' },
  'PASSWORD_EXEMPT_CONTRACT.SIGN': { summary: '免密支付签约通知', originalType: 'password_exempt_contract' },
  'PASSWORD_EXEMPT_CONTRACT.TERMINATE': { summary: '免密支付解约通知', originalType: 'password_exempt_contract' },
} as const

export type EventType = keyof typeof events

/** The sign and terminate events of each contract family. */
export const contractEvents = {
  insurance: { sign: 'INSURANCE_ENTRUST.SIGN', terminate: 'INSURANCE_ENTRUST.TERMINATE' },
  'scheduled-deduct-partner': { sign: 'ENTRUST.SIGN', terminate: 'ENTRUST.TERMINATE' },
  'password-exempt': { sign: 'PASSWORD_EXEMPT_CONTRACT.SIGN', terminate: 'PASSWORD_EXEMPT_CONTRACT.TERMINATE' },
} as const satisfies Record<string, { sign: EventType; terminate: EventType }>

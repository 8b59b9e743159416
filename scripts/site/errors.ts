// The errors an endpoint can return: the codes WeChat Pay documents for every APIv3 call, the generic
// status table, and the business refusals of each kind of call, which the sources describe without a
// code (the code is then inferred, and marked so). Sections are the dossier's (spec §1.7, §7).
import type { EndpointDefinition } from '@wxpay/sdk/protocol'
import type { Kind } from './kinds.js'
import { cell, table } from './markdown.js'

interface ErrorRow {
  answer: string
  when: string
  basis: 'documented' | 'documented, generic table' | 'observed' | 'inferred'
  spec: string
}

const row = (answer: string, when: string, basis: ErrorRow['basis'], spec: string): ErrorRow => ({
  answer,
  when,
  basis,
  spec,
})

const EVERY_CALL: ErrorRow[] = [
  row(
    '400 `PARAM_ERROR`',
    '参数错误: a field missing, of the wrong type or out of a documented bound; `detail.field` is its JSON pointer. The SDK refuses these before sending (`ValidationError`)',
    'documented',
    '§1.7, §7.1',
  ),
  row('400 `INVALID_REQUEST`', 'the HTTP request does not follow the APIv3 rules', 'documented', '§1.7, §7.1'),
  row(
    '401 `SIGN_ERROR`',
    '验证不通过: signature, serial_no or timestamp wrong; the request was not executed',
    'documented',
    '§1.2, §7.1',
  ),
  row('403 `NO_AUTH`', 'the merchant has not been granted this API', 'documented, generic table', '§1.7, §7.1'),
  row(
    '429 `RATELIMIT_EXCEEDED`',
    'too many requests; newer pages name it `FREQUENCY_LIMITED`',
    'documented, generic table',
    '§1.7, §7.1',
  ),
  row('500 `SYSTEM_ERROR`', '系统异常: retry with the same parameters', 'documented', '§1.7, §7.1'),
  row('502/503 `SERVICE_UNAVAILABLE`', 'retry later', 'documented, generic table', '§7.1'),
]

const UNKNOWN_CONTRACT = row(
  '404 `RESOURCE_NOT_EXISTS` or `ORDER_NOT_EXIST`',
  'no such contract of this merchant',
  'inferred',
  '§7.2',
)
const CODE_REUSED = row(
  '400 `INVALID_REQUEST` or `PARAM_ERROR`',
  '`out_contract_code` already used by a signed, failed or terminated contract',
  'inferred',
  '§2.3, §7.2',
)
const NOT_SIGNED = row('400 or 403', 'the contract is not SIGNED', 'inferred', '§5.6, §7.2')
const SCHEDULE_RULES = row(
  '400 `PARAM_ERROR` or 403',
  'outside [08:00, 19:30) Beijing time or the schedulable days, amount ≠ the planned amount, already scheduled',
  'inferred',
  '§5.8, §5.9, §7.2',
)
const APPLY_RULES = row(
  '400 or 403',
  'outside [08:00, 20:00) Beijing time or the deduction window, not scheduled, amount ≠ the scheduled amount, contract not SIGNED, `out_trade_no` reused',
  'inferred',
  '§5.8 #32, §5.9, §7.2',
)
const NOTICE_RULES = row(
  '403 `NO_AUTH` or 400',
  'outside [07:00, 22:00) Beijing time, template not a periodic one, or the notice permission not opened',
  'inferred',
  '§5.10, §7.2',
)

const BY_KIND: Record<Kind, ErrorRow[]> = {
  presign: [CODE_REUSED],
  'contract-query': [UNKNOWN_CONTRACT],
  'contract-terminate': [UNKNOWN_CONTRACT, NOT_SIGNED],
  'insurance-renew': [
    row(
      '400 or 403',
      'not TO_BE_RENEWED, renewal not allowed at signing, outside the renewal window, amount more than 50 % off, already renewed',
      'inferred',
      '§5.7 #27, §7.2',
    ),
  ],
  'insurance-periods': [UNKNOWN_CONTRACT],
  'insurance-modify': [
    row(
      '400, 403 or 429',
      'more than once a day or three times in all, outside 08:00–19:00, an amount raised',
      'inferred',
      '§5.7 #29, §7.2',
    ),
  ],
  'insurance-schedule': [SCHEDULE_RULES],
  'insurance-schedule-query': [UNKNOWN_CONTRACT],
  'insurance-apply': [APPLY_RULES],
  'scheduled-schedule': [SCHEDULE_RULES],
  'scheduled-query': [UNKNOWN_CONTRACT],
  'papay-apply': [APPLY_RULES],
  notice: [NOTICE_RULES],
  'fail-notice': [NOTICE_RULES],
  certificates: [
    row(
      '404 `NOT_FOUND` (or `RESOURCE_NOT_EXISTS`)',
      'the merchant uses a WeChat Pay public key and has no platform certificate: the SDK throws `PublicKeyModeError`',
      'documented',
      '§1.4, §7.1',
    ),
  ],
}

/** Refusals particular to one endpoint, by its spec reference. */
function particular(endpoint: EndpointDefinition): ErrorRow[] {
  const rows: ErrorRow[] = []
  if (endpoint.path.includes('/insurance-sign/contracts/pre-entrust-sign/')) {
    rows.push(
      row('400 `PARAM_ERROR`', '保单的扣费周期列表个数不符合规范,请核查后再试。', 'observed', '§4.1 rule 7, §7.1'),
      row('400 `PARAM_ERROR`', '`can_auto_insure` and `can_auto_reinsure` both true', 'inferred', '§4.1, §7.2'),
      row('400 `PARAM_ERROR`', '`Wechatpay-Serial` missing or unknown, ciphertext not decryptable', 'inferred', '§7.2'),
    )
  }
  if (endpoint.path.endsWith('/h5')) {
    rows.push(
      row('an error', '`jump_control.jump_appid` without the return-to-App permission', 'inferred', '§5.1, §7.2'),
    )
  }
  if (/password-exempt-contract\/.+\/terminate$/.test(endpoint.path)) {
    rows.push(row('403 `NO_AUTH`', '商户暂无权限使用此功能: open the permission', 'documented', '§5.6'))
  }
  return rows
}

/** The page's error section: the table and how to read it. */
export function errorSection(endpoint: EndpointDefinition, kind: Kind): string {
  const rows = [...EVERY_CALL, ...BY_KIND[kind], ...particular(endpoint)]
  return [
    '## Errors',
    '',
    'An error rejects with `WechatPayApiError` (`status`, `code`, `message`, `detail`, `requestId`). ' +
      '**documented**: a WeChat Pay page gives the code; **generic table**: the APIv3 rules give it for every API; ' +
      '**observed**: integrators have seen it; **inferred**: the sources describe the refusal without a code, ' +
      'so the code is a guess; the simulator answers each with the code in [where the simulator guesses](/guide/simulator#where-the-simulator-guesses).',
    '',
    table(
      ['answer', 'when', 'basis', 'spec'],
      rows.map((error) => [error.answer, cell(error.when), error.basis, error.spec]),
    ),
  ].join('\n')
}

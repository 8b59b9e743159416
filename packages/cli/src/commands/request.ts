// `wxpay request METHOD PATH`: one APIv3 request through the SDK — validated against the catalog,
// sensitive fields encrypted, signed, sent, the response verified — and its status, Request-ID and
// JSON printed with personal data masked; a failure is the SDK's typed error, with its fix, exit 1.
import { DEFAULT_BASE_URL, WechatPay } from '@wxpay/sdk'
import type { Command } from 'commander'
import { collect, Refusal, readJson, refusing, type Write } from './files.js'
import { maskPersonal } from './mask.js'
import { need, readSettings, type SettingsFlags, settingsOptions } from './settings.js'

interface RequestFlags extends SettingsFlags {
  data?: string
  param: string[]
  validate: boolean
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])

function params(entries: string[]): Record<string, string> {
  return Object.fromEntries(
    entries.map((entry) => {
      const at = entry.indexOf('=')
      if (at <= 0) throw new Refusal(`--param ${entry}: write it as NAME=VALUE, e.g. out_contract_code=INS2026001`)
      return [entry.slice(0, at), entry.slice(at + 1)]
    }),
  )
}

async function send(method: string, path: string, flags: RequestFlags, write: Write, warn: Write): Promise<void> {
  const verb = method.toUpperCase()
  if (!METHODS.has(verb)) throw new Refusal(`${method}: the method is one of ${[...METHODS].join(', ')}`)
  if (!path.replace(/^\//, '').startsWith('v3/')) {
    throw new Refusal(`${path}: the path of an APIv3 endpoint starts with /v3/, e.g. /v3/certificates`)
  }
  const settings = need(readSettings(flags), ['mchid', 'serial', 'privateKey'])
  const wxpay = new WechatPay({
    mchid: settings.mchid,
    serial: settings.serial,
    privateKey: settings.privateKey,
    certs: settings.certs,
    apiV3Key: settings.apiV3Key,
    baseURL: settings.baseURL ?? DEFAULT_BASE_URL,
    // Validation warnings are the command's, not process warnings.
    onValidationWarning: ({ endpoint, issues }) => {
      for (const issue of issues) warn(`warning: ${endpoint}: ${issue.field} ${issue.issue}; sent anyway`)
    },
  })
  const response = await wxpay.request({
    method: verb,
    url: path,
    params: params(flags.param),
    data: flags.data === undefined ? undefined : readJson(flags.data, '--data'),
    validate: flags.validate,
  })
  write(`HTTP ${response.status}`)
  write(`Request-ID: ${response.requestId ?? '(none)'}`)
  if (response.data !== undefined) write(JSON.stringify(maskPersonal(response.data), null, 2))
}

/** Registers `request` on the program. */
export function registerRequestCommand(program: Command): Command {
  const command = program
    .command('request')
    .description(
      'sign, send and verify one APIv3 request; print the status, Request-ID and JSON (personal data masked)',
    )
    .argument('<method>', 'GET, POST, PUT, PATCH or DELETE')
    .argument('<path>', '/v3/… as WeChat Pay documents it; {name} placeholders take --param')
    .option('--data <json>', 'the request body: JSON, or @file to read it (@- for standard input)')
    .option('--param <name=value>', 'a path placeholder or query parameter; repeatable', collect, [] as string[])
    .option('--no-validate', 'send without checking the request against the catalog first')
  settingsOptions(command)
  command.action(async function (this: Command, method: string, path: string, flags: RequestFlags) {
    const warn = (line: string) => this.configureOutput().writeErr?.(`${line}\n`)
    await refusing(this, 'wxpay.request.failed', (write) => send(method, path, flags, write, warn))
  })
  return command
}

// `wxpay notify verify`: checks a captured notification (headers as JSON, body as the raw bytes) the
// way the SDK's parse does, prints the event with personal data masked, or explains the failure.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { DecryptionError, SignatureVerificationError } from '@wxpay/sdk'
import { Notifications, parseTrustedKey, readSignedHeaders, TrustStore } from '@wxpay/sdk/protocol'
import type { Command } from 'commander'
import { collect, idAndFile, Refusal, read, refusing, type Write } from './files.js'
import { maskPersonal } from './mask.js'
import { registerNotifySend } from './notify-send.js'

interface VerifyOptions {
  headers: string
  body: string
  mchid?: string
  serial?: string
  privateKey?: string
  apiv3KeyFile?: string
  cert: string[]
  now?: string
}

function readHeaders(file: string): Record<string, string | string[]> {
  let headers: unknown
  try {
    headers = JSON.parse(read(file, '--headers').toString('utf8'))
  } catch (error) {
    if (error instanceof Refusal) throw error
    throw new Refusal(`--headers ${file} is not JSON; write the request headers as {"Wechatpay-Serial": "…", …}`)
  }
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new Refusal(`--headers ${file} must hold one JSON object of header names and values`)
  }
  return headers as Record<string, string | string[]>
}

function readApiV3Key(file: string | undefined): Buffer {
  const text = file === undefined ? process.env.WXPAY_APIV3_KEY : read(file, '--apiv3-key-file').toString('utf8')
  if (text === undefined) {
    throw new Refusal('the APIv3 key is needed to decrypt: pass --apiv3-key-file FILE (or set WXPAY_APIV3_KEY)')
  }
  // An editor's final newline is not part of the key.
  const key = Buffer.from(text.replace(/\r?\n$/, ''), 'utf8')
  if (key.length !== 32) {
    throw new Refusal(
      `the APIv3 key is ${key.length} bytes; it is exactly 32 (the APIv3 key of 商户平台 → 账户中心 → API安全, not the APIv2 key)`,
    )
  }
  return key
}

function merchantPublicKey(file: string | undefined): KeyObject | undefined {
  if (file === undefined) return undefined
  try {
    return createPublicKey(createPrivateKey(read(file, '--private-key')))
  } catch (error) {
    if (error instanceof Refusal) throw error
    throw new Refusal(`--private-key ${file} is not a PEM private key (apiclient_key.pem)`)
  }
}

function trustStore(options: VerifyOptions, signedBy: string | undefined): TrustStore {
  // With --private-key and --serial, the store refuses the merchant's own certificate or serial as a WeChat Pay key.
  const store = new TrustStore(merchantPublicKey(options.privateKey), options.serial)
  for (const entry of options.cert) {
    const [id, file] = idAndFile(entry, '--cert', 'PUB_KEY_ID_0114…=pub_key.pem')
    store.add(parseTrustedKey(id, read(file, `--cert ${id}`), `--cert ${id}`, 'config'), `--cert ${id}`)
  }
  if (store.size === 0) {
    throw new Refusal(
      `no verification key: pass --cert ${signedBy ?? 'ID'}=FILE with the WeChat Pay public key or the platform ` +
        'certificate that Wechatpay-Serial names',
    )
  }
  return store
}

/** What to try next, for the failures a captured notification usually meets. */
function hint(error: unknown, body: Buffer, headers: Record<string, string | string[]>): string | undefined {
  if (error instanceof SignatureVerificationError) {
    if (error.reason === 'timestamp-out-of-window') {
      const timestamp = readSignedHeaders(headers).timestamp
      return `a capture leaves the 5-minute window after 5 minutes: to check the rest of it, run again with --now ${timestamp}`
    }
    if (error.reason === 'bad-signature') {
      return body.at(-1) === 0x0a
        ? 'the body file ends with a newline: if it was added when saving the capture, remove it'
        : 'the body file must hold the exact bytes received: no reformatting, no re-encoding'
    }
  }
  if (error instanceof DecryptionError) return 'check --apiv3-key-file: the APIv3 key, 32 characters, current'
  return undefined
}

async function verify(options: VerifyOptions, write: Write): Promise<void> {
  const headers = readHeaders(options.headers)
  const body = read(options.body, '--body')
  const signedBy = readSignedHeaders(headers).serial
  const now = options.now === undefined ? Date.now() : Number(options.now) * 1000
  if (!Number.isFinite(now)) throw new Refusal('--now takes a Unix time in seconds, such as a Wechatpay-Timestamp')
  const notifications = new Notifications({
    apiV3Key: readApiV3Key(options.apiv3KeyFile),
    clock: { now: () => now },
    store: trustStore(options, signedBy),
  })
  let event: Awaited<ReturnType<Notifications['parse']>>
  try {
    event = await notifications.parse({ headers, body })
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error'
    const message = error instanceof Error ? error.message : String(error)
    const next = hint(error, body, headers)
    throw new Refusal(`not verified: ${name}: ${message}${next ? `\nNext: ${next}` : ''}`)
  }
  const resource = event.resource as Record<string, unknown>
  const owners = [resource.mchid, resource.sp_mchid, resource.sub_mchid]
  if (options.mchid && !owners.includes(options.mchid)) {
    throw new Refusal(
      `not for merchant ${options.mchid}: the notification verifies and decrypts, but its resource names merchant ` +
        `${owners.filter(Boolean).join(', ') || '(none)'}. Another merchant's notification, or the wrong --mchid.`,
    )
  }
  write(`verified: signed by ${signedBy}, decrypted with the APIv3 key (personal data masked)`)
  write(JSON.stringify({ ...event, resource: maskPersonal(event.resource) }, null, 2))
}

/** Registers `notify verify` on the program. */
export function registerNotifyCommand(program: Command): Command {
  const notify = program.command('notify').description('WeChat Pay notifications (callbacks)')
  notify
    .command('verify')
    .description('verify and decrypt a captured notification; exit code 0 when it verifies, 1 when not')
    .requiredOption('--headers <file>', 'the request headers as one JSON object')
    .requiredOption('--body <file>', 'the request body, the exact bytes received')
    .option('--apiv3-key-file <file>', 'a file holding the APIv3 key (else the WXPAY_APIV3_KEY variable)')
    .option(
      '--cert <id=file>',
      'a WeChat Pay public key (PUB_KEY_ID_…=pub_key.pem) or platform certificate (SERIAL=cert.pem); repeatable',
      collect,
      [] as string[],
    )
    .option('--mchid <mchid>', 'your merchant id: another merchant’s notification is then a failure')
    .option('--serial <serial>', 'your merchant certificate serial, to catch it configured as a WeChat Pay key')
    .option(
      '--private-key <file>',
      'your merchant private key, to catch its certificate configured as a WeChat Pay key',
    )
    .option('--now <seconds>', 'check the 5-minute window at this Unix time, e.g. the capture’s Wechatpay-Timestamp')
    .action(async function (this: Command, options: VerifyOptions) {
      await refusing(this, 'wxpay.notify.failed', (write) => verify(options, write))
    })
  registerNotifySend(notify)
  return notify
}

// `wxpay notify send EVENT --to URL`: a notification as WeChat Pay sends it — a realistic resource for
// the event type, encrypted with the APIv3 key, signed with the WeChat Pay side's key (the simulator's,
// from its config.json, or given) — posted to the merchant's endpoint; its answer is printed, and
// anything but a 2xx is a failure, as WeChat Pay counts it.
import { createPrivateKey } from 'node:crypto'
import { createTestNotification } from '@wxpay/sdk/testing'
import type { Command } from 'commander'
import { eventTypes, exampleResource } from './example-resource.js'
import { Refusal, readJson, refusing, type Write, wholeNumber } from './files.js'
import { maskPersonal } from './mask.js'
import { need, readSettings, type SettingsFlags, settingsOptions } from './settings.js'

interface SendFlags extends SettingsFlags {
  to: string
  resource?: string
  timeout: number
}

/** How long WeChat Pay waits for an answer. */
const DEFAULT_TIMEOUT_MS = 5000
const ANSWER_SHOWN = 2000

function target(to: string): URL {
  let url: URL
  try {
    url = new URL(to)
  } catch {
    throw new Refusal(`--to ${to} is not an absolute URL, e.g. http://127.0.0.1:3000/wxpay/notify`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refusal(`--to ${to}: an http(s) URL`)
  return url
}

function resourceFor(eventType: string, flags: SendFlags, settings: { mchid?: string; appid?: string }) {
  const given = flags.resource === undefined ? {} : readJson(flags.resource, '--resource')
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new Refusal('--resource is one JSON object: the fields to set in the resource')
  }
  const example = exampleResource({
    eventType,
    mchid: settings.mchid ?? '1900000001',
    appid: settings.appid ?? 'wxd678efh567hg6787',
    now: Date.now(),
  })
  if (!example && flags.resource === undefined) {
    throw new Refusal(
      `${eventType} is not an event type of the catalog (${eventTypes().join(', ')}); ` +
        'for another one, give the whole resource with --resource',
    )
  }
  return { ...example, ...given }
}

function signingKey(pem: Buffer, id: string) {
  try {
    return createPrivateKey(pem)
  } catch {
    throw new Refusal(`the platform key ${id} is not a PEM private key (the simulator's simulator_platform_key.pem)`)
  }
}

async function deliver(url: URL, notification: { headers: Record<string, string>; body: string }, timeout: number) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: notification.headers,
      body: notification.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeout),
    })
    return { status: response.status, text: await response.text() }
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      throw new Refusal(`${url} did not answer within ${timeout} ms; WeChat Pay gives up after 5 s and sends again`)
    }
    const cause = (error as { cause?: NodeJS.ErrnoException }).cause
    throw new Refusal(`could not deliver to ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`)
  }
}

async function send(eventType: string, flags: SendFlags, write: Write): Promise<void> {
  const url = target(flags.to)
  const settings = need(readSettings(flags), ['apiV3Key', 'platformKey'])
  if (Buffer.byteLength(settings.apiV3Key) !== 32) {
    throw new Refusal(`the APIv3 key is ${Buffer.byteLength(settings.apiV3Key)} bytes; it is exactly 32`)
  }
  const resource = resourceFor(eventType, flags, settings)
  const { id, privateKey } = settings.platformKey
  const notification = createTestNotification(
    { event_type: eventType, resource },
    { privateKey: signingKey(privateKey, id), serial: id, apiV3Key: settings.apiV3Key },
  )
  const envelope = JSON.parse(notification.body) as { id: string }
  write(`POST ${url} ${eventType} (id ${envelope.id}), signed by ${id}; the resource, personal data masked:`)
  write(JSON.stringify(maskPersonal(resource), null, 2))
  const answer = await deliver(url, notification, flags.timeout)
  write(`HTTP ${answer.status}`)
  if (answer.text) write(answer.text.slice(0, ANSWER_SHOWN))
  if (answer.status < 200 || answer.status > 299) {
    throw new Refusal(`${url} answered ${answer.status}: WeChat Pay counts the delivery as failed and sends it again`)
  }
}

/** Registers `notify send` on the `notify` command. */
export function registerNotifySend(notify: Command): Command {
  const command = notify
    .command('send')
    .description(
      'post a signed, encrypted test notification of EVENT to your endpoint and print its answer; non-2xx exits 1',
    )
    .argument('<event>', `an event type, e.g. INSURANCE_ENTRUST.SIGN or TRANSACTION.SUCCESS`)
    .requiredOption('--to <url>', 'your notification endpoint, e.g. http://127.0.0.1:3000/wxpay/notify')
    .option('--resource <json>', 'fields to set in the resource: JSON, or @file')
    .option('--timeout <ms>', 'how long to wait for the answer', wholeNumber('--timeout'), DEFAULT_TIMEOUT_MS)
  settingsOptions(command, ['config', 'mchid', 'apiv3KeyFile', 'platformKey'])
  command.action(async function (this: Command, eventType: string, flags: SendFlags) {
    await refusing(this, 'wxpay.notify.failed', (write) => send(eventType, flags, write))
  })
  return command
}

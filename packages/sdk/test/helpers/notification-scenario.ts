// The scaffolding of the notification tests: one client, an `attempt` through the handler pipeline,
// `rejected` for the tamper cases, and a scan of everything the tests saw for secrets at the end.
import assert from 'node:assert/strict'
import { after } from 'node:test'
import type { NotificationInput } from '@wxpay/sdk'
import { createSetup, recorder, replyText, resources, secretsOf, visible } from './notifications.js'

/** `minimumSeen`: the scan is only worth something when the file produced at least that much to scan. */
export function notificationScenario(minimumSeen: number) {
  const setup = createSetup()
  const { keys, client, notification } = setup
  const wxpay = client()

  /** Everything the tests saw of errors and replies, scanned for secrets at the end. */
  const seen: string[] = []
  after(() => {
    const secrets = secretsOf(keys)
    for (const text of seen) for (const secret of secrets) assert.ok(!text.includes(secret), 'a secret leaked')
    assert.ok(seen.length > minimumSeen)
  })

  /** Sends `input` through the handler pipeline; returns the reply, the reported error and the handler's calls. */
  async function attempt(input: NotificationInput, options: { client?: typeof wxpay; maxBodyBytes?: number } = {}) {
    const { calls, handler } = recorder()
    const errors: unknown[] = []
    const reply = await (options.client ?? wxpay).notifications.handle(input, handler, {
      maxBodyBytes: options.maxBodyBytes,
      onError: (error) => errors.push(error),
    })
    seen.push(replyText(reply), ...errors.map(visible))
    return { reply, error: errors[0], calls }
  }

  async function rejected(input: NotificationInput, errorClass: new (...args: any[]) => Error, reason?: string) {
    const { reply, error, calls } = await attempt(input)
    assert.ok(error instanceof errorClass, `expected ${errorClass.name}, got ${visible(error)}`)
    if (reason) assert.equal((error as { reason?: string }).reason, reason)
    assert.equal(calls.length, 0, 'the handler must not run')
    assert.ok(reply.status >= 400 && reply.status < 500, `a 4xx, not ${reply.status}`)
    assert.equal(JSON.parse(reply.body).code, 'FAIL')
    await assert.rejects(wxpay.notifications.parse(input), errorClass)
    return error as Error
  }

  const signSuccess = () =>
    notification({ event_type: 'INSURANCE_ENTRUST.SIGN', resource: resources['INSURANCE_ENTRUST.SIGN'] })
  const withoutHeader = (name: string) => {
    const { headers, body } = signSuccess()
    const { [name]: _, ...rest } = headers
    return { headers: rest, body }
  }
  return { ...setup, wxpay, seen, attempt, rejected, signSuccess, withoutHeader }
}

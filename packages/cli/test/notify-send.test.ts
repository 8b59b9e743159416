// `wxpay notify send`: a signed, encrypted test notification of any catalog event, posted to the
// merchant's endpoint (here the SDK's createNodeHandler behind the simulator's keys), its answer printed.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createNodeHandler, isKnownEvent, type NotificationEvent, WechatPay } from '@wxpay/sdk'
import { events, validate } from '@wxpay/sdk/protocol'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { eventTypes, exampleResource } from '../src/commands/example-resource.js'
import { mask } from '../src/commands/mask.js'
import { registerNotifyCommand } from '../src/commands/notify.js'
import { writeCredentials } from '../src/commands/simulator-files.js'
import { commandRunner } from './run-command.js'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-notify-send-'))
let sim: Simulator
let config: string
let received: NotificationEvent[] = []
let answer = 200
const servers: Server[] = []

/** A merchant endpoint on 127.0.0.1 verifying with `apiV3Key`; returns its URL. */
async function endpoint(apiV3Key = sim.apiV3Key): Promise<string> {
  const wxpay = new WechatPay({ ...sim.merchant, certs: sim.certs, apiV3Key, baseURL: sim.url })
  const handler = createNodeHandler(
    wxpay,
    (event) => {
      received.push(event)
      if (answer !== 200) throw new Error('the merchant’s handler failed')
    },
    { onError: () => {} },
  )
  const server = createServer(handler).listen(0, '127.0.0.1')
  servers.push(server)
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/wxpay/notify`
}

before(async () => {
  sim = await createSimulator({ mode: 'certificate' })
  writeCredentials(dir, sim)
  config = join(dir, 'config.json')
})
const { run, outputs } = commandRunner(registerNotifyCommand, ['notify', 'send'])
after(async () => {
  for (const server of servers) server.close()
  await sim.close()
  rmSync(dir, { recursive: true, force: true })
  for (const text of outputs) {
    assert.ok(!text.includes(sim.apiV3Key), 'the APIv3 key leaked')
    assert.ok(!text.includes('oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'), 'an openid leaked')
  }
})

describe('the example resources', () => {
  it('one for every event type of the catalog, valid by its schema', () => {
    assert.deepEqual(eventTypes().sort(), Object.keys(events).sort())
    for (const eventType of eventTypes()) {
      const resource = exampleResource({ eventType, mchid: '1900000001', appid: 'wxd678efh567hg6787', now: 0 })
      const schema = (events as Record<string, { resource: Parameters<typeof validate>[0] }>)[eventType].resource
      assert.deepEqual(validate(schema, resource), [], eventType)
    }
  })

  it('a terminate event carries a terminated contract; a sign event a signed one', () => {
    const context = { mchid: '1900000001', appid: 'wxd678efh567hg6787', now: Date.UTC(2026, 0, 1) }
    const signed = exampleResource({ ...context, eventType: 'INSURANCE_ENTRUST.SIGN' })!
    const ended = exampleResource({ ...context, eventType: 'ENTRUST.TERMINATE' })!
    assert.equal(signed.contract_state, 'SIGNED')
    assert.equal(signed.contract_signed_time, '2026-01-01T08:00:00+08:00')
    assert.equal(ended.contract_state, 'TERMINATED')
    assert.deepEqual(Object.keys(ended.contract_terminate_info as object).sort(), [
      'contract_terminated_time',
      'contract_termination_mode',
      'contract_termination_remark',
    ])
  })
})

describe('wxpay notify send', () => {
  it('posts INSURANCE_ENTRUST.SIGN with the simulator’s keys; the endpoint verifies, decrypts and answers 200', async () => {
    received = []
    const to = await endpoint()
    const result = await run(['INSURANCE_ENTRUST.SIGN', '--to', to, '--config', config])
    assert.equal(result.exitCode, 0, result.err)
    const lines = result.out.trimEnd().split('\n')
    const signer = sim.platform.signer(undefined).id
    assert.match(
      lines[0],
      new RegExp(`^POST ${to} INSURANCE_ENTRUST\\.SIGN \\(id [0-9a-f-]{36}\\), signed by ${signer};`),
    )
    assert.deepEqual(lines.slice(-2), ['HTTP 200', '{"code":"SUCCESS"}'])
    assert.equal(received.length, 1)
    const [event] = received
    assert.ok(isKnownEvent(event) && event.event_type === 'INSURANCE_ENTRUST.SIGN')
    assert.equal(event.resource.mchid, sim.merchant.mchid)
    assert.equal(event.resource.contract_state, 'SIGNED')
    const printed = JSON.parse(lines.slice(1, -2).join('\n'))
    assert.equal(printed.openid, mask(event.resource.openid))
    assert.equal(printed.contract_id, event.resource.contract_id)
  })

  it('--resource sets fields; an event outside the catalog needs the whole resource', async () => {
    received = []
    const to = await endpoint()
    const set = await run([
      'TRANSACTION.FAIL',
      '--to',
      to,
      '--config',
      config,
      '--resource',
      '{"out_trade_no":"T2026001"}',
    ])
    assert.equal(set.exitCode, 0, set.err)
    assert.equal((received[0].resource as { out_trade_no: string }).out_trade_no, 'T2026001')
    assert.equal((received[0].resource as { trade_state: string }).trade_state, 'FAIL')
    const unknown = await run(['PASSWORD_EXEMPT.SIGNED', '--to', to, '--config', config])
    assert.equal(unknown.exitCode, 1)
    assert.match(
      unknown.err,
      /^PASSWORD_EXEMPT\.SIGNED is not an event type of the catalog \(INSURANCE_ENTRUST\.SIGN, .*--resource/,
    )
    const given = await run([
      'PASSWORD_EXEMPT.SIGNED',
      '--to',
      to,
      '--config',
      config,
      '--resource',
      '{"contract_id":"1"}',
    ])
    assert.equal(given.exitCode, 0, given.err)
    assert.equal(received.at(-1)?.event_type, 'PASSWORD_EXEMPT.SIGNED')
  })

  it('a non-2xx answer is a failure, exit 1, with the answer printed', async () => {
    answer = 500
    try {
      const result = await run(['ENTRUST.SIGN', '--to', await endpoint(), '--config', config])
      assert.equal(result.exitCode, 1)
      assert.match(result.out, /^HTTP 500$/m)
      assert.match(result.err, /answered 500: WeChat Pay counts the delivery as failed and sends it again/)
    } finally {
      answer = 200
    }
    const wrongKey = await run(['ENTRUST.SIGN', '--to', await endpoint('K'.repeat(32)), '--config', config])
    assert.equal(wrongKey.exitCode, 1)
    assert.match(wrongKey.out, /^HTTP 400$/m)
  })

  it('explains an endpoint that cannot be reached, a bad URL and missing keys', async () => {
    const closed = createServer().listen(0, '127.0.0.1')
    await once(closed, 'listening')
    const port = (closed.address() as AddressInfo).port
    closed.close()
    await once(closed, 'close')
    const refused = await run(['ENTRUST.SIGN', '--to', `http://127.0.0.1:${port}/notify`, '--config', config])
    assert.equal(refused.exitCode, 1)
    assert.match(refused.err, new RegExp(`^could not deliver to http://127\\.0\\.0\\.1:${port}/notify: ECONNREFUSED`))
    const relative = await run(['ENTRUST.SIGN', '--to', '/notify', '--config', config])
    assert.match(relative.err, /--to \/notify is not an absolute URL/)
    const keyless = await run(['ENTRUST.SIGN', '--to', 'http://127.0.0.1:9/notify'])
    assert.equal(keyless.exitCode, 1)
    assert.match(keyless.err, /^missing apiV3Key, platformKey: pass --config \.wxpay-sim\/config\.json/)
  })
})

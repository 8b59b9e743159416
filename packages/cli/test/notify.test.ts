import assert from 'node:assert/strict'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { createTestNotification, selfSignedCertificate } from '@wxpay/simulator'
import { mask } from '../src/commands/mask.js'
import { registerNotifyCommand } from '../src/commands/notify.js'
import { createProgram } from '../src/index.js'
import { commandRunner } from './run-command.js'

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    privateKey,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }
}
const platform = pair()
const certKey = pair()
const certificate = selfSignedCertificate(certKey.privateKey)
const merchant = pair()
const merchantCertificate = selfSignedCertificate(merchant.privateKey, { commonName: '1900000001' })
const publicKeyId = `PUB_KEY_ID_01${randomBytes(13).toString('hex').toUpperCase()}`.slice(0, 39)
const apiV3Key = randomBytes(16).toString('hex')
const openid = `oPERSONAL${randomBytes(8).toString('hex')}`
const insured = '王小明测试'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-notify-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const files = {
  publicKey: file('pub_key.pem', platform.publicPem),
  certificate: file('platform_cert.pem', certificate.pem),
  merchantKey: file('apiclient_key.pem', merchant.privatePem),
  apiV3Key: file('apiv3.key', `${apiV3Key}\n`),
}

const resource = {
  mchid: '1900000001',
  contract_id: '202011065409471222',
  appid: 'wxd678efh567hg6787',
  plan_id: 12535,
  out_contract_code: 'INS20261122001',
  insured_display_name: insured,
  contract_state: 'SIGNED',
  contract_signed_time: '2026-11-22T10:00:00+08:00',
  contract_expired_time: '2027-11-30T23:59:59+08:00',
  openid,
}

function capture(options: { certificate?: boolean; timestamp?: number; body?: (body: string) => string } = {}) {
  const signer = options.certificate
    ? { privateKey: certKey.privateKey, serial: certificate.serial }
    : { privateKey: platform.privateKey, serial: publicKeyId }
  const sent = createTestNotification(
    { event_type: 'INSURANCE_ENTRUST.SIGN', resource },
    { ...signer, apiV3Key, timestamp: options.timestamp },
  )
  const name = randomBytes(4).toString('hex')
  return {
    headers: file(`${name}.json`, JSON.stringify(sent.headers)),
    body: file(`${name}.raw`, options.body ? options.body(sent.body) : sent.body),
    timestamp: sent.headers['Wechatpay-Timestamp'],
  }
}

const { run, outputs } = commandRunner(registerNotifyCommand, ['notify', 'verify'])

after(() => {
  const secrets = [
    apiV3Key,
    openid,
    insured,
    ...[platform, certKey, merchant].map((key) => key.privatePem.split('\n')[1]),
  ]
  for (const text of outputs) for (const secret of secrets) assert.ok(!text.includes(secret), 'a secret leaked')
})

const keyArgs = ['--apiv3-key-file', files.apiV3Key, '--cert', `${publicKeyId}=${files.publicKey}`]

describe('wxpay notify verify', () => {
  it('is registered by createProgram', () => {
    const notify = createProgram().commands.find((command) => command.name() === 'notify')
    assert.ok(notify?.commands.some((command) => command.name() === 'verify'))
  })

  it('verifies and decrypts a notification (public-key mode), printing it with personal data masked: exit 0', async () => {
    const { headers, body } = capture()
    const result = await run(['--headers', headers, '--body', body, ...keyArgs, '--mchid', '1900000001'])
    assert.equal(result.exitCode, 0, result.err)
    assert.match(result.out, /verified: signed by PUB_KEY_ID_/)
    const event = JSON.parse(result.out.slice(result.out.indexOf('{')))
    assert.equal(event.event_type, 'INSURANCE_ENTRUST.SIGN')
    assert.equal(event.resource.contract_id, resource.contract_id)
    assert.equal(event.resource.openid, mask(openid))
    assert.equal(event.resource.insured_display_name, '王****')
    assert.doesNotMatch(result.out, /note: the resource names/)
  })

  it('verifies in certificate mode; another merchant’s notification is a failure, exit 1', async () => {
    const { headers, body } = capture({ certificate: true })
    const args = ['--headers', headers, '--body', body, '--apiv3-key-file', files.apiV3Key]
    const cert = ['--cert', `${certificate.serial}=${files.certificate}`]
    const mine = await run([...args, ...cert, '--mchid', '1900000001'])
    assert.equal(mine.exitCode, 0, mine.err)
    assert.match(mine.out, new RegExp(`^verified: signed by ${certificate.serial}`))
    const theirs = await run([...args, ...cert, '--mchid', '1900000002'])
    assert.equal(theirs.exitCode, 1)
    assert.equal(theirs.out, '')
    assert.equal(
      theirs.err,
      'not for merchant 1900000002: the notification verifies and decrypts, but its resource names merchant ' +
        "1900000001. Another merchant's notification, or the wrong --mchid.\n",
    )
  })

  it('refuses a changed body with exit 1 and says what to check', async () => {
    const { headers, body } = capture({ body: (text) => `${text}\n` })
    const result = await run(['--headers', headers, '--body', body, ...keyArgs])
    assert.equal(result.exitCode, 1)
    assert.match(result.err, /not verified: SignatureVerificationError/)
    assert.match(result.err, /ends with a newline/)
  })

  it('explains an old capture, and verifies it at --now its timestamp', async () => {
    const { headers, body, timestamp } = capture({ timestamp: Math.floor(Date.now() / 1000) - 3600 })
    const old = await run(['--headers', headers, '--body', body, ...keyArgs])
    assert.equal(old.exitCode, 1)
    assert.match(old.err, new RegExp(`--now ${timestamp}`))
    const then = await run(['--headers', headers, '--body', body, ...keyArgs, '--now', timestamp])
    assert.equal(then.exitCode, 0, then.err)
  })

  it('explains a wrong APIv3 key without printing it, and one of the wrong length', async () => {
    const { headers, body } = capture()
    const wrongKey = file('wrong.key', randomBytes(16).toString('hex'))
    const wrong = await run([
      '--headers',
      headers,
      '--body',
      body,
      '--apiv3-key-file',
      wrongKey,
      '--cert',
      `${publicKeyId}=${files.publicKey}`,
    ])
    assert.equal(wrong.exitCode, 1)
    assert.match(wrong.err, /DecryptionError: .*APIv3 key was reset/)
    const short = file('short.key', apiV3Key.slice(1))
    const tooShort = await run([
      '--headers',
      headers,
      '--body',
      body,
      '--apiv3-key-file',
      short,
      '--cert',
      `${publicKeyId}=${files.publicKey}`,
    ])
    assert.equal(tooShort.exitCode, 1)
    assert.match(tooShort.err, /31 bytes; it is exactly 32/)
  })

  it('explains a missing or misplaced verification key', async () => {
    const { headers, body } = capture()
    const none = await run(['--headers', headers, '--body', body, '--apiv3-key-file', files.apiV3Key])
    assert.equal(none.exitCode, 1)
    assert.match(none.err, new RegExp(`--cert ${publicKeyId}=FILE`))
    const merchantCert = file('apiclient_cert.pem', merchantCertificate.pem)
    const mixedUp = await run([
      '--headers',
      headers,
      '--body',
      body,
      '--apiv3-key-file',
      files.apiV3Key,
      '--private-key',
      files.merchantKey,
      '--cert',
      `${merchantCertificate.serial}=${merchantCert}`,
    ])
    assert.equal(mixedUp.exitCode, 1)
    assert.match(mixedUp.err, /merchant certificate/)
    const unknown = await run([
      '--headers',
      headers,
      '--body',
      body,
      '--apiv3-key-file',
      files.apiV3Key,
      '--cert',
      `${certificate.serial}=${files.certificate}`,
    ])
    assert.equal(unknown.exitCode, 1)
    assert.match(unknown.err, /unknown|does not trust/)
  })
})

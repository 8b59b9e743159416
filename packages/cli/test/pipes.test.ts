// `wxpay notify verify … | head -3`: a reader that closes the pipe early does not crash the command
// (no unhandled EPIPE), and the exit code stays the command's: 0 verified, 1 not for this merchant.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, it } from 'node:test'
import { createTestNotification } from '@wxpay/sdk/testing'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-pipes-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const keyId = `PUB_KEY_ID_01${randomBytes(13).toString('hex').toUpperCase()}`.slice(0, 39)
const apiV3Key = randomBytes(16).toString('hex')
const resource = { mchid: '1900000001', contract_id: '202011065409471222', plan_id: 12535, out_contract_code: 'PIPE1' }
const sent = createTestNotification({ event_type: 'ENTRUST.SIGN', resource }, { privateKey, serial: keyId, apiV3Key })
const args = [
  'notify',
  'verify',
  '--headers',
  file('headers.json', JSON.stringify(sent.headers)),
  '--body',
  file('body.raw', sent.body),
  '--apiv3-key-file',
  file('apiv3.key', apiV3Key),
  '--cert',
  `${keyId}=${file('pub_key.pem', publicKey.export({ type: 'spki', format: 'pem' }).toString())}`,
]

/** Runs wxpay with its standard output closed before it writes: every write meets EPIPE. */
function closedStdout(extra: string[]): Promise<{ code: number | null; stderr: string }> {
  const script = `import('@wxpay/cli').then((cli) => cli.main(['node', 'wxpay', ...${JSON.stringify([...args, ...extra])}]))`
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

it('a closed standard output is not a crash: exit 0 when the notification verifies', async () => {
  const result = await closedStdout(['--mchid', '1900000001'])
  assert.equal(result.stderr, '')
  assert.equal(result.code, 0)
})

it('and the failure of another merchant’s notification is still exit 1, on standard error', async () => {
  const result = await closedStdout(['--mchid', '1900000002'])
  assert.equal(result.code, 1)
  assert.match(result.stderr, /^not for merchant 1900000002: /)
  assert.doesNotMatch(result.stderr, /EPIPE/)
})

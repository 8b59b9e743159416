import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes, X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { registerCertificatesCommand } from '../src/commands/certificates.js'
import { createProgram } from '../src/index.js'
import { commandRunner } from './run-command.js'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-certificates-'))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const wrongApiV3Key = randomBytes(16).toString('hex')
// A certificate-mode simulator listing two certificates, and a public-key-mode one for the same merchant.
let sim: Simulator
let publicKeySim: Simulator
const files = {} as Record<'privateKey' | 'apiV3Key' | 'wrongApiV3Key' | 'shortApiV3Key' | 'publicKey', string>
before(async () => {
  sim = await createSimulator({ mode: 'certificate' })
  sim.rotateCertificate()
  publicKeySim = await createSimulator({ mode: 'publicKey', merchants: [{ ...sim.merchant }] })
  Object.assign(files, {
    privateKey: file('apiclient_key.pem', sim.merchant.privateKey),
    apiV3Key: file('apiv3.key', `${sim.apiV3Key}\n`),
    wrongApiV3Key: file('wrong.key', wrongApiV3Key),
    shortApiV3Key: file('short.key', 'abc'),
    publicKey: file('pub_key.pem', Object.values(publicKeySim.certs)[0]),
  })
})

const { run, outputs } = commandRunner(registerCertificatesCommand, ['certificates'])
after(async () => {
  await Promise.all([sim.close(), publicKeySim.close()])
  rmSync(dir, { recursive: true, force: true })
  const secrets = [sim.apiV3Key, wrongApiV3Key, sim.merchant.privateKey.split('\n')[1]]
  for (const text of outputs) for (const secret of secrets) assert.ok(!text.includes(secret), 'a secret leaked')
})

const downloadArgs = (output: string, apiV3KeyFile = files.apiV3Key, baseURL = sim.url) => [
  'download',
  '--mchid',
  sim.merchant.mchid,
  '--serial',
  sim.merchant.serial,
  '--private-key',
  files.privateKey,
  '--apiv3-key-file',
  apiV3KeyFile,
  '--base-url',
  baseURL,
  '--output',
  output,
]

describe('wxpay certificates', () => {
  it('is registered by createProgram', () => {
    const certificates = createProgram().commands.find((command) => command.name() === 'certificates')
    assert.deepEqual(certificates?.commands.map((command) => command.name()).sort(), ['download', 'show'])
  })

  it('download: with no WeChat Pay key configured, writes one PEM per serial and prints serials and validity', async () => {
    const output = join(dir, 'downloaded')
    const result = await run(downloadArgs(output))
    assert.equal(result.exitCode, 0, result.err)
    const listed = Object.entries(sim.certs)
    assert.equal(listed.length, 2)
    assert.deepEqual(readdirSync(output).sort(), listed.map(([serial]) => `${serial}.pem`).sort())
    for (const [serial, pem] of listed) {
      assert.equal(readFileSync(join(output, `${serial}.pem`), 'utf8'), pem)
      const line = result.out.split('\n').find((text) => text.startsWith(serial))
      assert.match(
        line ?? '',
        /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ → \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {2}\(valid, \d+ days left\)/,
      )
    }
    assert.ok(result.out.includes(`2 platform certificate(s) for merchant ${sim.merchant.mchid}`))
  })

  it('show: prints serial and dates', async () => {
    const [serial, pem] = Object.entries(sim.certs)[0]
    const result = await run(['show', file('show.pem', pem)])
    assert.equal(result.exitCode, 0, result.err)
    const parsed = new X509Certificate(pem)
    assert.match(result.out, new RegExp(`^serial {6}${serial}$`, 'm'))
    assert.match(result.out, new RegExp(`^not before  ${new Date(parsed.validFrom).toISOString().slice(0, 19)}Z$`, 'm'))
    assert.match(result.out, new RegExp(`^not after   ${new Date(parsed.validTo).toISOString().slice(0, 19)}Z$`, 'm'))
    assert.match(result.out, /^status {6}valid, \d+ days left$/m)
  })

  it('show: explains a file that is not a certificate', async () => {
    const result = await run(['show', files.publicKey])
    assert.equal(result.exitCode, 1)
    assert.match(result.err, /is not a PEM X\.509 certificate \(a WeChat Pay public key pub_key\.pem has no serial/)
    assert.equal((await run(['show', join(dir, 'missing.pem')])).exitCode, 1)
  })

  it('download: a wrong APIv3 key exits 1 with the explanation and writes nothing', async () => {
    const output = join(dir, 'wrong-key')
    const result = await run(downloadArgs(output, files.wrongApiV3Key))
    assert.equal(result.exitCode, 1)
    assert.match(result.err, /^DecryptionError: GET \/v3\/certificates: certificate [0-9A-F]+ does not decrypt/)
    assert.match(result.err, /the APIv3 key was reset .* the APIv2 key was configured instead of the APIv3 key/)
    assert.equal(result.out, '')
    assert.ok(!existsSync(output))
  })

  it('download: an APIv3 key of the wrong length and an unreadable key file are refused', async () => {
    const short = await run(downloadArgs(join(dir, 'short'), files.shortApiV3Key))
    assert.equal(short.exitCode, 1)
    assert.match(short.err, /ConfigurationError: apiV3Key: must be exactly 32 bytes; this one is 3/)
    const missing = await run(downloadArgs(join(dir, 'missing'), join(dir, 'no-such.key')))
    assert.equal(missing.exitCode, 1)
    assert.match(missing.err, /cannot read --apiv3-key-file .*no-such\.key: ENOENT/)
  })

  it('download: a public-key merchant is told what to configure', async () => {
    const result = await run(downloadArgs(join(dir, 'public-key'), files.apiV3Key, publicKeySim.url))
    assert.equal(result.exitCode, 1)
    assert.match(result.err, /PublicKeyModeError: this merchant uses WeChat Pay public keys/)
    assert.ok(result.err.includes(`{ '${Object.keys(publicKeySim.certs)[0]}': pub_key.pem }`))
  })
})

describe('wxpay certificates, end to end in a child process', () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const script = "import { main } from '@wxpay/cli'; await main(['node', 'wxpay', ...process.argv.slice(1)])"
      const child = spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script, ...args],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => {
        stdout += chunk
      })
      child.stderr.on('data', (chunk) => {
        stderr += chunk
      })
      child.on('error', reject)
      child.on('close', (code) => {
        outputs.push(stdout, stderr)
        resolve({ code, stdout, stderr })
      })
    })

  it('downloads, then shows a written file; a wrong APIv3 key exits 1 on stderr', async () => {
    const output = join(dir, 'e2e')
    const downloaded = await cli(['certificates', ...downloadArgs(output)])
    assert.equal(downloaded.code, 0, downloaded.stderr)
    const serial = Object.keys(sim.certs)[1]
    assert.match(downloaded.stdout, new RegExp(`^${serial} `, 'm'))
    const shown = await cli(['certificates', 'show', join(output, `${serial}.pem`)])
    assert.equal(shown.code, 0, shown.stderr)
    assert.match(shown.stdout, new RegExp(`^serial {6}${serial}$`, 'm'))

    const refused = await cli(['certificates', ...downloadArgs(join(dir, 'e2e-wrong'), files.wrongApiV3Key)])
    assert.equal(refused.code, 1)
    assert.match(refused.stderr, /^DecryptionError: .*does not decrypt with this APIv3 key/)
    assert.equal(refused.stdout, '')
  })
})

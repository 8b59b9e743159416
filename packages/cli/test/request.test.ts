// `wxpay request`: against a simulator, with the config.json `wxpay simulator` writes, flags or WXPAY_*
// variables; the status, Request-ID and JSON printed with personal data masked; typed errors, exit 1.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createSimulator, type Simulator } from '@wxpay/simulator'
import { insuranceBody } from '../../sdk/test/helpers/seeds.js'
import { mask } from '../src/commands/mask.js'
import { registerRequestCommand } from '../src/commands/request.js'
import { readSettings } from '../src/commands/settings.js'
import { writeCredentials } from '../src/commands/simulator-files.js'
import { createProgram } from '../src/index.js'
import { commandRunner } from './run-command.js'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-request-'))
let sim: Simulator
let config: string
let stale: string
before(async () => {
  // A simulator that has been replaced by another: its files are stale for `sim`.
  const previous = await createSimulator({ mode: 'mixed', merchants: [{ mchid: '1900000001' }] })
  writeCredentials(join(dir, 'previous'), previous)
  await previous.close()
  sim = await createSimulator({ mode: 'mixed', merchants: [{ mchid: '1900000001' }] })
  writeCredentials(join(dir, 'current'), sim)
  config = join(dir, 'current', 'config.json')
  stale = join(dir, 'previous', 'config.json')
})

const { run, outputs } = commandRunner(registerRequestCommand, ['request'])
after(async () => {
  await sim.close()
  rmSync(dir, { recursive: true, force: true })
  const secrets = [sim.apiV3Key, sim.merchant.privateKey.split('\n')[1], 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o']
  for (const text of outputs) for (const secret of secrets) assert.ok(!text.includes(secret), 'a secret leaked')
})

const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const S1 = '/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'
const QUERY = '/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'

describe('wxpay request', () => {
  it('is registered by createProgram', () => {
    assert.ok(createProgram().commands.some((command) => command.name() === 'request'))
  })

  it('GET /v3/certificates with --config: status, Request-ID and the JSON', async () => {
    const result = await run(['GET', '/v3/certificates', '--config', config])
    assert.equal(result.exitCode, 0, result.err)
    const [status, requestId, ...json] = result.out.trimEnd().split('\n')
    assert.equal(status, 'HTTP 200')
    assert.match(requestId, /^Request-ID: 08[0-9A-F]+$/)
    assert.equal(JSON.parse(json.join('\n')).data.length, 1)
    assert.equal(result.err, '')
  })

  it('POST a pre-sign from @file, then GET the contract with --param: personal data masked', async () => {
    const body = file('s1.json', JSON.stringify(insuranceBody('CLIREQ001')))
    const presign = await run(['POST', S1, '--data', `@${body}`, '--config', config])
    assert.equal(presign.exitCode, 0, presign.err)
    const answer = JSON.parse(presign.out.slice(presign.out.indexOf('{')))
    assert.deepEqual(Object.keys(answer).sort(), ['pre_entrustweb_id', 'redirect_appid', 'redirect_path'])
    sim.agree(answer.pre_entrustweb_id)
    const query = await run([
      'GET',
      QUERY,
      '--param',
      'plan_id=12535',
      '--param',
      'out_contract_code=CLIREQ001',
      '--config',
      config,
    ])
    assert.equal(query.exitCode, 0, query.err)
    const contract = JSON.parse(query.out.slice(query.out.indexOf('{')))
    assert.equal(contract.contract_state, 'SIGNED')
    assert.equal(contract.out_contract_code, 'CLIREQ001')
    assert.equal(contract.openid, mask(insuranceBody().openid))
  })

  it('a request the catalog refuses: the ValidationError and its fix, nothing sent, exit 1', async () => {
    const { plan_id: _, ...body } = insuranceBody('CLIREQ002')
    const result = await run(['POST', S1, '--data', JSON.stringify(body), '--config', config])
    assert.equal(result.exitCode, 1)
    assert.equal(result.out, '')
    assert.match(
      result.err,
      new RegExp(`^ValidationError: POST ${S1}: 1 problem\\(s\\), nothing was sent:\\n {2}/plan_id .*Fix: `),
    )
    const unchecked = await run(['POST', S1, '--data', JSON.stringify(body), '--no-validate', '--config', config])
    assert.equal(unchecked.exitCode, 1)
    assert.match(unchecked.err, /^WechatPayApiError: 400 PARAM_ERROR: .*plan_id/)
  })

  it('a server error: the WechatPayApiError with code and Request-ID, exit 1', async () => {
    const body = JSON.stringify(insuranceBody('CLIREQ001'))
    const result = await run(['POST', S1, '--data', body, '--config', config])
    assert.equal(result.exitCode, 1)
    assert.match(
      result.err,
      // The simulator names the rule first, then the code that broke it.
      /^WechatPayApiError: 400 INVALID_REQUEST: .*out_contract_code CLIREQ001 .* \[Request-ID 08[0-9A-F]+\]$/m,
    )
  })

  it('the files of a replaced simulator: 401 SIGN_ERROR for the stale serial, the trust problem next', async () => {
    const result = await run(['GET', '/v3/certificates', '--config', stale, '--base-url', sim.url])
    assert.equal(result.exitCode, 1)
    const lines = result.err.trimEnd().split('\n')
    assert.match(lines[0], /^WechatPayApiError: 401 SIGN_ERROR: .*serial_no [0-9A-F]+ is not the certificate serial/)
    assert.match(lines[1], /^Not verified: the response is signed by [0-9A-F]+, which this client does not trust/)
    assert.match(lines[2], /^Signed locally: GET \/v3\/certificates, /)
  })

  it('explains what is missing and what is malformed', async () => {
    const bare = await run(['GET', '/v3/certificates'])
    assert.equal(bare.exitCode, 1)
    assert.equal(
      bare.err,
      'missing mchid, serial, privateKey: pass --config .wxpay-sim/config.json (written by wxpay simulator), or ' +
        '--mchid (or WXPAY_MCHID), --serial (or WXPAY_SERIAL), --private-key FILE (or WXPAY_PRIVATE_KEY_FILE)\n',
    )
    const cases: [string[], RegExp][] = [
      [['FETCH', '/v3/certificates'], /^FETCH: the method is one of GET, POST, PUT, PATCH, DELETE/],
      [['GET', '/v2/pay'], /the path of an APIv3 endpoint starts with \/v3\//],
      [['POST', S1, '--data', '{x'], /^--data is not JSON/],
      [['POST', S1, '--data', `@${join(dir, 'none.json')}`], /cannot read --data .*none\.json: ENOENT/],
      [['GET', QUERY, '--param', 'plan_id'], /--param plan_id: write it as NAME=VALUE/],
      [['GET', '/v3/certificates', '--config', file('bad.json', '{"certs": []}')], /certs must be/],
      [['GET', '/v3/certificates', '--config', file('not.json', 'mchid=1')], /is not JSON/],
    ]
    for (const [args, expected] of cases) {
      const result = await run([...args, ...(args.includes('--config') ? [] : ['--config', config])])
      assert.equal(result.exitCode, 1, args.join(' '))
      assert.match(result.err, expected, args.join(' '))
    }
  })
})

describe('the settings of the client commands', () => {
  it('flags over WXPAY_* variables over the config file, whose relative paths are relative to it', () => {
    const local = join(dir, 'relative')
    writeCredentials(local, sim)
    const relative = file(
      'relative/relative.json',
      JSON.stringify({ mchid: '1900000009', privateKeyFile: 'apiclient_key.pem', certs: {} }),
    )
    const fromFile = readSettings({ config: relative }, {})
    assert.equal(fromFile.mchid, '1900000009')
    assert.equal(fromFile.privateKey?.toString(), sim.merchant.privateKey)
    const env = { WXPAY_CONFIG: config, WXPAY_MCHID: '1900000002', WXPAY_BASE_URL: 'http://127.0.0.1:1' }
    const fromEnv = readSettings({}, env)
    assert.deepEqual(
      [fromEnv.mchid, fromEnv.serial, fromEnv.baseURL],
      ['1900000002', sim.merchant.serial, 'http://127.0.0.1:1'],
    )
    assert.equal(fromEnv.apiV3Key, sim.apiV3Key)
    assert.deepEqual(Object.keys(fromEnv.certs), Object.keys(sim.certs))
    const fromFlags = readSettings({ mchid: '1900000003', cert: [] }, env)
    assert.equal(fromFlags.mchid, '1900000003')
  })
})

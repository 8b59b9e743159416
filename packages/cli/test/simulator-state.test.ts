// `wxpay simulator --state-dir DIR` (issue 14): a restart keeps the keys, the configuration it wrote
// and the contracts; each request and delivery is one line (none with --quiet), with no secret in it;
// --fresh starts over and says what it removed; a state file that is not one is refused, untouched.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { waitFor, wxpay } from './spawn-cli.js'

const root = mkdtempSync(join(tmpdir(), 'wxpay-sim-state-'))
after(() => rmSync(root, { recursive: true, force: true }))

/** Runs `wxpay simulator --port 0 --state-dir dir …` until `use` is done, then Ctrl-C; returns its output. */
async function simulator(dir: string, extra: string[], use: (url: string, output: () => string) => Promise<void>) {
  const { child, output } = wxpay(['simulator', '--port', '0', '--state-dir', dir, ...extra])
  try {
    const [, url] = await waitFor(output, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    await use(url, output)
  } finally {
    child.kill('SIGINT')
    const [code] = await once(child, 'exit')
    assert.equal(code, 0, output())
  }
  return output()
}

const clientOf = (dir: string, baseURL: string) => {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
  const certs = Object.fromEntries(Object.entries(config.certs).map(([id, file]) => [id, readFileSync(file as string)]))
  const client = new WechatPay({
    mchid: config.mchid,
    serial: config.serial,
    privateKey: readFileSync(config.privateKeyFile),
    certs,
    apiV3Key: readFileSync(config.apiV3KeyFile, 'utf8'),
    baseURL,
  })
  return { config, client }
}

/** The WeChat Pay key files in the folder. */
const pemFiles = (dir: string) => readdirSync(join(dir, 'wechatpay')).sort()

const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00 /

it('restarts with the same keys and contracts, logs each request and delivery, --quiet, --fresh', async (t) => {
  const dir = join(root, 'sim')
  const webhook = createServer((request, response) => request.resume().on('end', () => response.writeHead(204).end()))
  webhook.listen(0, '127.0.0.1')
  await once(webhook, 'listening')
  t.after(() => new Promise((resolve) => webhook.close(resolve)))
  const notifyUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/notify`
  let before: ReturnType<typeof clientOf>['config']
  const first = await simulator(dir, ['--mode', 'mixed'], async (url, output) => {
    const { config, client } = clientOf(dir, url)
    before = config
    const { data } = await client.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post({
      appid: 'wxd678efh567hg6787',
      service_id: 500001,
      out_contract_code: 'CLIKEEP1',
      notify_url: notifyUrl,
      contract_display_account: '张**',
      openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    })
    const agreed = await fetch(`${url}/simulator/sessions/${data.pre_entrustweb_id}/agree`, { method: 'POST' })
    assert.equal(agreed.status, 200)
    await waitFor(output, /DELIVERY PASSWORD_EXEMPT_CONTRACT\.SIGN attempt 1 → \S+: 204 acknowledged/)
  })
  const lines = first.split('\n').filter((line) => LINE.test(line))
  const presign = lines.find((line) => line.includes('POST /v3/password-exempt-contract/'))
  assert.match(
    presign ?? '',
    /^\S+ POST \/v3\/password-exempt-contract\/contracts\/ecommerce\/pre-entrust-sign\/mini-program 200 Request-ID 08[0-9A-F]{28} \d+ ms$/,
  )
  assert.ok(lines.some((line) => / POST \/simulator\/sessions\/\w+\/agree 200 Request-ID /.test(line)))
  const apiV3Key = readFileSync(before!.apiV3KeyFile, 'utf8')
  const privateKeyLine = readFileSync(before!.privateKeyFile, 'utf8').split('\n')[1]
  for (const secret of [apiV3Key, privateKeyLine, '张**', 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o']) {
    assert.ok(!first.includes(secret), 'no key or personal field is printed')
  }

  const second = await simulator(dir, ['--quiet'], async (url) => {
    const { config, client } = clientOf(dir, url)
    assert.deepEqual({ ...config, baseURL: undefined }, { ...before, baseURL: undefined }, 'the same configuration')
    assert.deepEqual(
      pemFiles(dir),
      Object.keys(config.certs)
        .map((id) => `${id}.pem`)
        .sort(),
      'no PEM piles up',
    )
    const { data } =
      await client.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.get({
        params: { service_id: 500001, out_contract_code: 'CLIKEEP1' },
      })
    assert.equal(data.contract_state, 'SIGNED')
  })
  assert.match(second, /mixed mode/)
  assert.ok(!second.split('\n').some((line) => LINE.test(line)), '--quiet prints no request line')

  mkdirSync(join(dir, 'notes'))
  writeFileSync(join(dir, 'notes', 'mine.txt'), 'not the simulator’s')
  const third = await simulator(dir, ['--fresh', '--quiet'], async (url) => {
    const { config } = clientOf(dir, url)
    assert.notEqual(config.serial, before.serial, 'new keys')
    assert.equal(Object.keys(config.certs).length, 1, 'publicKey mode again: the old certificates’ files are gone')
    assert.deepEqual(
      pemFiles(dir),
      Object.keys(config.certs).map((id) => `${id}.pem`),
    )
  })
  const certFiles = Object.keys(before!.certs)
    .map((id) => `wechatpay/${id}.pem`)
    .sort()
  assert.ok(
    third.includes(
      `--fresh: removed state.json, config.json, apiclient_key.pem, apiv3.key, simulator_platform_key.pem, ${certFiles.join(', ')} from ${dir}`,
    ),
    third,
  )
  assert.ok(existsSync(join(dir, 'notes', 'mine.txt')), 'nothing else is removed')
})

it('refuses a state file that is not one, and leaves it as it is', async () => {
  const dir = join(root, 'foreign')
  mkdirSync(dir)
  writeFileSync(join(dir, 'state.json'), '{"compilerOptions": {}}')
  const { child, output } = wxpay(['simulator', '--port', '0', '--state-dir', dir])
  const [code] = await once(child, 'exit')
  assert.equal(code, 1)
  assert.match(output(), /StateFileError|is not a wxpay simulator state file \(its format is null/)
  assert.match(output(), /It was left as it is: move it away, or start afresh \(wxpay simulator --fresh\)/)
  assert.equal(readFileSync(join(dir, 'state.json'), 'utf8'), '{"compilerOptions": {}}')
})

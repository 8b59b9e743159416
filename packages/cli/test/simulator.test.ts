import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'
import { waitFor, wxpay } from './spawn-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-sim-'))
after(() => rmSync(dir, { recursive: true, force: true }))

it('wxpay simulator runs until Ctrl-C, writes the merchant files and prints a working configuration', async () => {
  const { child, output } = wxpay(['simulator', '--port', '0', '--mode', 'mixed', '--dir', dir])
  try {
    const [, url] = await waitFor(output, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    assert.match(output(), /mixed mode/)
    assert.match(output(), /const wxpay = new WechatPay\(\{/)
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
    assert.equal(config.baseURL, url)
    assert.equal(Object.keys(config.certs).length, 2)
    assert.ok(
      !output().includes(readFileSync(config.privateKeyFile, 'utf8').split('\n')[1]),
      'the key is in a file, not printed',
    )
    const client = new WechatPay({
      mchid: config.mchid,
      serial: config.serial,
      privateKey: readFileSync(config.privateKeyFile),
      certs: Object.fromEntries(Object.entries(config.certs).map(([id, file]) => [id, readFileSync(file as string)])),
      apiV3Key: readFileSync(config.apiV3KeyFile, 'utf8'),
      baseURL: config.baseURL,
    })
    const { data } = await client.v3.certificates.get()
    assert.equal(data.data.length, 1)
    const sessions = await fetch(`${url}/simulator/sessions`)
    assert.deepEqual(await sessions.json(), { data: [] })
  } finally {
    child.kill('SIGINT')
    const [code] = await once(child, 'exit')
    assert.equal(code, 0)
    assert.match(output(), /simulator stopped/)
  }
})

it('wxpay demo runs the five flows and exits 0', async () => {
  const { child, output } = wxpay(['demo'])
  const [code] = await once(child, 'exit')
  assert.equal(code, 0, output())
  assert.match(output(), /all five flows passed in (\d+) ms/)
  const events = [
    'INSURANCE_ENTRUST.SIGN',
    'ENTRUST.SIGN',
    'PASSWORD_EXEMPT_CONTRACT.TERMINATE',
    'INSURANCE_ENTRUST.RENEW',
  ]
  for (const event of events) assert.ok(output().includes(event), event)
  // The fifth flow: three premiums, the second failing once for balance and retried.
  assert.match(output(), /period 2 .* TRANSACTION\.FAIL \(NOTENOUGH: .*\) → retried → TRANSACTION\.SUCCESS, PAID/)
  assert.equal(output().match(/TRANSACTION\.SUCCESS, PAID/g)?.length, 3)
  assert.match(output(), /INSURANCE_ENTRUST\.TERMINATE verified, contract_state=TERMINATED/)
  assert.ok(!output().includes('王小明'), 'the encrypted real name is never printed')
})

it('refuses a bad option with a message', async () => {
  const { child, output } = wxpay(['simulator', '--mode', 'sandbox'])
  const [code] = await once(child, 'exit')
  assert.notEqual(code, 0)
  assert.match(output(), /Allowed choices are publicKey, certificate, mixed/)
})

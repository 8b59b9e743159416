import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, it } from 'node:test'
import { WechatPay } from '@wxpay/sdk'

const dir = mkdtempSync(join(tmpdir(), 'wxpay-sim-'))
after(() => rmSync(dir, { recursive: true, force: true }))

function wxpay(args: string[]) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '-e',
      `import('@wxpay/cli').then((cli) => cli.main(['node', 'wxpay', ...${JSON.stringify(args)}]))`,
    ],
    { cwd: new URL('../../../', import.meta.url), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk) => {
    output += chunk
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
  })
  return { child, output: () => output }
}

async function waitFor(read: () => string, pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms
  for (;;) {
    const match = read().match(pattern)
    if (match) return match
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${read()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

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

it('wxpay demo runs the four flows and exits 0', async () => {
  const { child, output } = wxpay(['demo'])
  const [code] = await once(child, 'exit')
  assert.equal(code, 0, output())
  assert.match(output(), /all four flows passed/)
  for (const event of ['INSURANCE_ENTRUST.SIGN', 'ENTRUST.SIGN', 'PASSWORD_EXEMPT_CONTRACT.TERMINATE'])
    assert.ok(output().includes(event))
  assert.ok(!output().includes('王小明'), 'the encrypted real name is never printed')
})

it('refuses a bad option with a message', async () => {
  const { child, output } = wxpay(['simulator', '--mode', 'sandbox'])
  const [code] = await once(child, 'exit')
  assert.notEqual(code, 0)
  assert.match(output(), /Allowed choices are publicKey, certificate, mixed/)
})

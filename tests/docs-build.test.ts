// What fails `vitepress build` with the site's own configuration (docs/.vitepress, copied beside a few
// pages of each test's making): a dead internal link, a type error in a twoslash example; and what
// the guides' optional parts show with and without the dashboard's screenshots. (A page out of date
// with the catalog fails `npm run docs:check`, which `docs:build` runs first: packages/sdk/test/docs.test.ts.)
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { after, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const VITEPRESS = join(ROOT, 'node_modules/vitepress/bin/vitepress.js')
const sites: string[] = []

after(() => {
  for (const site of sites) rmSync(site, { recursive: true, force: true })
})

/** A site at the repository's root (so that twoslash and the config resolve the workspace) with these files. */
function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(ROOT, '.docs-build-'))
  sites.push(dir)
  cpSync(join(ROOT, 'docs/.vitepress'), join(dir, '.vitepress'), {
    recursive: true,
    filter: (path) => !/[/\\](dist|cache)$/.test(path),
  })
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

function build(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [VITEPRESS, 'build', dir], { cwd: ROOT, timeout: 240_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error.code as number) ?? 1) : 0, output: `${stdout}${stderr}` }),
    )
  })
}

const html = (dir: string, page: string) => readFileSync(join(dir, '.vitepress/dist', `${page}.html`), 'utf8')
const images = (text: string) => [...text.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((match) => match[1])

const example = (planId: string) => `\`\`\`ts twoslash
import { WechatPay } from '@wxpay/sdk'
declare const wxpay: WechatPay
const { data } = await wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
  params: { plan_id: ${planId}, out_contract_code: 'C1' },
})
\`\`\`
`

/** A 1×1 PNG, a stand-in for a screenshot inside this test's own site only. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)])
  }
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

it('builds a well-typed example and live links; without screenshots, the dashboard part is a note', async () => {
  const dir = site({
    'index.md': `# Home\n\n${example('12535')}\n[the guide](/guide/simulator)\n`,
    'guide/simulator.md': '# The simulator\n\n## The dashboard\n\n<!-- dashboard-screenshots -->\n',
  })
  const { code, output } = await build(dir)
  assert.equal(code, 0, output)
  assert.match(html(dir, 'index'), /twoslash-hover/)
  const guide = html(dir, 'guide/simulator')
  assert.match(guide, /show here once they exist/)
  assert.doesNotMatch(guide, /dashboard-screenshots/)
  assert.deepEqual(images(guide), [])
})

it('shows the screenshots once they exist, not twice when the page shows one already', async () => {
  const dir = site({
    'index.md': '# Home\n\n[the guide](/guide/simulator)\n',
    'guide/simulator.md': '# The simulator\n\n<!-- dashboard-screenshots -->\n',
    'guide/shown.md': '# Shown\n\n![From the README](docs/images/dashboard.png)\n\n<!-- dashboard-screenshots -->\n',
    'images/dashboard.png': png(),
    'images/signing-page.png': png(),
  })
  const { code, output } = await build(dir)
  assert.equal(code, 0, output)
  assert.deepEqual(images(html(dir, 'guide/simulator')), [
    'The simulator’s dashboard',
    'A signing page of the simulator',
  ])
  assert.deepEqual(images(html(dir, 'guide/shown')), ['From the README', 'A signing page of the simulator'])
  assert.doesNotMatch(html(dir, 'guide/simulator'), /show here once they exist/)
})

it('fails on a dead internal link', async () => {
  const dir = site({ 'index.md': '# Home\n\n[gone](/guide/nowhere)\n' })
  const { code, output } = await build(dir)
  assert.notEqual(code, 0)
  assert.match(output, /1 dead link\(s\) found/)
  assert.match(output, /\/guide\/nowhere/)
})

it('fails on a type error in a twoslash example', async () => {
  const dir = site({ 'index.md': `# Home\n\n${example("'12535'")}` })
  const { code, output } = await build(dir)
  assert.notEqual(code, 0)
  assert.match(output, /\[2322\][^\n]*Type 'string' is not assignable to type 'number'/)
})

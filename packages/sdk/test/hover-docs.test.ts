// Hover documentation as an editor shows it: TypeScript's language service, reading the built
// package's .d.ts (not the sources), returns the catalog's doc lines for chain nodes, calls and fields.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { it } from 'node:test'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const sdkRoot = fileURLToPath(new URL('../', import.meta.url))
const program = `import { WechatPay } from '@wxpay/sdk'
declare const wxpay: WechatPay
wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({ appid: 'wx1', out_contract_code: 'A1' })
wxpay.v3.papay.insurancePay.transactions.apply.post({ amount: { total: 100 } })
`
const file = `${sdkRoot}test/.hover-probe.ts`

function hover(word: string, nth = 0): string {
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => ts.ScriptSnapshot.fromString(name === file ? program : (ts.sys.readFile(name) ?? '')),
    getCurrentDirectory: () => sdkRoot,
    getCompilationSettings: () => ({
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      skipLibCheck: true,
    }),
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? program : ts.sys.readFile(name)),
  }
  const service = ts.createLanguageService(host)
  let position = -1
  for (let i = 0; i <= nth; i++) position = program.indexOf(word, position + 1)
  const info = service.getQuickInfoAtPosition(file, position)
  assert.ok(info, `quick info for ${word}`)
  const tags = (info.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`)
  return [ts.displayPartsToString(info.displayParts), ts.displayPartsToString(info.documentation), ...tags].join('\n')
}

it('the built types resolve from dist, where the generated declarations carry the doc lines', () => {
  const declarations = readFileSync(`${sdkRoot}dist/esm/generated/catalog-types.d.ts`, 'utf8')
  assert.match(declarations, /\/\*\* AppID the merchant is bound to/)
  assert.match(declarations, /保险商户受理保险自动续费扣款|insurance-pay\/transactions\/apply/)
})

it('hovering a chain node shows the endpoint, its caller and the official page', () => {
  const text = hover('miniProgram')
  assert.match(text, /保险商户小程序预签约/)
  assert.match(text, /POST \/v3\/papay\/insurance-sign\/contracts\/pre-entrust-sign\/mini-program/)
  assert.match(text, /pay\.weixin\.qq\.com/)
})

it('hovering a call shows its doc; hovering a request field shows what it is and its limits', () => {
  assert.match(hover('post'), /保险商户小程序预签约/)
  const appid = hover('appid')
  assert.match(appid, /AppID/)
  assert.match(appid, /1–32 characters/)
  const outContractCode = hover('out_contract_code')
  assert.match(outContractCode, /digits and letters only/)
  assert.match(hover('total'), /fen/)
})

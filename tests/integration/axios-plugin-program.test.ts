// A program written for wechatpay-axios-plugin 0.9.6 runs against the simulator through that SDK,
// and unchanged but for its require line through @wxpay/sdk/compat; both runs see the same results.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createSimulator } from '@wxpay/simulator'
import { ensureReference, referenceDir } from '../../bench/reference/index.js'

ensureReference()

const require = createRequire(import.meta.url)
const programs = fileURLToPath(new URL('./programs/', import.meta.url))
const ORIGINAL = "require('wechatpay-axios-plugin')"
const COMPAT = "require('@wxpay/sdk/compat')"

type Program = (env: Record<string, unknown>) => Promise<Record<string, any>>

/**
 * The program as written, in a folder of bench/reference where wechatpay-axios-plugin resolves (it is
 * installed apart from the workspace: its bin is also `wxpay`), or with only its require line changed,
 * in a folder next to it, so that @wxpay/sdk/compat resolves.
 */
function load(variant: 'wechatpay-axios-plugin' | '@wxpay/sdk/compat'): { main: Program; cleanup: () => void } {
  const file = join(programs, 'axios-plugin-program.cjs')
  const source = readFileSync(file, 'utf8')
  if (variant === 'wechatpay-axios-plugin') {
    const dir = mkdtempSync(join(referenceDir, '.program-'))
    const copy = join(dir, 'axios-plugin-program.cjs')
    writeFileSync(copy, source)
    return { main: require(copy), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
  }
  assert.equal(source.split(ORIGINAL).length, 2, 'the program requires wechatpay-axios-plugin exactly once')
  const changed = source.replace(ORIGINAL, COMPAT)
  const differing = source.split('\n').filter((line, index) => line !== changed.split('\n')[index])
  assert.deepEqual(differing, ["const { Wechatpay, Rsa, Aes, Formatter } = require('wechatpay-axios-plugin')"])
  const dir = mkdtempSync(join(programs, '.compat-'))
  const copy = join(dir, 'axios-plugin-program.cjs')
  writeFileSync(copy, changed)
  return { main: require(copy), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

async function run(variant: 'wechatpay-axios-plugin' | '@wxpay/sdk/compat') {
  // A simulator per run, each with the same merchant id, so that the two runs' results compare.
  const sim = await createSimulator({ merchants: [{ mchid: '1900000001' }] })
  const { main, cleanup } = load(variant)
  try {
    const { mchid, serial, privateKey, apiV3Key } = sim.merchant
    const agree = async (id: string) => void sim.agree(id)
    return {
      sim,
      results: await main({ baseURL: sim.url, mchid, serial, privateKey, certs: sim.certs, apiV3Key, agree }),
    }
  } finally {
    cleanup()
    await sim.close()
  }
}

const GENERATED = new Set(['pre_entrustweb_id', 'contract_id', 'requestId', 'redirect_url'])
const TIMES = new Set(['contract_signed_time', 'contract_expired_time', 'contract_terminated_time'])

/** The results with what differs from run to run (ids, times, URLs with ports) replaced by its shape. */
function comparable(value: unknown, key = ''): unknown {
  if (key === 'error') return undefined
  if (GENERATED.has(key)) return typeof value === 'string' && value.length > 0 ? '<generated>' : value
  if (TIMES.has(key)) return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/.test(String(value)) ? '<time>' : value
  if (Array.isArray(value)) return value.map((item) => comparable(item))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, comparable(item, name)]))
  }
  return value
}

describe('a program written for wechatpay-axios-plugin 0.9.6', () => {
  let plugin: Awaited<ReturnType<typeof run>>
  let compat: Awaited<ReturnType<typeof run>>
  before(async () => {
    plugin = await run('wechatpay-axios-plugin')
    compat = await run('@wxpay/sdk/compat')
  })

  it('runs through @wxpay/sdk/compat with only the require line changed, to the results of wechatpay-axios-plugin', () => {
    assert.deepEqual(comparable(compat.results), comparable(plugin.results))
  })

  it('gets the expected results: the pre-signs, the placeholders, the GET with params', () => {
    const { results, sim } = compat
    for (const name of ['s1', 's2', 's3', 's4', 'query', 'partnerQuery', 'terminated']) {
      assert.equal(results[name].status, 200, name)
      assert.equal(results[name].statusText, 'OK', name)
      assert.equal(results[name].contentType, 'application/json; charset=utf-8', name)
      assert.match(results[name].requestId, /^08[0-9A-F]{28}$/, name)
    }
    assert.deepEqual(results.s4.data, {
      pre_entrustweb_id: results.s4.data.pre_entrustweb_id,
      mchid: sim.merchant.mchid,
      service_id: 500001,
      out_contract_code: 'PROG0004',
      sign_mp_appid: 'wxbd687630cd02ce1d',
      sign_mp_path: 'pages/PwdExemptContract/index',
    })
    assert.match(results.s2.data.redirect_url, /\/simulator\/sign\/\w+$/)
    assert.equal(results.query.data.contract_state, 'SIGNED')
    assert.equal(results.query.data.out_contract_code, 'PROG0001')
    assert.equal(results.query.data.contract_id, results.signed.resource.contract_id)
    assert.equal(results.partnerQuery.data.sub_mchid, '1900000109')
    assert.equal(results.partnerQuery.data.contract_state, 'SIGNED')
    assert.equal(results.terminated.data.contract_state, 'TERMINATED')
  })

  it('decrypts and verifies its notifications with Rsa.verify, Formatter.response and AesGcm.decrypt', () => {
    const { results } = compat
    assert.equal(results.signed.verified, true)
    assert.equal(results.signed.event_type, 'INSURANCE_ENTRUST.SIGN')
    assert.equal(results.signed.resource.out_contract_code, 'PROG0001')
    assert.equal(results.partnerSigned.event_type, 'ENTRUST.SIGN')
    assert.equal(results.terminatedNotification.event_type, 'INSURANCE_ENTRUST.TERMINATE')
    assert.equal(results.terminatedNotification.verified, true)
  })

  it('catches errors by response.status and response.data, which are the typed errors of @wxpay/sdk', () => {
    const { results } = compat
    assert.deepEqual(results.again, {
      status: 400,
      statusText: 'Bad Request',
      data: {
        code: 'INVALID_REQUEST',
        message:
          '预签约会话进行中: one live pre-sign session per out_contract_code; a pre-sign session for PROG0004 is still live; wait for it to end',
      },
    })
    const { status, statusText, data, error } = results.missing
    assert.deepEqual(
      { status, statusText, data },
      {
        status: 404,
        statusText: 'Not Found',
        data: {
          code: 'RESOURCE_NOT_EXISTS',
          message:
            '签约协议不存在: no such contract of this caller; merchant 1900000001 has no contract with out_contract_code NOSUCHCODE',
        },
      },
    )
    assert.ok(error instanceof require('@wxpay/sdk/compat').WechatPayApiError)
    assert.equal(error.code, 'RESOURCE_NOT_EXISTS')
    assert.equal(error.verified, true)
    assert.equal(plugin.results.missing.error.name, 'AxiosError')
  })
})

// The conformance suite: one set of cases that every runtime runs against the simulator (in Node, on
// loopback) with the @wxpay/sdk its package `exports` conditions pick: signing, response verification,
// sensitive-field encryption, the four seed pre-signs (S1..S4), a query, notifications with the tamper
// matrix (parse and @wxpay/sdk/web's handler on a raw Request), and the certificate download. Only
// web-standard APIs here (fetch, Request, TextEncoder): see runtimes.test.ts for who runs it.
import { type CryptoName, WechatPay } from '@wxpay/sdk'
import { partnerVariables, seedInsuranceVariables } from '../seed-variables.js'
import { type Case, type CaseResult, check, equal, rejects, runCases } from './checks.js'
import { notificationCases } from './notification-cases.js'
import type { Context, Fixture } from './types.js'

export type { Fixture } from './types.js'

export const IDENTITY = { real_name: '王小明', id_card_number: '110101199003074578' }
const MINI_PROGRAM = { redirect_appid: 'wxbd687630cd02ce1d', redirect_path: 'pages/PwdExemptContract/index' }
const code = (prefix: string) => `${prefix}${Date.now()}${Math.floor(Math.random() * 1e6)}`

async function control(url: string, method: 'GET' | 'POST', path: string): Promise<any> {
  const response = await fetch(`${url}${path}`, { method })
  const answer = await response.json()
  check(response.ok, `${method} ${path}: ${response.status}`)
  return answer
}

/** The simulator's summary of the pre-sign session of `contractCode` (GET /simulator/sessions). */
async function sessionFor(url: string, contractCode: string) {
  const { data } = await control(url, 'GET', '/simulator/sessions')
  const session = (
    data as { pre_entrustweb_id: string; out_contract_code: string; mchid: string; state: string }[]
  ).find((candidate) => candidate.out_contract_code === contractCode)
  check(session, `the simulator has a pre-sign session for ${contractCode}`)
  return session
}

function insurance(contractCode: string) {
  return {
    ...seedInsuranceVariables(contractCode),
    // Plaintext: the client encrypts it (RSA-OAEP under the simulator's public key) and names the key.
    real_identity: { ...IDENTITY, identity_type: 'ID_CARD' as const },
  }
}

const passwordExempt = (contractCode: string) => ({
  appid: 'wxd678efh567hg6787',
  service_id: 500001,
  out_contract_code: contractCode,
  notify_url: 'https://yourapp.com/notify',
  contract_display_account: '张三',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
})

const cases: Case<Context>[] = [
  {
    name: 'imports PKCS#8 and PKCS#1 keys with the expected crypto',
    async run({ client, expectCrypto }) {
      equal(client().crypto, expectCrypto, 'crypto of a PKCS#8 client')
      equal(client({ pkcs1: true }).crypto, expectCrypto, 'crypto of a PKCS#1 client')
    },
  },
  {
    name: 'S1 (insurance, mini-program): signed, real_identity encrypted, response verified',
    async run({ client, fixture }) {
      const contractCode = code('CS1')
      const { status, data } = await client().v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
        insurance(contractCode),
      )
      const session = await sessionFor(fixture.publicKey.url, contractCode)
      equal(status, 200, 'status')
      equal(data, { pre_entrustweb_id: session.pre_entrustweb_id, ...MINI_PROGRAM }, 'data')
      equal(session.state, 'pending', 'the session')
      // What the simulator decrypted of real_identity is checked by runtimes.test.ts, which sees its sessions.
    },
  },
  {
    name: 'S2 (insurance, JSAPI)',
    async run({ client, fixture }) {
      const contractCode = code('CS2')
      const { data } = await client().v3.papay.insuranceSign.contracts.preEntrustSign.jsapi.post(
        insurance(contractCode),
      )
      const session = await sessionFor(fixture.publicKey.url, contractCode)
      equal(data, { redirect_url: `${fixture.publicKey.url}/simulator/sign/${session.pre_entrustweb_id}` }, 'data')
    },
  },
  {
    name: 'S3 (partner scheduled deduct, mini-program), signed with the PKCS#1 key',
    async run({ client, fixture }) {
      const contractCode = code('CS3')
      const { data } = await client({
        pkcs1: true,
      }).v3.papay.scheduledDeductSign.partner.contracts.preEntrustSign.miniProgram.post(partnerVariables(contractCode))
      const session = await sessionFor(fixture.publicKey.url, contractCode)
      equal(data, { pre_entrustweb_id: session.pre_entrustweb_id, ...MINI_PROGRAM }, 'data')
    },
  },
  {
    name: 'S4 (password-exempt, e-commerce mini-program)',
    async run({ client, fixture }) {
      const contractCode = code('CS4')
      const { data } = await client().v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
        passwordExempt(contractCode),
      )
      const session = await sessionFor(fixture.publicKey.url, contractCode)
      equal(
        data,
        {
          pre_entrustweb_id: session.pre_entrustweb_id,
          mchid: fixture.publicKey.mchid,
          service_id: 500001,
          out_contract_code: contractCode,
          sign_mp_appid: MINI_PROGRAM.redirect_appid,
          sign_mp_path: MINI_PROGRAM.redirect_path,
        },
        'data',
      )
    },
  },
  {
    name: 'a query: a password-exempt contract signed by the simulated user, read back SIGNED',
    async run({ client, fixture }) {
      const wxpay = client()
      const contractCode = code('CQ')
      const { data } = await wxpay.v3.passwordExemptContract.contracts.normal.preEntrustSign.miniProgram.post(
        passwordExempt(contractCode),
      )
      await control(fixture.publicKey.url, 'POST', `/simulator/sessions/${data.pre_entrustweb_id}/agree`)
      const contract =
        wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$
      const { data: query } = await contract.get({ params: { service_id: 500001, out_contract_code: contractCode } })
      equal([query.out_contract_code, query.contract_state], [contractCode, 'SIGNED'], 'the contract')
    },
  },
  {
    name: 'a response signed by another key than certs holds is refused',
    async run({ client, fixture }) {
      const wrong = client({ certs: fixture.publicKey.wrongCerts })
      await rejects(
        wrong.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(passwordExempt(code('CV'))),
        { name: 'SignatureVerificationError', reason: 'bad-signature' },
        'the response',
      )
    },
  },
  {
    name: 'certificate mode: the platform certificates downloaded, decrypted and verified, then used',
    async run({ fixture, crypto, expectCrypto }) {
      const { url, mchid, serial, privateKey, apiV3Key, serials } = fixture.certificate
      const wxpay = new WechatPay({ mchid, serial, privateKey, apiV3Key, baseURL: url, crypto })
      equal(wxpay.crypto, expectCrypto, 'crypto')
      const downloaded = await wxpay.certificates.download()
      equal(downloaded.map((certificate) => certificate.serial).sort(), [...serials].sort(), 'serials')
      for (const certificate of downloaded) {
        check(certificate.notBefore.getTime() < Date.now(), `${certificate.serial} is valid from before now`)
        check(certificate.notAfter.getTime() > Date.now(), `${certificate.serial} is valid after now`)
        check(certificate.pem.startsWith('-----BEGIN CERTIFICATE-----'), 'a PEM certificate')
      }
      const contractCode = code('CC')
      const { status } = await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram.post(
        passwordExempt(contractCode),
      )
      equal(status, 200, 'a call verified with a downloaded certificate')
    },
  },
  ...notificationCases(),
]

export interface RunOptions {
  crypto?: CryptoName
  expectCrypto: CryptoName
}

/** Runs the whole suite; never rejects (each case's failure is in its result). */
export function runConformance(fixture: Fixture, { crypto, expectCrypto }: RunOptions): Promise<CaseResult[]> {
  const context: Context = {
    fixture,
    crypto,
    expectCrypto,
    client({ pkcs1 = false, certs } = {}) {
      const merchant = fixture.publicKey
      return new WechatPay({
        mchid: merchant.mchid,
        serial: merchant.serial,
        privateKey: pkcs1 ? merchant.privateKeyPkcs1 : merchant.privateKey,
        certs: certs ?? merchant.certs,
        apiV3Key: merchant.apiV3Key,
        baseURL: merchant.url,
        crypto,
      })
    },
  }
  return runCases(cases, context)
}

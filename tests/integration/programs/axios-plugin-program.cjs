// A program written for wechatpay-axios-plugin 0.9.6, in that SDK's idioms: the chain forms, path
// placeholders, a GET with params, a field encrypted by hand with Rsa.encrypt and its
// Wechatpay-Serial set by hand, errors read from `response`, notifications verified with Rsa.verify
// and Formatter.response and decrypted with AesGcm.decrypt. The integration test runs it as it is,
// and again with only the require line below changed to '@wxpay/sdk/compat', and compares.
const { createServer } = require('node:http')
const { Wechatpay, Rsa, Aes, Formatter } = require('wechatpay-axios-plugin')

/** The merchant's notify URL on 127.0.0.1: each notification's headers and raw body, in order. */
function inbox() {
  const received = []
  const waiting = []
  const server = createServer((request, response) => {
    const chunks = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      const notification = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') }
      response.writeHead(204).end()
      const next = waiting.shift()
      if (next) next(notification)
      else received.push(notification)
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/notify`,
        next: () => (received.length ? Promise.resolve(received.shift()) : new Promise((ok) => waiting.push(ok))),
        close: () => new Promise((done) => server.close(done)),
      }),
    )
  })
}

/** What a caller sees of a response. */
const seen = ({ status, statusText, headers, data }) => ({
  status,
  statusText,
  contentType: headers['content-type'],
  requestId: headers['request-id'],
  data,
})

/** A notification from the inbox, verified from its raw body and decrypted with the APIv3 key. */
async function notified(notifications, certs, apiV3Key) {
  const { headers, body } = await notifications.next()
  const verified = Rsa.verify(
    Formatter.response(headers['wechatpay-timestamp'], headers['wechatpay-nonce'], body),
    headers['wechatpay-signature'],
    certs[headers['wechatpay-serial']],
  )
  const { event_type, resource } = JSON.parse(body)
  const plaintext = Aes.AesGcm.decrypt(resource.ciphertext, apiV3Key, resource.nonce, resource.associated_data)
  return { verified, event_type, resource: JSON.parse(plaintext) }
}

/** A year of monthly premiums of 10 yuan. */
const insurance = (notifyUrl) => ({
  appid: 'wxd678efh567hg6787',
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  plan_id: 12535,
  insured_display_name: '**明',
  contract_notify_url: notifyUrl,
  policy_start_date: '2027-01-01',
  policy_end_date: '2027-12-31',
  policy_periods: Array.from({ length: 12 }, (_, month) => ({
    policy_period_id: month + 1,
    estimated_deduct_date: `2027-${String(month + 1).padStart(2, '0')}-01`,
    estimated_deduct_amount: { total: 1000 },
  })),
})

/** The insurance pre-signs: the dotted chain with a field encrypted by hand, and the path as a key. */
async function insurancePresigns(wxpay, certs, notifyUrl) {
  const [platformSerial] = Object.keys(certs)
  const headers = { 'Wechatpay-Serial': platformSerial }
  const s1 = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
    {
      ...insurance(notifyUrl),
      out_contract_code: 'PROG0001',
      real_identity: {
        real_name: Rsa.encrypt('王小明', certs[platformSerial]),
        id_card_number: Rsa.encrypt('110101199003074578', certs[platformSerial]),
      },
    },
    { headers },
  )
  const s2 = await wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'].post(
    { ...insurance(notifyUrl), out_contract_code: 'PROG0002' },
    { headers },
  )
  return { s1: seen(s1), s2: seen(s2) }
}

/** chain(); the node called (a POST); the same code again while its session is live, a 400 from `response`. */
async function otherPresigns(wxpay, notifyUrl) {
  const s3 = await wxpay.chain('v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program').post({
    sp_appid: 'wx8888888888888888',
    sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    sub_mchid: '1900000109',
    plan_id: 8001,
    out_contract_code: 'PROG0003',
    contract_display_account: '会员',
    contract_notify_url: notifyUrl,
  })
  const s4 = {
    appid: 'wxd678efh567hg6787',
    service_id: 500001,
    out_contract_code: 'PROG0004',
    notify_url: notifyUrl,
    contract_display_account: '张**',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  }
  const node = wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram
  const first = await node(s4)
  const again = await node(s4).catch(({ response: { status, statusText, data } }) => ({ status, statusText, data }))
  return { s3: seen(s3), s4: seen(first), again }
}

/** The contracts once signed: `_name_` and `$name$` placeholders; `{name}` ones with a query parameter. */
async function queries(wxpay) {
  const query = await wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode.$out_contract_code$.get({
    plan_id: 12535,
    out_contract_code: 'PROG0001',
  })
  const partnerQuery = await wxpay.v3.papay.sign.partner.contracts.planId['{plan_id}'].outContractCode[
    '{out_contract_code}'
  ].get({ params: { sub_mchid: '1900000109' }, plan_id: 8001, out_contract_code: 'PROG0003' })
  return { query: seen(query), partnerQuery: seen(partnerQuery) }
}

/** A contract that does not exist: a 404, caught in try/catch. */
async function missing(wxpay) {
  try {
    await wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
      plan_id: 12535,
      out_contract_code: 'NOSUCHCODE',
    })
  } catch (error) {
    const { status, statusText, data } = error.response
    return { status, statusText, data, error }
  }
}

module.exports = async function main({ baseURL, mchid, serial, privateKey, certs, apiV3Key, agree }) {
  const wxpay = new Wechatpay({ mchid, serial, privateKey, certs, baseURL, timeout: 10000 })
  const notifications = await inbox()
  const results = {
    ...(await insurancePresigns(wxpay, certs, notifications.url)),
    ...(await otherPresigns(wxpay, notifications.url)),
  }
  // The user signs S1, then S3: a notification each.
  await agree(results.s1.data.pre_entrustweb_id)
  results.signed = await notified(notifications, certs, apiV3Key)
  await agree(results.s3.data.pre_entrustweb_id)
  results.partnerSigned = await notified(notifications, certs, apiV3Key)
  Object.assign(results, await queries(wxpay))
  results.missing = await missing(wxpay)
  // Terminate S1, the node called with its placeholders in the config; the terminate notification.
  const terminate =
    wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate
  results.terminated = seen(
    await terminate({ contract_termination_remark: '用户要求解约' }, { plan_id: 12535, out_contract_code: 'PROG0001' }),
  )
  results.terminatedNotification = await notified(notifications, certs, apiV3Key)
  await notifications.close()
  return results
}

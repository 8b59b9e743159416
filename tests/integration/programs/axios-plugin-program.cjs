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

module.exports = async function main({ baseURL, mchid, serial, privateKey, certs, apiV3Key, agree }) {
  const wxpay = new Wechatpay({ mchid, serial, privateKey, certs, baseURL, timeout: 10000 })
  const [platformSerial] = Object.keys(certs)
  const notifications = await inbox()

  // A notification, verified from its raw body and decrypted with the APIv3 key.
  const notified = async () => {
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

  const results = {}
  const insurance = {
    appid: 'wxd678efh567hg6787',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    plan_id: 12535,
    insured_display_name: '**明',
    contract_notify_url: notifications.url,
    policy_start_date: '2026-12-01',
    policy_end_date: '2027-11-30',
    policy_periods: [
      { policy_period_id: 1, estimated_deduct_date: '2026-12-01', estimated_deduct_amount: { total: 1000 } },
      { policy_period_id: 2, estimated_deduct_date: '2027-01-01', estimated_deduct_amount: { total: 1000 } },
    ],
  }

  // The dotted chain and .post, real_identity encrypted by hand and the header naming the key.
  results.s1 = seen(
    await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post(
      {
        ...insurance,
        out_contract_code: 'PROG0001',
        real_identity: {
          real_name: Rsa.encrypt('王小明', certs[platformSerial]),
          id_card_number: Rsa.encrypt('110101199003074578', certs[platformSerial]),
        },
      },
      { headers: { 'Wechatpay-Serial': platformSerial } },
    ),
  )
  // The path as a key.
  results.s2 = seen(
    await wxpay['v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'].post(
      { ...insurance, out_contract_code: 'PROG0002' },
      { headers: { 'Wechatpay-Serial': platformSerial } },
    ),
  )
  // chain().
  results.s3 = seen(
    await wxpay.chain('v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program').post({
      sp_appid: 'wx8888888888888888',
      sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      sub_mchid: '1900000109',
      plan_id: 8001,
      out_contract_code: 'PROG0003',
      contract_display_account: '会员',
      contract_notify_url: notifications.url,
    }),
  )
  // The node called: a POST.
  const s4 = {
    appid: 'wxd678efh567hg6787',
    service_id: 500001,
    out_contract_code: 'PROG0004',
    notify_url: notifications.url,
    contract_display_account: '张**',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  }
  results.s4 = seen(await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign.miniProgram(s4))
  // The same code again while its session is live: a 400, caught from `response`.
  results.again = await wxpay.v3.passwordExemptContract.contracts.ecommerce.preEntrustSign
    .miniProgram(s4)
    .catch(({ response: { status, statusText, data } }) => ({ status, statusText, data }))

  // The user signs S1: the notification, then the contract through `_name_` and `$name$` placeholders.
  await agree(results.s1.data.pre_entrustweb_id)
  results.signed = await notified()
  results.query = seen(
    await wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode.$out_contract_code$.get({
      plan_id: 12535,
      out_contract_code: 'PROG0001',
    }),
  )

  // The user signs S3: its contract through `{name}` placeholders and a query parameter.
  await agree(results.s3.data.pre_entrustweb_id)
  results.partnerSigned = await notified()
  results.partnerQuery = seen(
    await wxpay.v3.papay.sign.partner.contracts.planId['{plan_id}'].outContractCode['{out_contract_code}'].get({
      params: { sub_mchid: '1900000109' },
      plan_id: 8001,
      out_contract_code: 'PROG0003',
    }),
  )

  // A contract that does not exist: a 404, caught in try/catch.
  try {
    await wxpay.v3.papay.insuranceSign.contracts.planId.$plan_id$.outContractCode.$out_contract_code$.get({
      plan_id: 12535,
      out_contract_code: 'NOSUCHCODE',
    })
  } catch (error) {
    const { status, statusText, data } = error.response
    results.missing = { status, statusText, data, error }
  }

  // Terminate S1, the node called with its placeholders in the config; the terminate notification.
  results.terminated = seen(
    await wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate(
      { contract_termination_remark: '用户要求解约' },
      { plan_id: 12535, out_contract_code: 'PROG0001' },
    ),
  )
  results.terminatedNotification = await notified()

  await notifications.close()
  return results
}

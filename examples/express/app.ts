// An Express insurance merchant: its mini-program asks for a signing session of a monthly-premium
// policy (POST /contracts), WeChat Pay calls back when the user has signed (POST /wxpay/notify), and the
// contract's state is what the notifications said (GET /contracts/:code).
import { ValidationError, type WechatPay, WechatPayApiError } from '@wxpay/sdk'
import { createExpressMiddleware } from '@wxpay/sdk/express'
import express, { type ErrorRequestHandler, type Express } from 'express'
import type { Contracts } from '../shared/contracts.js'

export interface AppOptions {
  wxpay: WechatPay
  contracts: Contracts
  /** Where WeChat Pay sends the signing result: this app's /wxpay/notify, as the internet reaches it. */
  notifyUrl: string
  appid: string
  planId: number
}

const day = (year: number, month: number, date = 1) => new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10)

/** A one-year policy from the first of next month: twelve monthly premiums of `premium` fen. */
export function monthlyPolicy(premium: number, now = new Date()) {
  const [year, month] = [now.getUTCFullYear(), now.getUTCMonth() + 1]
  return {
    policy_start_date: day(year, month),
    policy_end_date: day(year, month + 12, 0),
    policy_periods: Array.from({ length: 12 }, (_, index) => ({
      policy_period_id: index + 1,
      estimated_deduct_date: day(year, month + index),
      estimated_deduct_amount: { total: premium, currency: 'CNY' as const },
    })),
  }
}

/** WeChat Pay's refusals as the mini-program should see them: what to fix, or that it was upstream. */
const errors: ErrorRequestHandler = (error, _request, response, _next) => {
  if (error instanceof ValidationError) {
    response.status(400).json({ message: error.message })
  } else if (error instanceof WechatPayApiError) {
    response.status(502).json({ code: error.code, request_id: error.requestId })
  } else {
    response.status(500).json({ message: 'internal error' })
  }
}

export function createApp(options: AppOptions): Express {
  const { wxpay, contracts } = options
  const app = express()
  // Before any body parser: the adapter verifies the exact bytes WeChat Pay sent.
  app.post('/wxpay/notify', createExpressMiddleware(wxpay, contracts.record))
  app.use(express.json())
  app.post('/contracts', async (request, response, next) => {
    try {
      const { openid, out_contract_code, insured_display_name, monthly_premium } = request.body
      const { data } = await wxpay.v3.papay.insuranceSign.contracts.preEntrustSign.miniProgram.post({
        appid: options.appid,
        openid,
        plan_id: options.planId,
        out_contract_code,
        insured_display_name,
        contract_notify_url: options.notifyUrl,
        ...monthlyPolicy(monthly_premium),
      })
      // The mini-program opens WeChat Pay's signing mini-program with signingNavigation(data)
      // from @wxpay/sdk/client, and reads the return in onShow with signingReturn.
      response.json(data)
    } catch (error) {
      next(error)
    }
  })
  app.get('/contracts/:code', (request, response) => {
    const contract = contracts.get(request.params.code)
    if (contract) response.json(contract)
    else response.status(404).json({ message: 'no notification for this contract yet' })
  })
  app.use(errors)
  return app
}

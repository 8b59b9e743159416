// Why @wxpay/sdk refuses to run in a browser; the page's hand-off has its own, browser-safe subpath.

export const BROWSER_REFUSAL =
  '@wxpay/sdk runs on a server only: a client holds the merchant API private key, and in a browser anyone ' +
  'who opens the page could read it and sign requests as the merchant. Call your own server from the page; ' +
  'for the front-end hand-off of a pre-sign (opening the signing page), import @wxpay/sdk/client.'

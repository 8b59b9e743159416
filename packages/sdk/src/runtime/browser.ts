// What a bundler for the browser gets for @wxpay/sdk and @wxpay/sdk/web (the `browser` export
// condition): importing it throws. @wxpay/sdk/client is the browser's subpath.
import { BROWSER_REFUSAL } from './refusal.js'

throw new Error(BROWSER_REFUSAL)

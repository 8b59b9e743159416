// Node: node:crypto by default (WebCrypto with `crypto: 'web'`), node:http with a keep-alive pool,
// process warnings and NODE_DEBUG=wxpay.
import { debuglog } from 'node:util'
import { nodeCrypto } from '../crypto/node.js'
import { webCrypto } from '../crypto/web.js'
import { nodeTransport } from '../transport-node.js'
import type { Runtime } from './types.js'

export { decryptSensitive, encryptSensitive } from '../crypto/node-sync.js'

const debug = debuglog('wxpay')

export const runtime: Runtime = {
  build: 'node',
  crypto: { default: nodeCrypto, node: nodeCrypto, web: webCrypto },
  defaultTransport: nodeTransport,
  userAgent: () => `node/${process.versions.node}`,
  warn(warning, code) {
    if (code) process.emitWarning(warning, { code })
    else process.emitWarning(warning)
  },
  debug: {
    get enabled() {
      return debug.enabled
    },
    log: (line) => debug(line),
  },
  checkEnvironment() {},
}

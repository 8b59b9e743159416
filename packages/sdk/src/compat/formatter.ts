// wechatpay-axios-plugin's Formatter for APIv3: the same argument orders and the same strings.
import { randomFillSync } from 'node:crypto'
import { SCHEMA } from '../signing.js'

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** The pieces joined by `\n`, with a trailing `\n`. */
const joinedByLineFeed = (...pieces: (string | number)[]): string => [...pieces, ''].join('\n')

export const Formatter = {
  /** `size` random characters from [0-9A-Za-z]. */
  nonce(size = 32): string {
    let nonce = ''
    for (const byte of randomFillSync(Buffer.alloc(size))) nonce += BASE62[byte % 62]
    return nonce
  },

  /** Seconds since the epoch. */
  timestamp(): number {
    return Math.floor(Date.now() / 1000)
  },

  /** The APIv3 `Authorization` header value, its fields in wechatpay-axios-plugin's order. */
  authorization(
    mchid: string | number,
    nonce: string,
    signature: string,
    timestamp: string | number,
    serial: string,
  ): string {
    return `${SCHEMA} mchid="${mchid}",serial_no="${serial}",timestamp="${timestamp}",nonce_str="${nonce}",signature="${signature}"`
  },

  /** The message a request signature covers: `METHOD\nURI\nTIMESTAMP\nNONCE\nBODY\n`. */
  request(method: string, uri: string, timestamp: string | number, nonce: string, body = ''): string {
    return joinedByLineFeed(method, uri, timestamp, nonce, body)
  },

  /** The message a response or notification signature covers: `TIMESTAMP\nNONCE\nBODY\n`. */
  response(timestamp: string | number, nonce: string, body = ''): string {
    return joinedByLineFeed(timestamp, nonce, body)
  },

  joinedByLineFeed,
}

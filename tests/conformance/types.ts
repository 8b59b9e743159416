// What the conformance suite is given (made in Node by fixture.ts, handed to each runtime as JSON)
// and what its cases share.
import type { CryptoName, WechatPay } from '@wxpay/sdk'

export interface SignedNotification {
  headers: Record<string, string>
  body: string
}

export interface MerchantFixture {
  url: string
  mchid: string
  serial: string
  /** PKCS#8 PEM. */
  privateKey: string
  /** The same key as PKCS#1 PEM. */
  privateKeyPkcs1: string
  apiV3Key: string
}

/** Made by fixture.ts in Node, handed to the runtime as JSON. */
export interface Fixture {
  /** A simulator in public-key mode, and its `certs`. */
  publicKey: MerchantFixture & { certs: Record<string, string>; wrongCerts: Record<string, string> }
  /** A simulator in certificate mode: the client has its APIv3 key only, and downloads the certificates. */
  certificate: MerchantFixture & { serials: string[] }
  notifications: Record<'valid' | 'stale' | 'unknownSerial' | 'badCiphertext', SignedNotification> & {
    event: { id: string; event_type: string; resource: Record<string, unknown> }
  }
}

export interface Context {
  fixture: Fixture
  /** The `crypto` option to pass; undefined for the runtime's default. */
  crypto: CryptoName | undefined
  /** What the client must report it uses. */
  expectCrypto: CryptoName
  client(options?: { pkcs1?: boolean; certs?: Record<string, string> }): WechatPay
}

// The keys of the simulated WeChat Pay side (platform certificates and a public key) and of the
// merchants it serves.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto'
import { issueCertificate, selfSignedCertificate } from '@wxpay/sdk/testing'

export type SimulatorMode = 'publicKey' | 'certificate' | 'mixed'

export interface PlatformKey {
  /** `PUB_KEY_ID_…` or a certificate serial. */
  id: string
  kind: 'public-key' | 'certificate'
  privateKey: KeyObject
  /** PEM: the public key, or the certificate. */
  pem: string
  notBefore?: Date
  notAfter?: Date
}

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey

export const newPublicKeyId = () => `PUB_KEY_ID_01${randomBytes(13).toString('hex').toUpperCase()}`.slice(0, 39)

export function newPlatformCertificate(root: KeyObject, notBefore: Date, notAfter: Date): PlatformKey {
  const privateKey = rsa()
  const { pem, serial } = issueCertificate({
    publicKey: createPublicKey(privateKey),
    issuerKey: root,
    commonName: 'Tenpay.com Sign',
    notBefore,
    notAfter,
  })
  return { id: serial, kind: 'certificate', privateKey, pem, notBefore, notAfter }
}

export function newPublicKey(): PlatformKey {
  const privateKey = rsa()
  return {
    id: newPublicKeyId(),
    kind: 'public-key',
    privateKey,
    pem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(),
  }
}

export interface MerchantOptions {
  mchid?: string
  /** Merchant API private key (PEM); generated when absent. */
  privateKey?: string
  /** Its certificate serial; a self-signed certificate is made when absent. */
  serial?: string
  apiV3Key?: string
  appid?: string
}

export interface Merchant {
  mchid: string
  serial: string
  /** PEM, PKCS#8. */
  privateKey: string
  publicKey: KeyObject
  /** The merchant certificate (self-signed here), for tools that want the file. */
  certificate?: string
  apiV3Key: string
  appid: string
}

let merchantCounter = 0

export function createMerchant(options: MerchantOptions = {}): Merchant {
  const key = options.privateKey ? createPrivateKey(options.privateKey) : rsa()
  const mchid = options.mchid ?? String(1900000001 + merchantCounter++ * 7)
  const certificate = options.serial
    ? undefined
    : selfSignedCertificate(key, { commonName: mchid, organisation: 'wxpay simulator merchant' })
  return {
    mchid,
    serial: (options.serial ?? certificate!.serial).toUpperCase(),
    privateKey: options.privateKey ?? key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: createPublicKey(key),
    certificate: certificate?.pem,
    apiV3Key: options.apiV3Key ?? randomBytes(16).toString('hex'),
    appid: options.appid ?? `wx${randomBytes(8).toString('hex')}`,
  }
}

/** The platform side: a public key and/or certificates, by mode. */
export class Platform {
  readonly mode: SimulatorMode
  readonly publicKey: PlatformKey | undefined
  readonly certificates: PlatformKey[] = []
  #root = rsa()
  #now: () => number

  constructor(mode: SimulatorMode, now: () => number) {
    this.mode = mode
    this.#now = now
    this.publicKey = mode === 'certificate' ? undefined : newPublicKey()
    if (mode !== 'publicKey') this.rotateCertificate()
  }

  /** Issues a new platform certificate, which signs from now on; the older ones stay valid and listed. */
  rotateCertificate(): PlatformKey {
    const start = new Date(this.#now() - 86_400_000)
    const certificate = newPlatformCertificate(this.#root, start, new Date(start.getTime() + 5 * 365 * 86_400_000))
    this.certificates.push(certificate)
    return certificate
  }

  /** The key a response is signed with: the one the request named, else the mode's default. */
  signer(requested: string | undefined): PlatformKey {
    const named = requested ? this.find(requested) : undefined
    if (named) return named
    // Public-key mode signs with the public key; certificate and mixed mode with the newest certificate.
    return this.mode === 'publicKey' ? this.publicKey! : this.certificates[this.certificates.length - 1]
  }

  find(id: string): PlatformKey | undefined {
    const wanted = id.trim().toUpperCase()
    if (this.publicKey && this.publicKey.id === wanted) return this.publicKey
    return this.certificates.find((certificate) => certificate.id === wanted)
  }

  /** What a client puts in `certs`. */
  certs(): Record<string, string> {
    const certs: Record<string, string> = {}
    if (this.publicKey) certs[this.publicKey.id] = this.publicKey.pem
    for (const certificate of this.certificates) certs[certificate.id] = certificate.pem
    return certs
  }
}

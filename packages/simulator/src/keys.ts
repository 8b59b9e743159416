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

/** A merchant as a saved state holds it: keys as PEM. */
export type SavedMerchant = Omit<Merchant, 'publicKey'>

/** A platform key as a saved state holds it: the private key as PKCS#8 PEM, the dates as RFC 3339. */
export interface SavedPlatformKey {
  id: string
  kind: PlatformKey['kind']
  privateKey: string
  pem: string
  notBefore?: string
  notAfter?: string
}

/** The platform side as a saved state holds it. */
export interface PlatformState {
  mode: SimulatorMode
  /** The root that issues the platform certificates (PKCS#8 PEM). */
  root: string
  publicKey?: SavedPlatformKey
  certificates: SavedPlatformKey[]
}

const pkcs8 = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString()

const saveKey = ({ privateKey, notBefore, notAfter, ...key }: PlatformKey): SavedPlatformKey => ({
  ...key,
  privateKey: pkcs8(privateKey),
  ...(notBefore ? { notBefore: notBefore.toISOString() } : {}),
  ...(notAfter ? { notAfter: notAfter.toISOString() } : {}),
})

const restoreKey = ({ privateKey, notBefore, notAfter, ...key }: SavedPlatformKey): PlatformKey => ({
  ...key,
  privateKey: createPrivateKey(privateKey),
  ...(notBefore ? { notBefore: new Date(notBefore) } : {}),
  ...(notAfter ? { notAfter: new Date(notAfter) } : {}),
})

/** A merchant read back from a saved state. */
export function restoreMerchant(saved: SavedMerchant): Merchant {
  return { ...saved, publicKey: createPublicKey(createPrivateKey(saved.privateKey)) }
}

export const saveMerchant = ({ publicKey: _, ...merchant }: Merchant): SavedMerchant => merchant

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
    privateKey: options.privateKey ?? pkcs8(key),
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
  #root: KeyObject
  #now: () => number

  /** New keys for `mode`, or the keys of a saved state. */
  constructor(mode: SimulatorMode, now: () => number, saved?: PlatformState) {
    this.mode = saved?.mode ?? mode
    this.#now = now
    if (saved) {
      this.#root = createPrivateKey(saved.root)
      this.publicKey = saved.publicKey && restoreKey(saved.publicKey)
      this.certificates.push(...saved.certificates.map(restoreKey))
      return
    }
    this.#root = rsa()
    this.publicKey = mode === 'certificate' ? undefined : newPublicKey()
    if (mode !== 'publicKey') this.rotateCertificate()
  }

  snapshot(): PlatformState {
    return {
      mode: this.mode,
      root: pkcs8(this.#root),
      ...(this.publicKey ? { publicKey: saveKey(this.publicKey) } : {}),
      certificates: this.certificates.map(saveKey),
    }
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

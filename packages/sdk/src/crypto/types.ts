// The one interface the SDK's cryptography goes through, with two implementations: node:crypto
// (crypto/node.ts, the default on Node) and WebCrypto (crypto/web.ts, the default on workerd, Deno,
// Bun and edge runtimes, and `crypto: 'web'` anywhere). Keys are imported synchronously (the client's
// constructor checks them); every operation on them is asynchronous, as WebCrypto's are.

export type CryptoName = 'node' | 'web'

/** Key material as the caller gives it: PEM text, PEM bytes, or (on Node) a KeyObject. */
export type KeyInput = string | Uint8Array | object

/** An RSA public key, imported by one implementation; what the shared code reads of it. */
export interface PublicKey {
  readonly type: 'public'
  /** `rsa`, or what else the material held (`ec`, `ed25519`…), for the error that refuses it. */
  readonly algorithm: string
  /** Modulus length in bits. */
  readonly bits: number
  /** The DER SubjectPublicKeyInfo in Base64: keys are compared by it. */
  readonly spki: string
}

export interface PrivateKey {
  readonly type: 'private'
  readonly algorithm: string
  readonly bits: number
  /** Its public half. */
  readonly publicKey: PublicKey
}

/** What the SDK reads of a platform certificate. */
export interface CertificateInfo {
  /** Upper-case hex. */
  serial: string
  /** Validity, epoch ms. */
  notBefore: number
  notAfter: number
  publicKey: PublicKey
}

export interface Crypto {
  readonly name: CryptoName
  /** PKCS#8 or PKCS#1 PEM (text or bytes), or a native private key. Throws `KeyImportError`. */
  privateKey(material: KeyInput): PrivateKey
  /** SPKI (or PKCS#1) PEM, or a native public key. Throws `KeyImportError`. */
  publicKey(material: KeyInput): PublicKey
  /** A PEM X.509 certificate. Throws `KeyImportError`. */
  certificate(pem: string): CertificateInfo
  /**
   * SHA256withRSA (RSASSA-PKCS1-v1_5), Base64. `alone`: nothing else is in flight, so node:crypto signs
   * on the calling thread rather than paying the thread pool's hand-off (signing.ts).
   */
  sign(message: Uint8Array, key: PrivateKey, alone?: boolean): Promise<string>
  verify(message: Uint8Array, signature: Uint8Array, key: PublicKey): Promise<boolean>
  /** RSA-OAEP with SHA-1 and MGF1-SHA-1, as APIv3's sensitive fields are encrypted. */
  encryptOaep(plaintext: Uint8Array, key: PublicKey): Promise<Uint8Array>
  decryptOaep(ciphertext: Uint8Array, key: PrivateKey): Promise<Uint8Array>
  /** AES-256-GCM; the result is the ciphertext with the 16-byte tag appended. */
  encryptAesGcm(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Promise<Uint8Array>
  /** Opens ciphertext + tag; rejects when the tag does not authenticate it. */
  decryptAesGcm(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Promise<Uint8Array>
  sha256(data: Uint8Array): Promise<Uint8Array>
  randomBytes(size: number): Uint8Array
}

/**
 * Key material an implementation cannot import. `reason` says why when it is worth telling (the
 * caller's message names the option and the expected forms); it never holds key bytes.
 */
export class KeyImportError extends Error {
  constructor(readonly reason?: string) {
    super(reason ?? 'the key material cannot be imported')
    this.name = 'KeyImportError'
  }
}

/** The Base64 SPKI of a public key of either implementation, or of a node:crypto KeyObject. */
export function spkiOf(key: PublicKey | { export(options: { type: 'spki'; format: 'der' }): Uint8Array }): string {
  if ('spki' in key && typeof key.spki === 'string') return key.spki
  const exported = (key as { export(options: object): { toString(encoding: string): string } }).export({
    type: 'spki',
    format: 'der',
  })
  return exported.toString('base64')
}

// Bytes and their text forms (UTF-8, Base64) on every runtime. Node's Buffer is used when the runtime
// has one, as it is faster there and what Node callers get back; elsewhere TextEncoder/TextDecoder and
// btoa/atob. What these return is a Uint8Array in any case (a Buffer is one).

type NodeBufferClass = {
  from(array: ArrayBuffer, offset?: number, length?: number): Uint8Array & { toString(encoding?: string): string }
  from(text: string, encoding?: string): Uint8Array
  concat(list: readonly Uint8Array[], length?: number): Uint8Array
  byteLength(text: string, encoding?: string): number
}

const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer
const encoder = new TextEncoder()
// ignoreBOM keeps a leading BOM as a character, as Buffer's toString does: then it fails JSON.parse the same way.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** `bytes` as a Buffer's view on Node (no copy), for its fast string conversions. */
const view = (bytes: Uint8Array) => NodeBuffer!.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength)

export function utf8Bytes(text: string): Uint8Array {
  return NodeBuffer ? NodeBuffer.from(text, 'utf8') : encoder.encode(text)
}

export function utf8Text(bytes: Uint8Array): string {
  return NodeBuffer ? view(bytes).toString('utf8') : decoder.decode(bytes)
}

export function utf8Length(text: string): number {
  return NodeBuffer ? NodeBuffer.byteLength(text, 'utf8') : encoder.encode(text).length
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (NodeBuffer) return NodeBuffer.concat(parts)
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

export function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return view(bytes).toString('base64')
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

export const toBase64Url = (bytes: Uint8Array): string =>
  NodeBuffer
    ? view(bytes).toString('base64url')
    : toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** Decodes Base64 that is known to be well formed (checked by the caller). */
export function fromBase64(text: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(text, 'base64')
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export const toHex = (bytes: Uint8Array): string => {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** True for a Uint8Array (a Buffer is one). */
export const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array

// A small ASN.1 DER reader and writer: what RSA keys (PKCS#1, PKCS#8, SubjectPublicKeyInfo) and X.509
// certificates need, and nothing more. The reader is strict: definite lengths in their shortest form,
// low tag numbers, children that fill their parent exactly; anything else is a DerError.

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const

/** A context-specific, constructed tag: `[n]` EXPLICIT. */
export const contextTag = (n: number): number => 0xa0 | n

export class DerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DerError'
  }
}

/** One encoded value: its tag, and where its content lies in `bytes`. */
export interface DerNode {
  tag: number
  bytes: Uint8Array
  /** Where the value's header starts. */
  start: number
  contentStart: number
  end: number
}

const MAX_LENGTH_BYTES = 4

/** Reads the value that starts at `offset` and ends at or before `limit`. */
export function readNode(bytes: Uint8Array, offset = 0, limit = bytes.length): DerNode {
  if (offset + 2 > limit) throw new DerError(`truncated: no value header at byte ${offset}`)
  const tag = bytes[offset]
  if ((tag & 0x1f) === 0x1f) throw new DerError(`high tag numbers are not used here (byte ${offset})`)
  const first = bytes[offset + 1]
  let length = first
  let contentStart = offset + 2
  if (first & 0x80) {
    const count = first & 0x7f
    if (count === 0) throw new DerError(`indefinite length at byte ${offset}: not DER`)
    if (count > MAX_LENGTH_BYTES) throw new DerError(`a length of ${count} bytes at byte ${offset} is too long`)
    if (contentStart + count > limit) throw new DerError(`truncated length at byte ${offset}`)
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i]
    if (bytes[contentStart] === 0 || length < 0x80) throw new DerError(`length at byte ${offset} is not minimal`)
    contentStart += count
  }
  const end = contentStart + length
  if (end > limit) throw new DerError(`truncated: the value at byte ${offset} runs past its end`)
  return { tag, bytes, start: offset, contentStart, end }
}

/** The one value that `bytes` holds, with nothing after it. */
export function readDer(bytes: Uint8Array): DerNode {
  const node = readNode(bytes)
  if (node.end !== bytes.length) throw new DerError(`${bytes.length - node.end} bytes after the value`)
  return node
}

export const contentOf = (node: DerNode): Uint8Array => node.bytes.subarray(node.contentStart, node.end)
/** The whole encoding of the value, header included. */
export const encodingOf = (node: DerNode): Uint8Array => node.bytes.subarray(node.start, node.end)

/** Checks the tag; `what` names the value in the error. */
export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node) throw new DerError(`${what} is missing`)
  if (node.tag !== tag) {
    throw new DerError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`)
  }
  return node
}

/** The values inside a constructed one (a SEQUENCE, a SET, an explicit tag). */
export function childrenOf(node: DerNode): DerNode[] {
  if (!(node.tag & 0x20)) throw new DerError(`tag 0x${node.tag.toString(16)} is not constructed`)
  const children: DerNode[] = []
  for (let offset = node.contentStart; offset < node.end; ) {
    const child = readNode(node.bytes, offset, node.end)
    children.push(child)
    offset = child.end
  }
  return children
}

/**
 * An INTEGER's magnitude, big-endian, without the sign byte DER puts before a high bit. Negative
 * integers are refused: no key part or certificate serial read here is negative.
 */
export function readUnsigned(node: DerNode | undefined, what: string): Uint8Array {
  const content = contentOf(expectTag(node, TAG.INTEGER, what))
  if (content.length === 0) throw new DerError(`${what}: an INTEGER with no content`)
  if (content[0] & 0x80) throw new DerError(`${what}: a negative INTEGER`)
  if (content.length > 1 && content[0] === 0 && !(content[1] & 0x80)) {
    throw new DerError(`${what}: an INTEGER with a redundant leading zero`)
  }
  return content[0] === 0 && content.length > 1 ? content.subarray(1) : content
}

/** The dotted text of an OBJECT IDENTIFIER. */
export function readOid(node: DerNode | undefined, what: string): string {
  const content = contentOf(expectTag(node, TAG.OID, what))
  if (content.length === 0 || content[content.length - 1] & 0x80) throw new DerError(`${what}: a malformed OID`)
  const arcs: number[] = []
  let value = 0
  for (let i = 0; i < content.length; i++) {
    if (value === 0 && content[i] === 0x80) throw new DerError(`${what}: an OID arc with a leading zero`)
    value = value * 128 + (content[i] & 0x7f)
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError(`${what}: an OID arc too large`)
    if (content[i] & 0x80) continue
    if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80)
    else arcs.push(value)
    value = 0
  }
  return arcs.join('.')
}

/** A BIT STRING's bytes; only whole bytes (no unused bits), as keys and signatures are. */
export function readBitString(node: DerNode | undefined, what: string): Uint8Array {
  const content = contentOf(expectTag(node, TAG.BIT_STRING, what))
  if (content.length === 0 || content[0] !== 0) throw new DerError(`${what}: a BIT STRING with unused bits`)
  return content.subarray(1)
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/

/** A UTCTime (years 1950–2049) or GeneralizedTime, in DER's form (seconds, `Z`), as epoch milliseconds. */
export function readTime(node: DerNode | undefined, what: string): number {
  if (!node || (node.tag !== TAG.UTC_TIME && node.tag !== TAG.GENERALIZED_TIME)) {
    throw new DerError(`${what}: expected a UTCTime or GeneralizedTime`)
  }
  const text = String.fromCharCode(...contentOf(node))
  const match = (node.tag === TAG.UTC_TIME ? UTC_TIME : GENERALIZED_TIME).exec(text)
  if (!match) throw new DerError(`${what}: ${JSON.stringify(text)} is not a DER time`)
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number)
  const fullYear = node.tag === TAG.UTC_TIME ? (year < 50 ? 2000 + year : 1900 + year) : year
  const time = Date.UTC(fullYear, month - 1, day, hour, minute, second)
  const date = new Date(time)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new DerError(`${what}: ${text} is not a valid date`)
  }
  return time
}

// ---------------------------------------------------------------- writing

/** One value: `tag`, its length, then the parts of its content. */
export function encode(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((total, part) => total + part.length, 0)
  const lengthBytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256)
  const header = length < 0x80 ? [tag, length] : [tag, 0x80 | lengthBytes.length, ...lengthBytes]
  const out = new Uint8Array(header.length + length)
  out.set(header)
  let offset = header.length
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

export const sequence = (...items: Uint8Array[]): Uint8Array => encode(TAG.SEQUENCE, ...items)
export const set = (...items: Uint8Array[]): Uint8Array => encode(TAG.SET, ...items)
export const explicit = (n: number, content: Uint8Array): Uint8Array => encode(contextTag(n), content)
export const nullValue = (): Uint8Array => Uint8Array.of(TAG.NULL, 0)
export const octetString = (bytes: Uint8Array): Uint8Array => encode(TAG.OCTET_STRING, bytes)
export const bitString = (bytes: Uint8Array): Uint8Array => encode(TAG.BIT_STRING, Uint8Array.of(0), bytes)
export const utf8String = (text: string): Uint8Array => encode(TAG.UTF8_STRING, new TextEncoder().encode(text))

/** A non-negative INTEGER from its big-endian magnitude, in its minimal form. */
export function integer(magnitude: Uint8Array): Uint8Array {
  let start = 0
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++
  const minimal = magnitude.subarray(start)
  return minimal[0] & 0x80 ? encode(TAG.INTEGER, Uint8Array.of(0), minimal) : encode(TAG.INTEGER, minimal)
}

export function oid(text: string): Uint8Array {
  const arcs = text.split('.').map(Number)
  const bytes: number[] = []
  for (const arc of [40 * arcs[0] + arcs[1], ...arcs.slice(2)]) {
    const chunk: number[] = []
    let rest = arc
    do {
      chunk.unshift((rest % 128) | (chunk.length > 0 ? 0x80 : 0))
      rest = Math.floor(rest / 128)
    } while (rest > 0)
    bytes.push(...chunk)
  }
  return encode(TAG.OID, Uint8Array.from(bytes))
}

/** UTCTime for the years 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5). */
export function time(date: Date): Uint8Array {
  const digits = date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  const year = date.getUTCFullYear()
  const utc = year >= 1950 && year < 2050
  return encode(
    utc ? TAG.UTC_TIME : TAG.GENERALIZED_TIME,
    new TextEncoder().encode(`${utc ? digits.slice(2) : digits}Z`),
  )
}

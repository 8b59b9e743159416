// Reading a body with a limit, for every server-side reader (the notification adapters, the
// simulator): chunks are counted as they arrive, and reading stops at the limit. And Base64 decoded
// strictly, for signatures and ciphertext. Runtime-neutral: on Node what they return is a Buffer.
import { concatBytes, fromBase64, toBase64 } from './encoding.js'

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * The bytes of canonical Base64 (RFC 4648 §4, padded, unused bits zero), or undefined. Node's own
 * decoder skips whitespace and stray characters and ignores unused bits, so that many texts decode to
 * the same bytes; WeChat Pay's signatures and ciphertext are canonical, and nothing else is taken.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined
  const bytes = fromBase64(text)
  return toBase64(bytes) === text ? bytes : undefined
}

/**
 * Collects `chunks` into one array (a Buffer on Node), or resolves to undefined as soon as they add up to more than
 * `maxBytes` (the source is left for the caller to end or answer).
 */
export async function readLimitedBytes(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const received: Uint8Array[] = []
  let size = 0
  for await (const chunk of chunks) {
    size += chunk.byteLength
    if (size > maxBytes) return undefined
    received.push(chunk)
  }
  return concatBytes(received)
}

/** A web ReadableStream as chunks; leaving the loop early cancels the stream. */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  let done = false
  try {
    for (;;) {
      const next = await reader.read()
      if (next.done) {
        done = true
        return
      }
      yield next.value
    }
  } finally {
    if (!done) await reader.cancel()
  }
}

import { csvIssue, type CsvIssue } from './csvIssue'
import type { EncodingSniff } from './sniffEncoding'

export type StreamDecoder = {
  /** Decodes a chunk; a character cut by the chunk's end comes out with the next chunk. */
  push(bytes: Uint8Array): string
  /** Decodes what is left; an incomplete character at the very end is reported. */
  end(): string
  /** The encoding in use now (it can move from UTF-8 to Windows-1252, see below). */
  readonly encoding: EncodingSniff['encoding']
  /** `undecodableBytes` and `encodingSwitched`, with the byte offset where they happened. */
  readonly issues: CsvIssue[]
}

/** How many bytes at the end begin a UTF-8 character that the next chunk completes. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length
  for (let back = 1; back <= Math.min(4, n); back++) {
    const byte = bytes[n - back] as number
    if ((byte & 0xc0) === 0x80) continue
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return length > back ? back : 0
  }
  return 0
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

const MAX_ISSUES = 100

type Decoder = InstanceType<typeof TextDecoder>

/**
 * Decodes a file chunk by chunk in the sniffed encoding, skipping its BOM (even when the BOM
 * itself is split over chunks). The decoders keep any U+FEFF inside the text (`ignoreBOM`), so
 * nothing but the leading BOM is ever dropped.
 *
 * UTF-8 is decoded strictly. When the sample was pure ASCII (so UTF-8 was a guess) and invalid
 * bytes appear later, everything decoded so far reads the same in Windows-1252, so the decoder
 * switches to it and says so. Invalid bytes after real UTF-8 text become U+FFFD and are
 * reported with their offset, never dropped silently.
 */
export function createStreamDecoder(sniff: EncodingSniff): StreamDecoder {
  let encoding = sniff.encoding
  let bomToSkip = sniff.bomLength
  let carry: Uint8Array = new Uint8Array(0)
  let offset = 0
  let sawNonAscii = false
  const issues: CsvIssue[] = []
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true })
  let streaming: Decoder | undefined =
    encoding === 'utf-8' ? undefined : new TextDecoder(encoding, { ignoreBOM: true })

  // Read through a function: the UTF-8 path can switch decoders midway.
  const current = (): Decoder | undefined => streaming
  const report = (issue: CsvIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue)
  }

  function decodeUtf8(bytes: Uint8Array, at: number): string {
    try {
      const text = strict.decode(bytes)
      if (!sawNonAscii) sawNonAscii = bytes.some((byte) => byte >= 0x80)
      return text
    } catch {
      if (!sawNonAscii && sniff.reason === 'asciiOnly') {
        encoding = 'windows-1252'
        streaming = new TextDecoder(encoding, { ignoreBOM: true })
        report(csvIssue('encodingSwitched', {}, { byteOffset: at, encoding }))
        return streaming.decode(bytes, { stream: true })
      }
      report(csvIssue('undecodableBytes', {}, { byteOffset: at }))
      return lenient.decode(bytes)
    }
  }

  function push(chunk: Uint8Array): string {
    let bytes = chunk
    if (bomToSkip > 0) {
      const skip = Math.min(bomToSkip, bytes.length)
      bomToSkip -= skip
      bytes = bytes.subarray(skip)
      offset += skip
    }
    if (bytes.length === 0) return ''
    const at = offset - carry.length
    offset += bytes.length
    if (streaming) return streaming.decode(bytes, { stream: true })
    const all = concat(carry, bytes)
    const tail = incompleteUtf8Tail(all)
    carry = all.slice(all.length - tail)
    const text = decodeUtf8(all.subarray(0, all.length - tail), at)
    // The switch to Windows-1252 may have happened in this very chunk.
    const switched = current()
    if (switched && carry.length > 0) {
      const rest = switched.decode(carry, { stream: true })
      carry = new Uint8Array(0)
      return text + rest
    }
    return text
  }

  function end(): string {
    if (streaming) return streaming.decode()
    if (carry.length === 0) return ''
    const text = decodeUtf8(carry, offset - carry.length)
    carry = new Uint8Array(0)
    return text + (current()?.decode() ?? '')
  }

  return {
    push,
    end,
    get encoding() {
      return encoding
    },
    issues,
  }
}

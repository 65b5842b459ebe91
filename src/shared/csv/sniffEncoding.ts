export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type CsvEncoding = (typeof csvEncodings)[number]

/** Why the encoding was chosen, for the "Detected: … because …" line of the import screen. */
export type EncodingReason =
  'override' | 'bom' | 'nulPattern' | 'validUtf8' | 'asciiOnly' | 'invalidUtf8' | 'empty'

export type EncodingSniff = {
  encoding: CsvEncoding
  reason: EncodingReason
  /** Bytes of byte order mark at the start, skipped by the decoder. */
  bomLength: number
}

const boms: { encoding: CsvEncoding; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

function bomOf(bytes: Uint8Array) {
  return boms.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte))
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII has a NUL in every other byte, on the odd
 * bytes for little endian and the even ones for big endian. A binary file has NULs too, but
 * not in that regular pattern.
 */
function utf16ByNuls(bytes: Uint8Array): CsvEncoding | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1
  if (pairs < 2) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++
    if (bytes[2 * i + 1] === 0) oddNuls++
  }
  if (oddNuls / pairs > 0.3 && evenNuls / pairs < 0.05) return 'utf-16le'
  if (evenNuls / pairs > 0.3 && oddNuls / pairs < 0.05) return 'utf-16be'
  return undefined
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: a character cut by the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}

/**
 * The encoding of a file from its first bytes (a sample of some tens of kilobytes is plenty):
 * a BOM decides; then the NUL pattern of UTF-16; then strict UTF-8; Windows-1252 (what Excel
 * writes on Windows) when the bytes are not valid UTF-8. `override` is the user's choice, which
 * only keeps the BOM detection so that the BOM is not read as text.
 */
export function sniffEncoding(sample: Uint8Array, override?: CsvEncoding): EncodingSniff {
  const bom = bomOf(sample)
  if (override) {
    const bomLength = bom?.encoding === override ? bom.bytes.length : 0
    return { encoding: override, reason: 'override', bomLength }
  }
  if (bom) return { encoding: bom.encoding, reason: 'bom', bomLength: bom.bytes.length }
  if (sample.length === 0) return { encoding: 'utf-8', reason: 'empty', bomLength: 0 }
  const utf16 = utf16ByNuls(sample)
  if (utf16) return { encoding: utf16, reason: 'nulPattern', bomLength: 0 }
  if (!isValidUtf8(sample)) return { encoding: 'windows-1252', reason: 'invalidUtf8', bomLength: 0 }
  const ascii = sample.every((byte) => byte < 0x80)
  return { encoding: 'utf-8', reason: ascii ? 'asciiOnly' : 'validUtf8', bomLength: 0 }
}

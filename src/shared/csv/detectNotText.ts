/** What a file that is not CSV text most likely is, for a helpful message. */
export type NotTextFormat = 'zip' | 'xls' | 'pdf' | 'image' | 'binary'

const signatures: { format: NotTextFormat; bytes: number[] }[] = [
  // xlsx, ods and docx are zip files.
  { format: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'xls', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  { format: 'image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'image', bytes: [0x47, 0x49, 0x46, 0x38] },
]

const SAMPLE_CHARS = 65536

/**
 * Whether the start of a file is something other than text: a known binary signature, or
 * decoded text with many control characters or NULs. A stray NUL in a real CSV is not enough
 * (the reader removes it and says where).
 */
export function detectNotText(bytes: Uint8Array, text: string): NotTextFormat | undefined {
  const signature = signatures.find((s) => s.bytes.every((byte, i) => bytes[i] === byte))
  if (signature) return signature.format
  const length = Math.min(text.length, SAMPLE_CHARS)
  if (length === 0) return undefined
  let controls = 0
  let nuls = 0
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) nuls++
    // Tab, LF, FF and CR are text; U+FFFD is what undecodable bytes became.
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) controls++
  }
  if (controls > 2 && controls / length > 0.05) return 'binary'
  if (nuls > 8 && nuls / length > 0.01) return 'binary'
  return undefined
}

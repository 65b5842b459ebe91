/** Test helpers: a file's bytes in each encoding, and chunkings of them. */
export const utf8 = (text: string) => new TextEncoder().encode(text)

export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text
  const bytes = new Uint8Array(units.length * 2)
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i)
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]
    bytes[2 * i] = first
    bytes[2 * i + 1] = second
  }
  return bytes
}

const cp1252: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 }

/** Windows-1252 for Latin-1 text and a few of its extra characters. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => cp1252[char] ?? char.charCodeAt(0)))
}

/** The bytes cut into chunks of `size` (1 cuts every multi-byte character). */
export function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size))
  return chunks
}

/** Test helpers: seeded random inputs for fuzzing the CSV reader and the import pipeline. */
import { utf16, utf8 } from './testBytes'

/** Pieces that stress a CSV reader more than uniform noise does. */
const tokens: Uint8Array[] = [
  ...[',', ';', '\t', '|', '"', '""', '\r', '\n', '\r\n', ' ', 'a', 'Name', '=1', "'", '#'].map(
    utf8,
  ),
  // Headers and cells the import maps and checks: emails, dates, numbers, names of things.
  ...['Email', 'Organization', 'Campaign', 'Start', 'Metric', 'Value', 'Date', 'Website'].map(utf8),
  ...['ana@ufcw.org', 'x@', '2024-02-30', '2024-04-28 18:00', '1,5', '-3e9', 'http://'].map(utf8),
  utf8('é'),
  utf8('😀'),
  utf8('\ufeff'),
  utf16('a,b\n', 'le'),
  utf16('a;b\r\n', 'be', false),
  new Uint8Array([0]),
  new Uint8Array([0xff, 0xfe]),
  new Uint8Array([0xe9]),
  new Uint8Array([0xc3]),
  new Uint8Array([0xf0, 0x9f]),
  new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
]

export function randomInput(random: () => number): Uint8Array {
  const length = Math.floor(random() ** 2 * 3000)
  const bytes: number[] = []
  const noise = random() < 0.3
  while (bytes.length < length) {
    if (noise) bytes.push(Math.floor(random() * 256))
    else bytes.push(...(tokens[Math.floor(random() * tokens.length)] as Uint8Array))
  }
  return Uint8Array.from(bytes)
}

export function randomChunks(bytes: Uint8Array, random: () => number): Uint8Array[] {
  const chunks: Uint8Array[] = []
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * 700)
    chunks.push(bytes.subarray(at, at + size))
    at += size
  }
  return chunks
}

import { describe, expect, it } from 'vitest'
import { readCsv } from './readCsv'
import { seededRandom } from './seededRandom'
import { utf16, utf8 } from './testBytes'

/** Pieces that stress a CSV reader more than uniform noise does. */
const tokens: Uint8Array[] = [
  ...[',', ';', '\t', '|', '"', '""', '\r', '\n', '\r\n', ' ', 'a', 'Name', '=1', "'", '#'].map(
    utf8,
  ),
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

function randomInput(random: () => number): Uint8Array {
  const length = Math.floor(random() ** 2 * 3000)
  const bytes: number[] = []
  const noise = random() < 0.3
  while (bytes.length < length) {
    if (noise) bytes.push(Math.floor(random() * 256))
    else bytes.push(...(tokens[Math.floor(random() * tokens.length)] as Uint8Array))
  }
  return Uint8Array.from(bytes)
}

function randomChunks(bytes: Uint8Array, random: () => number): Uint8Array[] {
  const chunks: Uint8Array[] = []
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * 700)
    chunks.push(bytes.subarray(at, at + size))
    at += size
  }
  return chunks
}

describe('fuzzing the import pipeline', () => {
  it('reads 10,000 random byte inputs without an exception, each quickly', () => {
    const random = seededRandom(6)
    let slowest = 0
    let fatal = 0
    for (let run = 0; run < 10_000; run++) {
      const bytes = randomInput(random)
      const started = performance.now()
      const { rows, report } = readCsv(randomChunks(bytes, random), {
        sniffBytes: 1 + Math.floor(random() * 2048),
      })
      slowest = Math.max(slowest, performance.now() - started)
      if (report.fatal) fatal++
      // Every row is shaped to the header at least.
      for (const row of rows)
        expect(row.fields.length).toBeGreaterThanOrEqual(report.headers.length)
    }
    expect(slowest).toBeLessThan(5000)
    // Both kinds of input occur: files refused as a whole and files read.
    expect(fatal).toBeGreaterThan(100)
    expect(fatal).toBeLessThan(9_900)
  }, 60_000)
})

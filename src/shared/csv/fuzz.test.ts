import { describe, expect, it } from 'vitest'
import { readCsv } from './readCsv'
import { seededRandom } from './seededRandom'
import { randomChunks, randomInput } from './randomCsvBytes'

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

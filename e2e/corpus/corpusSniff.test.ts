import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../src/shared/csv'
import { corpus } from './expected'

// The reading half of the corpus, cheap enough for every unit run: each real tool's file is
// decoded, split and given its header row as that tool wrote it, whatever the import does next.
describe('the corpus of real exports is read as each tool wrote it', () => {
  for (const file of corpus)
    it(file.file, () => {
      const bytes = new Uint8Array(readFileSync(join(__dirname, file.file)))
      const { rows, report } = readCsv(bytes)
      const found = report.sniff
      expect(report.fatal).toBe(false)
      expect({
        encoding: found?.encoding.encoding,
        bom: found?.encoding.reason === 'bom',
        delimiter: found?.delimiter.delimiter,
        headerRow: found?.headerRow.index,
        lineEnding: found?.lineEnding,
        headers: report.headers.length,
      }).toEqual(file.sniff)
      // Rows of nothing but empty cells are no data: they are not counted among the file's rows.
      expect(rows.filter((row) => row.fields.some((cell) => cell.trim() !== ''))).toHaveLength(
        file.rows,
      )
      expect(report.issueCounts).not.toHaveProperty('tooManyFields')
      expect(report.issueCounts).not.toHaveProperty('tooFewFields')
    })
})

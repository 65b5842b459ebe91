import {
  createCsvReader,
  type CsvReadReport,
  type CsvReaderOptions,
  type CsvRow,
} from './createCsvReader'

/** The whole pipeline over bytes already in memory (a test, a small file, a preview). */
export function readCsv(
  input: Uint8Array | Uint8Array[],
  options: CsvReaderOptions = {},
): { rows: CsvRow[]; report: CsvReadReport } {
  const reader = createCsvReader(options)
  const rows: CsvRow[] = []
  for (const chunk of Array.isArray(input) ? input : [input]) rows.push(...reader.push(chunk))
  rows.push(...reader.end())
  return { rows, report: reader.report() }
}

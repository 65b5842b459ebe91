import { createRecordParser, type ParsedRecords, type RecordParser } from './createRecordParser'
import { createStreamDecoder, type StreamDecoder } from './createStreamDecoder'
import { csvIssue, type CsvIssue, type CsvIssueCode } from './csvIssue'
import { sniff, SNIFF_BYTES, type CsvSniff, type SniffOverrides } from './sniff'
import { isBlankRecord } from './sniffDelimiter'
import { uniqueHeaders } from './uniqueHeaders'

/** One data row: its 1-based record number in the file and its fields, one per header. */
export type CsvRow = { row: number; fields: string[] }

export type CsvReadReport = {
  /** What was detected (or overridden); undefined until enough bytes arrived or end(). */
  sniff?: CsvSniff
  headers: string[]
  /** Data rows handed out (blank lines and preamble not counted). */
  rows: number
  blankRows: number
  /** The first issues in file order (at most `maxIssues`); `issueCounts` counts them all. */
  errors: CsvIssue[]
  issueCounts: Partial<Record<CsvIssueCode, number>>
  /** Whether a fatal issue means the file cannot be imported as it is. */
  fatal: boolean
}

export type CsvReaderOptions = SniffOverrides & {
  /** Bytes gathered before sniffing; default 64 KB. */
  sniffBytes?: number
  /** Issues kept in the report; default 1,000 (all are counted). */
  maxIssues?: number
}

export type CsvReader = {
  /** Feeds the next chunk of the file; answers the data rows it completed. */
  push(bytes: Uint8Array): CsvRow[]
  /** Ends the file; answers the last rows. Then `report()` is final. */
  end(): CsvRow[]
  report(): CsvReadReport
}

/**
 * The streaming import reader: bytes in, rows out, never an exception for a bad file. It
 * gathers the first `sniffBytes`, sniffs them (the overrides win), then decodes, splits and
 * parses each chunk as it comes, so memory holds one chunk and the rows not yet taken.
 *
 * Rows are shaped to the header: short ones padded with "" (`tooFewFields`), long ones kept with
 * their extra fields (`tooManyFields`) unless the extras are empty, which are dropped.
 */
export function createCsvReader(options: CsvReaderOptions = {}): CsvReader {
  const sniffBytes = options.sniffBytes ?? SNIFF_BYTES
  const maxIssues = options.maxIssues ?? 1000
  const gathered: Uint8Array[] = []
  let gatheredLength = 0
  let detected: CsvSniff | undefined
  let decoder: StreamDecoder | undefined
  let parser: RecordParser | undefined
  let stopped = false
  let headers: string[] | undefined
  let records = 0
  let preamble = 0
  let rows = 0
  let blankRows = 0
  let lastRecordRow = 0
  let ended = false
  const errors: CsvIssue[] = []
  const issueCounts: CsvReadReport['issueCounts'] = {}

  const report = (issue: CsvIssue) => {
    issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1
    if (errors.length < maxIssues) errors.push(issue)
  }

  function shape(fields: string[], row: number): string[] {
    for (let column = 0; column < fields.length; column++) {
      const field = fields[column] as string
      if (field.includes('\0')) {
        fields[column] = field.replace(/\0/g, '')
        report(csvIssue('nulRemoved', { row, column }))
      }
      if (field.includes('\ufffd') && decoder?.issues.some((i) => i.code === 'undecodableBytes'))
        report(csvIssue('undecodableBytes', { row, column }))
    }
    const expected = (headers as string[]).length
    if (fields.length < expected) {
      report(csvIssue('tooFewFields', { row }, { expected, actual: fields.length }))
      while (fields.length < expected) fields.push('')
    } else if (fields.length > expected) {
      if (fields.slice(expected).every((field) => field.trim() === '')) fields.length = expected
      else report(csvIssue('tooManyFields', { row }, { expected, actual: fields.length }))
    }
    return fields
  }

  function take(parsed: ParsedRecords): CsvRow[] {
    const out: CsvRow[] = []
    const headerIndex = detected?.headerRow.index ?? 0
    const first = records
    for (const index of parsed.malformedQuotes)
      report(csvIssue('malformedQuotes', { row: first + index + 1 }))
    for (const fields of parsed.records) {
      const index = records++
      const row = index + 1
      lastRecordRow = row
      if (!headers) {
        // A blank record where the header was expected: the header is the next one.
        if (index < headerIndex || isBlankRecord(fields)) {
          if (!isBlankRecord(fields)) preamble++
          continue
        }
        // Counted as a spreadsheet shows them: every row above the header, blank ones too.
        if (preamble > 0) report(csvIssue('preambleSkipped', { row }, { rows: row - 1 }))
        const unique = uniqueHeaders(fields, row)
        headers = unique.headers
        unique.issues.forEach(report)
        continue
      }
      if (isBlankRecord(fields)) {
        blankRows++
        continue
      }
      rows++
      out.push({ row, fields: shape(fields, row) })
    }
    return out
  }

  function start(whole: boolean): CsvRow[] {
    const sample = new Uint8Array(gatheredLength)
    let at = 0
    for (const chunk of gathered) {
      sample.set(chunk, at)
      at += chunk.length
    }
    gathered.length = 0
    detected = sniff(sample, whole, options)
    if (detected.notText) {
      report(csvIssue('notText', {}, { format: detected.notText }))
      stopped = true
      return []
    }
    decoder = createStreamDecoder(detected.encoding)
    parser = createRecordParser(detected.delimiter.delimiter)
    return take(parser.push(decoder.push(sample)))
  }

  function push(bytes: Uint8Array): CsvRow[] {
    if (stopped || ended) return []
    if (!detected) {
      // Copied: the caller may reuse its buffer for the next chunk.
      gathered.push(bytes.slice())
      gatheredLength += bytes.length
      return gatheredLength >= sniffBytes ? start(false) : []
    }
    return take((parser as RecordParser).push((decoder as StreamDecoder).push(bytes)))
  }

  function end(): CsvRow[] {
    if (ended) return []
    const out = detected ? [] : start(true)
    ended = true
    if (stopped || !parser || !decoder) return out
    out.push(...take(parser.push(decoder.end())))
    const last = parser.end()
    out.push(...take(last))
    decoder.issues.forEach(report)
    if (last.unclosedQuote) report(csvIssue('unclosedQuote', { row: lastRecordRow }))
    if (!headers) report(csvIssue('empty'))
    else if (rows === 0) report(csvIssue('headerOnly'))
    return out
  }

  return {
    push,
    end,
    report: () => ({
      ...(detected ? { sniff: detected } : {}),
      headers: headers ?? [],
      rows,
      blankRows,
      errors,
      issueCounts,
      fatal: errors.some((issue) => issue.severity === 'fatal'),
    }),
  }
}

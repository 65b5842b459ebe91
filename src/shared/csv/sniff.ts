import { createStreamDecoder } from './createStreamDecoder'
import { detectNotText, type NotTextFormat } from './detectNotText'
import { findHeaderRow, type HeaderRowSniff } from './findHeaderRow'
import { lineEndingOf, type LineEnding } from './lineEndingOf'
import {
  isBlankRecord,
  modalFieldCount,
  sniffDelimiter,
  type CsvDelimiter,
  type DelimiterSniff,
} from './sniffDelimiter'
import { sniffEncoding, type CsvEncoding, type EncodingSniff } from './sniffEncoding'
import { createRecordParser } from './createRecordParser'

/** The user's corrections to what was detected. */
export type SniffOverrides = {
  encoding?: CsvEncoding
  delimiter?: CsvDelimiter
  /** 0-based record index of the header row. */
  headerRow?: number
}

export type CsvSniff = {
  encoding: EncodingSniff
  delimiter: DelimiterSniff
  headerRow: HeaderRowSniff
  lineEnding: LineEnding
  /** The first records of the file as parsed, preamble included, for the preview. */
  preview: string[][]
  /** Set when the file is not text at all (a spreadsheet, a PDF, an image...). */
  notText?: NotTextFormat
}

/** How much of the start of a file the sniffing reads. */
export const SNIFF_BYTES = 64 * 1024
const PREVIEW_RECORDS = 30

/**
 * Everything the import screen shows before mapping, read from the start of a file: encoding,
 * delimiter, header row (after any preamble), line endings and a decoded preview. `whole` says
 * the bytes are the entire file (otherwise the last, possibly cut, record is left out).
 */
export function sniff(bytes: Uint8Array, whole = true, overrides: SniffOverrides = {}): CsvSniff {
  const sample = bytes.subarray(0, whole ? bytes.length : SNIFF_BYTES)
  const isWhole = whole && sample.length === bytes.length
  const encoding = sniffEncoding(sample, overrides.encoding)
  const decoder = createStreamDecoder(encoding)
  const text = decoder.push(sample) + (isWhole ? decoder.end() : '')
  const notText = detectNotText(sample, text)
  const delimiter: DelimiterSniff = overrides.delimiter
    ? { delimiter: overrides.delimiter, reason: 'override', fieldCount: 0 }
    : sniffDelimiter(text, isWhole)
  const parser = createRecordParser(delimiter.delimiter)
  const records = parser.push(text).records
  if (isWhole) records.push(...parser.end().records)
  if (overrides.delimiter)
    delimiter.fieldCount = modalFieldCount(
      records.slice(0, 50).filter((fields) => !isBlankRecord(fields)),
    ).count
  const headerRow: HeaderRowSniff =
    overrides.headerRow !== undefined
      ? { index: overrides.headerRow, reason: 'override' }
      : findHeaderRow(records.slice(0, 50))
  return {
    encoding,
    delimiter,
    headerRow,
    lineEnding: lineEndingOf(parser.lineEndings),
    preview: records.slice(0, Math.max(PREVIEW_RECORDS, headerRow.index + 10)),
    ...(notText ? { notText } : {}),
  }
}

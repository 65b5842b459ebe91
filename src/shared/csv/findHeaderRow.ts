import { filledFieldCount, isBlankRecord, modalFieldCount } from './sniffDelimiter'

export type HeaderRowSniff = {
  /** 0-based index of the header among the file's records (blank lines count as records). */
  index: number
  reason: 'override' | 'labels' | 'fieldCount' | 'firstRecord'
}

const numberLike = /^[-+(]?[\d\s.,'’%$€£¥)]+$/
const dateLike = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/
const emailLike = /@[^\s@]+\.[^\s@]+/
const urlLike = /^(https?:\/\/|www\.)/i

/** A header cell names a column: text that is not a number, a date, an address or a link. */
function looksLikeLabel(cell: string): boolean {
  const text = cell.trim()
  return (
    text.length <= 80 &&
    !numberLike.test(text) &&
    !dateLike.test(text) &&
    !emailLike.test(text) &&
    !urlLike.test(text)
  )
}

function looksLikeHeader(fields: string[]): boolean {
  const filled = fields.map((field) => field.trim()).filter(Boolean)
  if (filled.length < Math.max(1, fields.length / 2)) return false
  return filled.every(looksLikeLabel)
}

/**
 * The header row after any preamble (a LinkedIn export begins with "Notes:" and a paragraph).
 * The first record wins when it looks like labels and has several fields, unless it has fewer
 * fields than the body and a later one has the body's count and looks like labels too (a
 * preamble of several fields). Otherwise: the first record with the body's field count that
 * looks like labels, the first with that count, the first that is not blank.
 */
export function findHeaderRow(records: string[][]): HeaderRowSniff {
  const filled = records.filter((fields) => !isBlankRecord(fields))
  const body = filled.length > 2 ? filled.slice(Math.floor(filled.length / 3)) : filled
  const { count } = modalFieldCount(body)
  const first = records.findIndex((fields) => !isBlankRecord(fields))
  const withCount = (fields: string[]) =>
    !isBlankRecord(fields) && filledFieldCount(fields) === count
  const labels = records.findIndex((fields) => withCount(fields) && looksLikeHeader(fields))
  const firstFields = records[first]
  if (firstFields && firstFields.length > 1 && looksLikeHeader(firstFields)) {
    const preamble = filledFieldCount(firstFields) < count && labels > first
    return { index: preamble ? labels : first, reason: 'labels' }
  }
  if (labels >= 0) return { index: labels, reason: 'labels' }
  const counted = records.findIndex(withCount)
  if (counted >= 0) return { index: counted, reason: 'fieldCount' }
  return { index: Math.max(0, first), reason: 'firstRecord' }
}

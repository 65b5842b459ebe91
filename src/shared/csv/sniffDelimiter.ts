import { createRecordParser } from './createRecordParser'

export const csvDelimiters = [',', ';', '\t', '|'] as const
export type CsvDelimiter = (typeof csvDelimiters)[number]

export type DelimiterSniff = {
  delimiter: CsvDelimiter
  reason: 'override' | 'consistentFields' | 'singleColumn'
  /** The field count most records have with this delimiter. */
  fieldCount: number
}

const SAMPLE_RECORDS = 50

/** The records of the start of a file; the last one is dropped when the text was cut. */
export function sampleRecords(text: string, delimiter: string, whole: boolean): string[][] {
  const parser = createRecordParser(delimiter)
  const records = parser.push(text).records
  if (whole) records.push(...parser.end().records)
  return records
}

export const isBlankRecord = (fields: string[]) => fields.every((field) => field.trim() === '')

/** Fields up to the last one that is not empty: "a,b,," has two, as spreadsheets pad rows. */
export function filledFieldCount(fields: string[]): number {
  let count = fields.length
  while (count > 0 && (fields[count - 1] as string).trim() === '') count--
  return count
}

/**
 * The most frequent field count (trailing empty fields left out; the larger count on a tie) and
 * the share of records that have it.
 */
export function modalFieldCount(records: string[][]): { count: number; share: number } {
  const frequencies = new Map<number, number>()
  for (const fields of records) {
    const filled = filledFieldCount(fields)
    frequencies.set(filled, (frequencies.get(filled) ?? 0) + 1)
  }
  let count = 1
  let best = 0
  for (const [fields, frequency] of frequencies)
    if (frequency > best || (frequency === best && fields > count)) {
      count = fields
      best = frequency
    }
  return { count, share: records.length ? best / records.length : 0 }
}

/**
 * The delimiter that splits the first records most consistently into more than one field,
 * quotes respected: "1,5;2,75" is two fields by semicolon, not three by comma. Between equally
 * consistent ones, the one giving more fields wins, then the order comma, semicolon, tab, pipe.
 */
export function sniffDelimiter(text: string, whole: boolean): DelimiterSniff {
  let best: DelimiterSniff & { share: number } = {
    delimiter: ',',
    reason: 'singleColumn',
    fieldCount: 1,
    share: 0,
  }
  for (const delimiter of csvDelimiters) {
    const records = sampleRecords(text, delimiter, whole)
      .filter((fields) => !isBlankRecord(fields))
      .slice(0, SAMPLE_RECORDS)
    const { count, share } = modalFieldCount(records)
    if (count < 2) continue
    if (share > best.share || (share === best.share && count > best.fieldCount))
      best = { delimiter, reason: 'consistentFields', fieldCount: count, share }
  }
  return { delimiter: best.delimiter, reason: best.reason, fieldCount: best.fieldCount }
}

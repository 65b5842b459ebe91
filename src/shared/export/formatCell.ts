import { MULTI_VALUE_SEPARATOR, neutraliseFormula, type ImportField } from '../csv'
import type { ExportOptions } from './exportOptions'
import { formatDate } from './formatDate'
import { formatDateTime } from './formatDateTime'
import { plainNumber } from './plainNumber'

type CellOptions = Pick<ExportOptions, 'delimiter' | 'dateFormat'> & {
  /** The record's time zone, for a date-time field (a screening's start). */
  timeZone?: string
}

function formatOne(field: ImportField, value: unknown, options: CellOptions): string {
  if (value === undefined || value === null) return ''
  switch (field.type) {
    case 'date':
      return formatDate(String(value), options.dateFormat)
    case 'dateTime':
      return formatDateTime(String(value), options.timeZone ?? 'UTC', options.dateFormat)
    case 'number':
    case 'integer':
      return typeof value === 'number'
        ? plainNumber(value, options.delimiter === ';' ? ',' : '.')
        : String(value)
    case 'boolean':
      return value ? 'yes' : 'no'
    case 'enum':
      return field.optionLabels?.[String(value)] ?? String(value)
    default:
      return String(value)
  }
}

/**
 * One cell as the importer reads it back (`parseValue` with the same date format, and the
 * decimal comma for a semicolon file): several values joined with "; ", and neutralised so no
 * spreadsheet runs it as a formula.
 */
export function formatCell(field: ImportField, value: unknown, options: CellOptions): string {
  const text =
    field.multi && Array.isArray(value)
      ? value.map((item) => formatOne(field, item, options)).join(MULTI_VALUE_SEPARATOR)
      : formatOne(field, value, options)
  return neutraliseFormula(text)
}

import Papa from 'papaparse'
import type { FigureTable } from './figureTable'

/** Text a spreadsheet would run as a formula: =, +, -, @, tab or return first (full-width too). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/

/** A cell as written: numbers plain (a percentage as its fraction), text made inert. */
function cell(value: string | number | null): string | number {
  if (value === null) return ''
  if (typeof value === 'number') return value
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** The table as CSV: a header of the column labels, one line per row, CRLF line ends. */
export function figureCsv({ columns, rows }: FigureTable): string {
  return Papa.unparse(
    {
      fields: columns.map((column) => column.label),
      data: rows.map((row) => columns.map((column) => cell(row[column.key] ?? null))),
    },
    { newline: '\r\n' },
  )
}

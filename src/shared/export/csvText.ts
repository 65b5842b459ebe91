import Papa from 'papaparse'
import type { ExportOptions } from './exportOptions'

/** Excel opens a UTF-8 file right only when it starts with the byte order mark. */
export const UTF8_BOM = '\ufeff'

/**
 * Rows as CSV text, each ended by CRLF (what Excel writes), quoted where a cell holds the
 * delimiter, a quote, a line break or edge spaces. Called per chunk of rows, so a large export
 * never builds one string of the whole file.
 */
export function csvText(rows: string[][], options: Pick<ExportOptions, 'delimiter'>): string {
  if (rows.length === 0) return ''
  return `${Papa.unparse(rows, { delimiter: options.delimiter, newline: '\r\n', header: false })}\r\n`
}

/** The start of the file: the BOM if asked for, and the header row. */
export function csvHead(headers: string[], options: Pick<ExportOptions, 'bom' | 'delimiter'>) {
  return (options.bom ? UTF8_BOM : '') + csvText([headers], options)
}

import type { DateFormat } from '../csv'

/** What can be exported: the tables the importer reads back, and campaigns (export only). */
export const exportEntities = [
  'organizations',
  'contacts',
  'screenings',
  'metricEntries',
  'campaigns',
] as const
export type ExportEntity = (typeof exportEntities)[number]

export const exportDelimiters = [',', ';'] as const
export type ExportDelimiter = (typeof exportDelimiters)[number]

/** How a file is written; the defaults open cleanly in Excel and import back as they are. */
export type ExportOptions = {
  /** The field keys written, in this order (headers are the fields' `header`s). */
  columns: string[]
  /** A UTF-8 byte order mark, so Excel reads accents and emoji right. */
  bom: boolean
  /** The semicolon for locales whose Excel expects it; numbers then take the decimal comma. */
  delimiter: ExportDelimiter
  dateFormat: DateFormat
  /** People flagged sensitive are left out unless the user ticks this. */
  includeSensitive: boolean
}

export const defaultExportOptions: Omit<ExportOptions, 'columns'> = {
  bom: true,
  delimiter: ',',
  dateFormat: 'iso',
  includeSensitive: false,
}

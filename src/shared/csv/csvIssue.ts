/**
 * What the CSV pipeline found wrong with a file, a row or a cell. Codes, never sentences: the
 * import screen turns each into a translated message with its params.
 */
export const csvIssueCodes = [
  // The file cannot be imported as it is.
  'empty',
  'headerOnly',
  'notText',
  'unclosedQuote',
  // A row or a cell: the row can be fixed or skipped.
  'tooFewFields',
  'tooManyFields',
  'malformedQuotes',
  'undecodableBytes',
  'nulRemoved',
  // Said once, the import goes on.
  'duplicateHeader',
  'emptyHeader',
  'encodingSwitched',
  'preambleSkipped',
  'moreIssues',
  // Said of a row that imports all the same.
  'emailKeptInNotes',
  'sameRecordDiffers',
  // A value that does not fit its field (see parseValue).
  'required',
  'invalidEmail',
  'invalidPhone',
  'invalidUrl',
  'invalidDate',
  'impossibleDate',
  'invalidNumber',
  'notAnInteger',
  'outOfRange',
  'invalidBoolean',
  'unknownOption',
  'tooLong',
  // A row whose values together do not make a valid record (a contact without name or email).
  'invalidRecord',
  // A record the row names that is not there and is not created from a name (a screening).
  'unknownLink',
] as const

export type CsvIssueCode = (typeof csvIssueCodes)[number]

export type CsvIssueSeverity = 'fatal' | 'error' | 'warning'

export type CsvIssue = {
  code: CsvIssueCode
  severity: CsvIssueSeverity
  /** 1-based record number in the file, counting preamble and header, as a spreadsheet does. */
  row?: number
  /** 0-based index of the column in the row. */
  column?: number
  /** Facts for the message: `value`, `expected`, `actual`, `header`, `format`, `byteOffset`... */
  params?: Record<string, string | number>
}

const fatalCodes: ReadonlySet<CsvIssueCode> = new Set([
  'empty',
  'headerOnly',
  'notText',
  'unclosedQuote',
])

const warningCodes: ReadonlySet<CsvIssueCode> = new Set([
  'duplicateHeader',
  'emptyHeader',
  'encodingSwitched',
  'preambleSkipped',
  'moreIssues',
  'nulRemoved',
  'emailKeptInNotes',
  'sameRecordDiffers',
])

/** The severity a code always has: the UI blocks on fatal, offers fix or skip on error. */
export function severityOf(code: CsvIssueCode): CsvIssueSeverity {
  if (fatalCodes.has(code)) return 'fatal'
  return warningCodes.has(code) ? 'warning' : 'error'
}

export function csvIssue(
  code: CsvIssueCode,
  where: { row?: number; column?: number } = {},
  params?: CsvIssue['params'],
): CsvIssue {
  return { code, severity: severityOf(code), ...where, ...(params ? { params } : {}) }
}

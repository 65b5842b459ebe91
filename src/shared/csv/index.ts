/**
 * CSV import, pure TypeScript: runs in a renderer worker, in main and in Vitest. See README.md
 * for the pipeline. Everything a caller needs is here; the other files are its parts.
 */
export { sniff, SNIFF_BYTES, type CsvSniff, type SniffOverrides } from './sniff'
export {
  createCsvReader,
  type CsvReader,
  type CsvReaderOptions,
  type CsvReadReport,
  type CsvRow,
} from './createCsvReader'
export { readCsv } from './readCsv'
export { csvIssueCodes, type CsvIssue, type CsvIssueCode, type CsvIssueSeverity } from './csvIssue'
export { csvEncodings, type CsvEncoding } from './sniffEncoding'
export { csvDelimiters, type CsvDelimiter } from './sniffDelimiter'
export type { LineEnding } from './lineEndingOf'
export type { NotTextFormat } from './detectNotText'
export {
  MULTI_VALUE_SEPARATOR,
  type FieldType,
  type ImportEntity,
  type ImportField,
} from './importField'
export { importFieldsFor } from './importFieldsFor'
export { matchColumns, type ColumnMatch, type MatchReason } from './matchColumns'
export { matchPreset, type MappingPreset, type PresetMatch } from './matchPreset'
export {
  parseValue,
  valueIssue,
  defaultValueOptions,
  type ValueOptions,
  type ValueResult,
} from './parseValue'
export { dateFormats, type DateFormat } from './parseDate'
export {
  guessDateFormat,
  type DateGuess,
  type DateGuessReason,
  type DateSample,
} from './guessDateFormat'
export type { DecimalMark } from './parseDecimal'
export { nameOrderFor, nameOrders, splitFullName, type NameOrder } from './splitFullName'
export { neutraliseFormula, stripFormulaGuard } from './formulaGuard'

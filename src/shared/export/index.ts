/**
 * CSV export, pure TypeScript: records to cells and text, the reverse of src/shared/csv and
 * src/shared/import, so that every export imports back unchanged. See README.md.
 */
export {
  defaultExportOptions,
  exportDelimiters,
  exportEntities,
  type ExportDelimiter,
  type ExportEntity,
  type ExportOptions,
} from './exportOptions'
export { exportFieldsFor } from './exportFieldsFor'
export { essentialColumns } from './essentialColumns'
export { exportValues } from './exportValues'
export { formatCell } from './formatCell'
export { formatDate } from './formatDate'
export { formatDateTime } from './formatDateTime'
export { plainNumber } from './plainNumber'
export { recordRow } from './recordRow'
export { csvHead, csvText, UTF8_BOM } from './csvText'
export { noLinkNames, type LinkNames } from './linkNames'

import { importFieldsFor, type ImportField } from '../csv'
import type { ExportEntity } from './exportOptions'

/** The fields an export writes, in the importer's order; import-only fields are never written. */
export function exportFieldsFor(entity: ExportEntity): readonly ImportField[] {
  return importFieldsFor(entity).filter((field) => !field.importOnly)
}

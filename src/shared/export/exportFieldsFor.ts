import { importFieldsFor, type ImportField } from '../csv'
import { campaignExportFields } from './campaignExportFields'
import type { ExportEntity } from './exportOptions'

/**
 * The fields an export writes, in the importer's order; import-only fields are never written.
 * Campaigns, which nothing imports, have their own list.
 */
export function exportFieldsFor(entity: ExportEntity): readonly ImportField[] {
  if (entity === 'campaigns') return campaignExportFields
  return importFieldsFor(entity).filter((field) => !field.importOnly)
}

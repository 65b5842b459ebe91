import { contactFields } from './contactFields'
import { contactSheetFields } from './contactSheetFields'
import type { ImportEntity, ImportField } from './importField'
import { metricEntryFields } from './metricEntryFields'
import { organizationFields } from './organizationFields'
import { screeningFields } from './screeningFields'

const fieldsByEntity: Record<ImportEntity, readonly ImportField[]> = {
  organizations: organizationFields,
  contacts: contactFields,
  screenings: screeningFields,
  metricEntries: metricEntryFields,
  contactSheet: contactSheetFields,
}

/** The importable fields of what a file holds, in the order the exporter writes them. */
export function importFieldsFor(entity: ImportEntity): readonly ImportField[] {
  return fieldsByEntity[entity]
}

import type { TFunction } from 'i18next'
import type { ImportTable } from '../../../../../shared/domain/importRun'

/** Where each table's field labels are in the catalogs. */
const labelSpace: Partial<Record<ImportTable, string>> = {
  contacts: 'contacts.fields',
  organizations: 'organizations.fields',
  screenings: 'screenings.fields',
  metricEntries: 'metrics.entry',
}

/** A stored record's field as the screens name it ("city" of a contact is "City"). */
export function recordFieldLabel(t: TFunction, table: string, field: string): string {
  return t(`${labelSpace[table as ImportTable] ?? 'duplicates.fields'}.${field}`, {
    defaultValue: field,
  })
}

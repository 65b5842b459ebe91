import type { ImportTable } from '../../../../shared/domain/importRun'

/** The names the rest of the app gives each table an import writes to. */
export const tableLabelKeys: Record<ImportTable, string> = {
  campaigns: 'nav.campaigns',
  organizations: 'nav.partners',
  contacts: 'nav.contacts',
  affiliations: 'affiliations.title',
  screenings: 'nav.screenings',
  metricDefinitions: 'nav.metrics',
  metricEntries: 'imports.tables.metricEntries',
}

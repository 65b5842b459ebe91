import type { ExportEntity } from './exportOptions'

/**
 * Columns every export of an entity keeps, whatever else the user leaves out: without them a
 * row cannot be read back as a record, or matched to the one it came from (a person by name or
 * email; a metric value by its metric within its campaign, and the screening or partner its
 * scope names).
 */
const essential: Record<ExportEntity, readonly string[]> = {
  organizations: ['name'],
  contacts: ['firstName', 'lastName', 'emails'],
  screenings: ['title', 'campaign'],
  metricEntries: ['metric', 'campaign', 'value', 'date', 'scope', 'screening', 'organization'],
  // Not imported back, but a row without its title names nothing.
  campaigns: ['title'],
}

export function essentialColumns(entity: ExportEntity): readonly string[] {
  return essential[entity]
}

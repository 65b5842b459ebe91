import type { Table } from 'dexie'
import type { ExportEntity } from '../../../../shared/export'
import { db } from '../../db/db'
import { orderedIds } from '../../db/tableQuery'

const sortFor: Record<ExportEntity, string> = {
  organizations: 'name',
  contacts: 'lastName',
  screenings: 'startKey',
  metricEntries: 'date',
  campaigns: 'title',
}

/** The order of the chooser's export: each table's default sort. */
export const exportAllOrder = (entity: ExportEntity) =>
  ({ sortBy: sortFor[entity], direction: 'asc' }) as const

/** Every live record of an entity, in its table's default order (the menu's chooser). */
export function exportAllIds(entity: ExportEntity): Promise<string[]> {
  return orderedIds(db[entity] as unknown as Table<{ id: string }, string>, sortFor[entity], 'asc')
}

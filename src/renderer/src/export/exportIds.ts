import type { Table } from 'dexie'
import { matchingIdSets, narrow, orderedIds } from '../db/tableQuery'
import type { ReadSets, TableQuery } from '../table/useTableRows'

/**
 * Every id a table's current search and filters keep, in its sort order: what "export this
 * view" exports. Keys only, read the way the table reads them.
 */
export async function exportIds(
  table: Table<{ id: string }, string>,
  query: TableQuery,
  readSets: ReadSets = matchingIdSets,
): Promise<string[]> {
  const [ordered, sets] = await Promise.all([
    orderedIds(table, query.sortBy, query.direction),
    readSets(table, query.search, query.filters),
  ])
  return narrow(ordered, sets)
}

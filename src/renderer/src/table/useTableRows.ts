import type { Table } from 'dexie'
import { useDebouncedValue } from '@mantine/hooks'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { SortDirection } from '../db/repository'
import { type FilterValues, matchingIdSets, narrow, orderedIds } from '../db/tableQuery'

/** How long typing must pause before the search is read from the index. */
export const SEARCH_PAUSE_MS = 80

export type TableQuery = {
  search: string
  filters: FilterValues
  sortBy: string
  direction: SortDirection
}

/**
 * The ids of the rows a table shows, kept current as the data changes. The sorted key list and
 * the search/filter sets are separate live queries, so typing re-reads only the sets.
 */
export function useTableIds(table: Table<{ id: string }, string>, query: TableQuery) {
  // Typing fast must not queue one index read per keystroke: read once the typing pauses.
  const [search] = useDebouncedValue(query.search, SEARCH_PAUSE_MS)
  const ordered = useLiveQuery(
    () => orderedIds(table, query.sortBy, query.direction),
    [table, query.sortBy, query.direction],
  )
  const filterKey = JSON.stringify(query.filters)
  const sets = useLiveQuery(
    () => matchingIdSets(table, search, query.filters),
    // The filters object is compared by its content (filterKey), not its identity.
    [table, search, filterKey],
  )
  return useMemo(
    () => (ordered === undefined || sets === undefined ? undefined : narrow(ordered, sets)),
    [ordered, sets],
  )
}

const BLOCK = 100

/**
 * The records of the rows around the visible ones, read by id in blocks of 100, so scrolling
 * through 100,000 rows never holds more than a few hundred records.
 */
export function useVisibleRows<T extends { id: string }>(
  table: Table<T, string>,
  ids: readonly string[] | undefined,
  firstVisible: number,
  lastVisible: number,
) {
  const start = Math.max(0, Math.floor(firstVisible / BLOCK) * BLOCK)
  const end = (Math.floor(lastVisible / BLOCK) + 1) * BLOCK
  const rows = useLiveQuery(async () => {
    if (!ids) return new Map<string, T>()
    const slice = ids.slice(start, end)
    const found = await table.bulkGet(slice)
    return new Map(found.flatMap((row) => (row ? [[row.id, row] as const] : [])))
  }, [table, ids, start, end])
  return rows ?? new Map<string, T>()
}

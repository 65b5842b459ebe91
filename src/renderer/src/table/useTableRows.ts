import type { Table } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { SortDirection } from '../db/repository'
import { listSearchWords } from '../../../shared/text/searchWords'
import {
  type FilterValues,
  firstRows,
  matchingIdSets,
  narrow,
  orderedIds,
  someOnly,
} from '../db/tableQuery'
import { useReadResult } from './useReadResult'
import { useTableChanges } from './useTableChanges'

export type TableQuery = {
  search: string
  filters: FilterValues
  sortBy: string
  direction: SortDirection
}

/** Reads the id sets a search and filters keep (`null`: nothing narrows the list). */
export type ReadSets = (
  table: Table<{ id: string }, string>,
  search: string,
  filters: FilterValues,
) => Promise<Set<string>[] | null>

/** How many rows are read at once on opening, before the whole sorted list arrives. */
const FIRST_PAGE = 100

/** The rows a table shows, as far as they are read. */
export type TableIds = {
  ids: string[] | undefined
  /** The ids are the whole list (or, with `more`, every match read). */
  complete: boolean
  /** A broad search read only some of its matches: there are more than `ids`. */
  more: boolean
  /** The first page's records, read with its ids: rows show before any other read. */
  firstPage: ReadonlyMap<string, { id: string }> | undefined
}

/**
 * The ids of the rows a table shows, kept current as the data changes. The first page's records
 * are read at once from the sort index, so rows show while the whole sorted key list (a second
 * or more at 100,000 rows) is read; `complete` says when the ids are the whole list. Search and
 * filters are index reads of their own, so typing re-reads only them.
 */
export function useTableIds(
  table: Table<{ id: string }, string>,
  query: TableQuery,
  readSets: ReadSets = matchingIdSets,
): TableIds {
  const { search, sortBy, direction } = query
  const version = useTableChanges(table)
  const sortKey = `${table.name} ${sortBy} ${direction}`
  // Records, not only ids: IndexedDB answers a database's reads in turn, so rows read by id
  // after this would wait behind the whole key list read next.
  const first = useReadResult(sortKey, version, () =>
    firstRows(table, sortBy, direction, FIRST_PAGE),
  )
  const firstPage = useMemo(() => first && new Map(first.map((row) => [row.id, row])), [first])
  const firstIds = useMemo(() => first?.map((row) => row.id), [first])
  const ordered = useReadResult(sortKey, version, () => orderedIds(table, sortBy, direction), {
    wait: first === undefined,
  })
  const filterKey = JSON.stringify(query.filters)
  // Each keystroke reads at once (a read overtaken by a newer one is dropped unseen), and only
  // when it changes the words searched for.
  const words = listSearchWords(search)
  const sets = useReadResult(
    `${table.name} ${words.join(' ')} ${filterKey}`,
    version,
    () => readSets(table, search, query.filters),
    { keepPrevious: true },
  )
  const ids = useMemo(
    () => (ordered === undefined || sets === undefined ? undefined : narrow(ordered, sets)),
    [ordered, sets],
  )
  if (ids) return { ids, complete: true, more: someOnly(sets), firstPage }
  // Until the whole list is read, an unfiltered list shows its first page.
  const narrowed =
    words.length > 0 || Object.values(query.filters).some((values) => values.length > 0)
  return { ids: narrowed ? undefined : firstIds, complete: false, more: false, firstPage }
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

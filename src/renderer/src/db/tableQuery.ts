import Dexie, { type Table } from 'dexie'
import { LIVE } from '../../../shared/domain/record'
import { queryWords } from '../../../shared/text/searchWords'
import type { SortDirection } from './repository'

export type FilterValues = Record<string, readonly (string | number)[]>

/**
 * The ids of live records in the order of a `[deletedAt+sortBy]` index. Reads index keys only,
 * never the records, so 100,000 rows cost one key list, not one table in memory.
 */
export async function orderedIds(
  table: Table<{ id: string }, string>,
  sortBy: string,
  direction: SortDirection,
): Promise<string[]> {
  const ids = await table
    .where(`[deletedAt+${sortBy}]`)
    .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey], true, true)
    .primaryKeys()
  return direction === 'desc' ? ids.reverse() : ids
}

/**
 * The ids matching a search (each word a prefix of some word of the record, through the
 * `searchWords` index) and filters (any of the values, through each field's index). `null`
 * when nothing narrows the list.
 */
export async function matchingIdSets(
  table: Table<{ id: string }, string>,
  search: string,
  filters: FilterValues,
): Promise<Set<string>[] | null> {
  const lookups = [
    ...queryWords(search).map((word) => table.where('searchWords').startsWith(word).primaryKeys()),
    ...Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([field, values]) =>
        table
          .where(field)
          .anyOf([...values])
          .distinct()
          .primaryKeys(),
      ),
  ]
  if (lookups.length === 0) return null
  const sets = (await Promise.all(lookups)).map((ids) => new Set(ids))
  return sets.sort((a, b) => a.size - b.size)
}

/** The ordered ids kept by every set: the rows of the table as the user asked for them. */
export function narrow(ordered: readonly string[], sets: Set<string>[] | null): string[] {
  if (!sets) return [...ordered]
  return ordered.filter((id) => sets.every((set) => set.has(id)))
}

/**
 * The ids of live records whose `field` lies in [lower, upper) (either end open), through the
 * `[deletedAt+field]` index: a date range reads keys only, like a sort.
 */
export async function idsInRange(
  table: Table<{ id: string }, string>,
  field: string,
  lower: string | undefined,
  upper: string | undefined,
): Promise<Set<string>> {
  const ids = await table
    .where(`[deletedAt+${field}]`)
    .between(
      [LIVE, lower ?? Dexie.minKey],
      [LIVE, upper ?? Dexie.maxKey],
      true,
      upper === undefined,
    )
    .primaryKeys()
  return new Set(ids)
}

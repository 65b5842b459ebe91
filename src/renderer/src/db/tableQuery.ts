import Dexie, { type IndexableType, type Table } from 'dexie'
import { LIVE } from '../../../shared/domain/record'
import { listSearchWords } from '../../../shared/text/searchWords'
import type { SortDirection } from './repository'
import { type WordSource, searchIds } from '../../../shared/text/searchIds'

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

/** The first `limit` ids of the list, read at once so the screen shows rows before the rest. */
export async function firstIds(
  table: Table<{ id: string }, string>,
  sortBy: string,
  direction: SortDirection,
  limit: number,
): Promise<string[]> {
  const range = table
    .where(`[deletedAt+${sortBy}]`)
    .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey], true, true)
  return (direction === 'desc' ? range.reverse() : range).limit(limit).primaryKeys()
}

/**
 * The first `limit` records of the list, read at once, in one index read, so the screen shows
 * rows before the whole key list is read, without waiting for another read.
 */
export async function firstRows<T extends { id: string }>(
  table: Table<T, string>,
  sortBy: string,
  direction: SortDirection,
  limit: number,
): Promise<T[]> {
  const range = table
    .where(`[deletedAt+${sortBy}]`)
    .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey], true, true)
  return (direction === 'desc' ? range.reverse() : range).limit(limit).toArray()
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
  const words = listSearchWords(search)
  const lookups = [
    ...(words.length > 0 ? [idsWithWords(table as Searchable, words)] : []),
    ...Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(async ([field, values]) => {
        const ids = await table
          .where(field)
          .anyOf([...values])
          .distinct()
          .primaryKeys()
        return new Set(ids)
      }),
  ]
  if (lookups.length === 0) return null
  const sets = await Promise.all(lookups)
  return sets.sort((a, b) => a.size - b.size)
}

type Searchable = Table<{ id: string; searchWords?: string[] }, string>

/**
 * The matches of a search that stopped reading before it had them all (a broad word: see
 * searchIds); the screen shows them and says there are more.
 */
export class SomeMatches extends Set<string> {}

/** Whether a search's sets hold only some of its matches. */
export const someOnly = (sets: readonly Set<string>[] | null | undefined) =>
  Boolean(sets?.some((set) => set instanceof SomeMatches))

/** The ids of records having every word as a prefix of one of theirs (see searchIds). */
async function idsWithWords(table: Searchable, words: string[]): Promise<Set<string>> {
  const source: WordSource = {
    idsWithPrefix: (prefix, limit) => {
      const range = table.where('searchWords').startsWith(prefix)
      return (limit === undefined ? range : range.limit(limit)).primaryKeys()
    },
    wordsOf: async (ids) => (await table.bulkGet(ids)).map((record) => record?.searchWords),
  }
  const { ids, more } = await searchIds(source, words)
  return more ? new SomeMatches(ids) : ids
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

/**
 * The first `limit` distinct non-empty values of an index, in index order: one short step per
 * value (jump past the last one found), so 30 tags over 100,000 records cost 30 reads, not a
 * walk of all of them.
 */
export async function distinctValues(table: Table, index: string, limit = 500): Promise<string[]> {
  return table.db.transaction('r', table, async () => {
    const values: string[] = []
    let last: IndexableType | undefined
    for (;;) {
      const range = last === undefined ? table.orderBy(index) : table.where(index).above(last)
      const [next] = await range.limit(1).keys()
      if (next === undefined || values.length >= limit) return values
      last = next
      if (next !== '') values.push(String(next))
    }
  })
}

import Dexie, { type IndexableType, type Table } from 'dexie'
import { LIVE } from '../../../shared/domain/record'
import { listSearchWords } from '../../../shared/text/searchWords'
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
 * Up to this many candidates, the other words are checked on the records themselves; up to the
 * larger number when the other words are short (a one- or two-letter prefix's index range holds
 * a large part of the table, and reading it costs more than the candidates' records).
 */
const CHECK_ON_RECORDS = 2_000
const CHECK_SHORT_ON_RECORDS = 10_000

/**
 * The ids of records having every word as a prefix of one of theirs. The longest word is read
 * from the index first (it is usually the rarest); when it leaves few candidates, the other
 * words are checked on those records instead of reading each word's index range.
 */
async function idsWithWords(table: Searchable, words: string[]): Promise<Set<string>> {
  const [seed, ...rest] = [...words].sort((a, b) => b.length - a.length)
  const candidates = new Set(await table.where('searchWords').startsWith(seed!).primaryKeys())
  if (rest.length === 0) return candidates
  const hasAll = (own: readonly string[] = []) =>
    rest.every((word) => own.some((w) => w.startsWith(word)))
  const short = rest.every((word) => word.length <= 2)
  if (candidates.size <= (short ? CHECK_SHORT_ON_RECORDS : CHECK_ON_RECORDS)) {
    const records = await table.bulkGet([...candidates])
    return new Set(
      records.flatMap((record) => (record && hasAll(record.searchWords) ? [record.id] : [])),
    )
  }
  const others = await Promise.all(
    rest.map(
      async (word) => new Set(await table.where('searchWords').startsWith(word).primaryKeys()),
    ),
  )
  return new Set([...candidates].filter((id) => others.every((set) => set.has(id))))
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

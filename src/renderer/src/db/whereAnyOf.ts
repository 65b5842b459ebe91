import type { IndexableType, Table } from 'dexie'

/**
 * The records whose index holds any of the keys, each once. One request per key, all in one read
 * transaction so that IndexedDB runs them together: Dexie's `anyOf` walks a cursor from key to
 * key instead, one round trip per key, which is slow for the thousands of keys an import batch
 * looks up.
 */
export async function whereAnyOf<T extends { id: string }>(
  table: Table<T, string>,
  index: string,
  keys: readonly IndexableType[],
): Promise<T[]> {
  if (!keys.length) return []
  const lists = await table.db.transaction('r', table, () =>
    Promise.all(keys.map((key) => table.where(index).equals(key).toArray())),
  )
  return [...new Map(lists.flat().map((record) => [record.id, record])).values()]
}

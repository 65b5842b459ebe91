import Dexie, { type Table } from 'dexie'
import { useSyncExternalStore } from 'react'

const versions = new Map<string, number>()
const listeners = new Set<() => void>()
let listening = false

/** Counts the committed writes of each table, in this window, its workers and other windows. */
function listen() {
  if (listening) return
  listening = true
  Dexie.on('storagemutated', (parts) => {
    const touched = new Set(Object.keys(parts).map((part) => part.replace(/\/[^/]*$/, '')))
    for (const table of touched) versions.set(table, (versions.get(table) ?? 0) + 1)
    for (const listener of listeners) listener()
  })
}

/** The key Dexie's change notices use for a table: `idb://<database>/<table>`. */
const keyOf = (table: Table) => `idb://${table.db.name}/${table.name}`

/**
 * A number that changes whenever a write to `table` commits. Reading through it instead of a
 * live query keeps Dexie from tracking every key a large read returns (at 100,000 ids that
 * bookkeeping alone takes seconds); any write to the table re-reads, which is what a sorted list
 * needs anyway.
 */
export function useTableChanges(table: Table): number {
  listen()
  const key = keyOf(table)
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    () => versions.get(key) ?? 0,
  )
}

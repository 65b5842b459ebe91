import type { Page } from '@playwright/test'

/** The tables an import writes, read live (not in the trash) from the page's IndexedDB. */
export const importedTables = [
  'contacts',
  'organizations',
  'affiliations',
  'campaigns',
  'screenings',
  'metricDefinitions',
  'metricEntries',
] as const
export type ImportedTable = (typeof importedTables)[number]

export type StoredRecords = Record<ImportedTable, Record<string, unknown>[]>

/** Every live record of the tables an import writes, straight from the app's database. */
export function storedRecords(page: Page): Promise<StoredRecords> {
  return page.evaluate(
    (tables) =>
      new Promise<StoredRecords>((resolve, reject) => {
        const open = indexedDB.open('impact-desk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction([...tables], 'readonly')
          const out = {} as StoredRecords
          for (const table of tables) {
            const all = tx.objectStore(table).getAll()
            all.onsuccess = () => {
              out[table] = (all.result as Record<string, unknown>[]).filter(
                (record) => !record['deletedAt'],
              )
            }
          }
          tx.oncomplete = () => {
            db.close()
            resolve(out)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    importedTables,
  )
}

/** Every record of a table of the app's IndexedDB, read straight from it. */
export function tableRecords<T = Record<string, unknown>>(page: Page, table: string) {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('impact-desk')
        open.onsuccess = () => {
          const all = open.result.transaction(table).objectStore(table).getAll()
          all.onsuccess = () => {
            open.result.close()
            resolve(all.result as T[])
          }
          all.onerror = () => reject(all.error)
        }
        open.onerror = () => reject(open.error)
      }),
    table,
  )
}

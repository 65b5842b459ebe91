import type { Page } from '@playwright/test'

/** Every record of a table of the app's IndexedDB, read straight from it. */
export function storedRecords<T = Record<string, unknown>>(page: Page, table: string) {
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

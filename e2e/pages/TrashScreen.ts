import { type Locator, type Page, expect } from '@playwright/test'

/** The trash at #/trash: a tab per kind of record, each a table of what was deleted. */
export class TrashScreen {
  readonly confirmDialog: Locator

  constructor(readonly page: Page) {
    this.confirmDialog = page.getByRole('dialog', { name: 'Delete forever?' })
  }

  tab(kind: string) {
    return this.page.getByRole('tab', { name: new RegExp(`^${kind}`) })
  }

  table(kind: string) {
    return this.page.getByRole('table', { name: `${kind} in the trash` })
  }

  row(kind: string, name: string) {
    return this.table(kind).getByRole('row').filter({ hasText: name })
  }

  emptyState() {
    return this.page.getByTestId('empty-state')
  }

  async restore(name: string) {
    await this.page.getByRole('button', { name: `Restore ${name}`, exact: true }).click()
  }

  /** Clicks "Delete forever" on a row; the confirmation is left to the test. */
  async askToPurge(name: string) {
    await this.page.getByRole('button', { name: `Delete ${name} forever`, exact: true }).click()
    // Visible from the first frame of its transition; opaque once it has settled.
    await expect(this.confirmDialog).toHaveCSS('opacity', '1')
  }

  async confirmPurge() {
    await this.confirmDialog.getByRole('button', { name: 'Delete forever' }).click()
    await expect(this.confirmDialog).toBeHidden()
  }

  /** Every record of a table as IndexedDB holds it, live or trashed: what "for good" means. */
  storedRecords(table: string) {
    return this.page.evaluate(
      (name) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const open = indexedDB.open('impact-desk')
          open.onsuccess = () => {
            const request = open.result.transaction(name).objectStore(name).getAll()
            request.onsuccess = () => {
              open.result.close()
              resolve(request.result as Record<string, unknown>[])
            }
            request.onerror = () => reject(request.error)
          }
          open.onerror = () => reject(open.error)
        }),
      table,
    )
  }
}

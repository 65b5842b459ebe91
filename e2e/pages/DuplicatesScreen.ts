import { type Locator, type Page, expect } from '@playwright/test'

type StoredRecord = { id: string } & Record<string, unknown>

/** The Duplicates review queue and its merge screen, as an English-speaking user reads them. */
export class DuplicatesScreen {
  readonly heading: Locator
  readonly count: Locator
  readonly suggestions: Locator
  readonly fields: Locator
  readonly result: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 2 }).first()
    this.count = page.getByTestId('duplicates-count')
    this.suggestions = page.getByTestId('suggestion')
    this.fields = page.getByRole('table', { name: 'Fields of both records' })
    this.result = page.getByTestId('merge-result')
  }

  async open() {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Duplicates' }).click()
    await expect(this.heading).toHaveText('Duplicates')
  }

  async showTab(name: 'Contacts' | 'Organizations') {
    await this.page.getByRole('tab', { name }).click()
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
  }

  /** A suggested pair, older record first. */
  suggestion(first: string, second: string) {
    return this.page.getByRole('article', { name: `“${first}” and “${second}”` })
  }

  async notDuplicate(first: string, second: string) {
    await this.suggestion(first, second).getByRole('button', { name: 'Not a duplicate' }).click()
  }

  async openMerge(first: string, second: string) {
    await this.suggestion(first, second).getByRole('button', { name: 'Merge…' }).click()
    await expect(this.heading).toHaveText(/^Merge two /)
  }

  /** The merge screen's row for a field, by its label. */
  field(label: string) {
    return this.fields.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: label, exact: true }),
    })
  }

  async choose(label: string, value: string) {
    await this.field(label).getByRole('radio', { name: value, exact: true }).check()
  }

  async merge() {
    await this.page.getByRole('button', { name: 'Merge', exact: true }).click()
    await expect(this.heading).toHaveText('Duplicates')
  }

  /**
   * Writes records straight into the app's IndexedDB, as another screen or an import would have
   * saved them (derived fields included). Waits for the app to have created the database.
   */
  async store(table: string, records: readonly StoredRecord[]) {
    await expect
      .poll(() =>
        this.page.evaluate(
          async ({ table, records }) => {
            // Opening a database that does not exist yet would create an empty one.
            const databases = await indexedDB.databases()
            if (!databases.some((database) => database.name === 'impact-desk')) return false
            return new Promise<boolean>((resolve, reject) => {
              const open = indexedDB.open('impact-desk')
              open.onerror = () => reject(open.error)
              open.onsuccess = () => {
                const database = open.result
                if (!database.objectStoreNames.contains(table)) {
                  database.close()
                  return resolve(false)
                }
                const tx = database.transaction(table, 'readwrite')
                for (const record of records) tx.objectStore(table).put(record)
                tx.oncomplete = () => (database.close(), resolve(true))
                tx.onerror = () => reject(tx.error)
              }
            })
          },
          { table, records },
        ),
      )
      .toBe(true)
  }

  /** A record as the database holds it now. */
  read(table: string, id: string) {
    return this.page.evaluate(
      ({ table, id }) =>
        new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
          const open = indexedDB.open('impact-desk')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const request = open.result.transaction(table).objectStore(table).get(id)
            request.onsuccess = () => (open.result.close(), resolve(request.result))
            request.onerror = () => reject(request.error)
          }
        }),
      { table, id },
    )
  }
}

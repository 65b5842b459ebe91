import { type Locator, type Page, expect } from '@playwright/test'
import type { AppHandle } from '../host/appHandle'

/** The Import CSV wizard: file, columns, review, import. */
export class ImportWizard {
  readonly page: Page
  readonly preview: Locator
  readonly mapping: Locator
  readonly counts: Locator
  readonly problems: Locator

  constructor(readonly app: AppHandle) {
    this.page = app.page
    this.preview = this.page.getByTestId('import-preview')
    this.mapping = this.page.getByTestId('import-mapping')
    this.counts = this.page.getByTestId('import-counts')
    this.problems = this.page.getByTestId('import-problems')
  }

  /** File > Import CSV…, then the file chosen in the native dialog. */
  async openFromMenu(path: string) {
    await this.app.clickMenu(['File', 'Import CSV…'])
    await expect(this.page.getByRole('heading', { name: 'Import CSV', level: 2 })).toBeVisible()
    await this.app.answerOpenDialog(path)
    await this.page.getByRole('button', { name: 'Choose a file…' }).click()
    await expect(this.preview).toBeVisible()
  }

  /** Dropped on the wizard's drop area. */
  async drop(name: string, bytes: Uint8Array, mimeType = 'text/csv', readable = true) {
    // A fresh wizard each time: away to the Imports screen, then back.
    const origin = new URL(this.page.url()).origin
    await this.page.goto(`${origin}/#/imports`)
    await expect(this.page.getByRole('heading', { name: 'Imports', level: 2 })).toBeVisible()
    await this.page.goto(`${origin}/#/imports/new`)
    await this.page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) })
    if (readable) await expect(this.preview).toBeVisible()
  }

  select(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true })
  }

  async choose(label: string, option: string) {
    await this.select(label).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async next() {
    await this.page.getByRole('button', { name: 'Next' }).click()
  }

  /** From the mapping to the review, which checks every row (a big file takes seconds). */
  async review(timeout?: number) {
    await this.next()
    await expect(this.counts.or(this.page.getByTestId('import-fatal'))).toBeVisible({ timeout })
  }

  count(outcome: 'created' | 'updated' | 'unchanged' | 'skipped' | 'invalid'): Locator {
    return this.counts.locator(`[data-outcome="${outcome}"]`).locator('p').first()
  }

  async run() {
    await this.page.getByTestId('import-start').click()
    await expect(this.page.getByTestId('import-done')).toBeVisible()
  }
}

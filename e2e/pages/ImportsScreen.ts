import { type Locator, type Page, expect } from '@playwright/test'

/** The imports list at #/imports and a run's page at #/imports/:id. */
export class ImportsScreen {
  readonly table: Locator
  readonly undoDialog: Locator
  readonly recordsDialog: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Imports, newest first' })
    this.undoDialog = page.getByRole('dialog', { name: 'Undo this import?' })
    this.recordsDialog = page.getByRole('dialog', { name: 'Records from this import' })
  }

  row(fileName: string) {
    return this.table.getByRole('row').filter({ hasText: fileName })
  }

  async openRun(fileName: string) {
    await this.row(fileName).getByRole('link', { name: fileName }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: fileName })).toBeVisible()
  }

  status() {
    return this.page.getByRole('main').getByTestId('import-status').first()
  }

  async openRecords() {
    await this.page.getByRole('button', { name: 'Open records' }).click()
    await expect(this.recordsDialog).toHaveCSS('opacity', '1')
  }

  async askToUndo() {
    await this.page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect(this.undoDialog).toHaveCSS('opacity', '1')
  }

  async confirmUndo() {
    await this.undoDialog.getByRole('button', { name: 'Undo import' }).click()
    await expect(this.undoDialog).toBeHidden()
  }
}

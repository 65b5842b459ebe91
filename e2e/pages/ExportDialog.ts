import { type Locator, type Page, expect } from '@playwright/test'
import type { AppHandle } from '../host/appHandle'

/** The Export CSV dialog: what, columns, options, then the write with progress and Cancel. */
export class ExportDialog {
  readonly page: Page
  readonly dialog: Locator
  readonly progress: Locator

  constructor(readonly app: AppHandle) {
    this.page = app.page
    this.dialog = this.page.getByRole('dialog', { name: 'Export CSV' })
    this.progress = this.page.getByTestId('export-progress')
  }

  /** The Export CSV button of the table on screen. */
  async openFromTable() {
    await this.page.getByRole('button', { name: 'Export CSV', exact: true }).click()
    await expect(this.dialog).toBeVisible()
  }

  async openFromMenu() {
    await this.app.clickMenu(['File', 'Export CSV…'])
    await expect(this.dialog).toBeVisible()
  }

  async choose(label: string, option: string) {
    await this.dialog.getByRole('combobox', { name: label }).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  column(header: string): Locator {
    return this.dialog.getByRole('checkbox', { name: header, exact: true })
  }

  /** Export…, answering the save dialog with `path` (stubbed before the click opens it). */
  async exportTo(path: string | null) {
    await this.app.answerSaveDialog(path)
    await this.dialog.getByTestId('export-start').click()
  }

  /** Exported: the dialog closes and the notification offers to show the file. */
  async expectSaved(fileName: string) {
    await expect(this.dialog).toBeHidden()
    await expect(this.page.getByText(`Saved ${fileName}`)).toBeVisible()
  }
}

import { type Locator, type Page, expect } from '@playwright/test'
import type { AppHandle } from '../host/appHandle'

/** The Backups screen at #/backups, its restore confirmation and the recovery screen. */
export class BackupsScreen {
  readonly page: Page
  readonly heading: Locator
  readonly rows: Locator
  readonly confirmDialog: Locator
  readonly recoveryHeading: Locator

  constructor(readonly app: AppHandle) {
    this.page = app.page
    this.heading = this.page.getByRole('heading', { level: 2, name: 'Backups' })
    this.rows = this.page.getByTestId('backup-row')
    this.confirmDialog = this.page.getByRole('dialog', { name: 'Restore this backup?' })
    this.recoveryHeading = this.page.getByRole('heading', {
      name: 'Your workspace may have been lost',
    })
  }

  async open() {
    await this.app.clickMenu(['File', 'Backups…'])
    await expect(this.heading).toBeVisible()
  }

  async backUpNow() {
    const before = await this.rows.count()
    await this.page.getByRole('button', { name: 'Back up now' }).click()
    await expect(this.rows).toHaveCount(before + 1)
  }

  /** Clicks "Restore…" on a row, then Restore in the confirmation. */
  async restoreRow(index: number) {
    await this.rows
      .nth(index)
      .getByRole('button', { name: /^Restore the backup of/ })
      .click()
    await this.confirmRestore()
  }

  async confirmRestore() {
    await expect(this.confirmDialog).toHaveCSS('opacity', '1')
    await this.confirmDialog.getByRole('button', { name: 'Restore', exact: true }).click()
    // A restore backs up the present workspace first (a file written and synced to disk), then
    // reads the backup in a worker: seconds on a busy machine.
    await expect(this.confirmDialog).toBeHidden({ timeout: 30_000 })
    // The newest notification: an earlier restore's may still be showing.
    await expect(
      this.page.getByText(/^The workspace was restored from the backup of/).last(),
    ).toBeVisible()
  }

  /**
   * Empties the app's IndexedDB behind its back, as a lost or replaced profile would, and opens
   * the window again. Main's data folder (backups, marker) is left as it was.
   */
  async wipeDatabaseAndReload() {
    const cdp = await this.page.context().newCDPSession(this.page)
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(this.page.url()).origin,
      storageTypes: 'indexeddb',
    })
    await cdp.detach()
    await this.page.reload()
  }
}

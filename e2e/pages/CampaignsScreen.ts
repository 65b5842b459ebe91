import { type Locator, type Page, expect } from '@playwright/test'

export class CampaignsScreen {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Campaigns' })
  }

  async create({ title, logline }: { title: string; logline?: string }) {
    await this.page
      .getByRole('button', { name: /New campaign/ })
      .first()
      .click()
    const dialog = this.page.getByRole('dialog', { name: 'New campaign' })
    await dialog.getByLabel('Title').fill(title)
    if (logline) await dialog.getByLabel('Logline').fill(logline)
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(dialog).toBeHidden()
  }

  row(title: string) {
    return this.table.getByRole('row').filter({ hasText: title })
  }
}

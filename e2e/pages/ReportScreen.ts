import { type Locator, type Page, expect } from '@playwright/test'

/** The printable impact report: its campaign and range, the document, and Save as PDF. */
export class ReportScreen {
  readonly heading: Locator
  readonly document: Locator
  readonly range: Locator
  readonly screenings: Locator
  readonly savePdf: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { level: 2, name: 'Impact report' })
    this.document = page.getByTestId('report-document')
    this.range = page.getByTestId('report-range')
    this.screenings = page.getByTestId('report-screenings')
    this.savePdf = main.getByRole('button', { name: 'Save as PDF' })
  }

  stat(key: string) {
    return this.page.getByTestId(`report-stat-${key}`)
  }

  screening(title: string) {
    return this.screenings.getByRole('row').filter({ hasText: title })
  }

  async chooseCampaign(title: string) {
    await this.page
      .getByRole('main')
      .getByRole('combobox', { name: 'Campaign', exact: true })
      .click()
    await this.page.getByRole('option', { name: title, exact: true }).click()
    await expect(this.document.getByRole('heading', { level: 3 })).toHaveText(title)
  }

  async setRange(from: string, to: string) {
    const main = this.page.getByRole('main')
    await main.getByLabel('From').fill(from)
    // Each end is kept in the address; the second waits for the first to be there.
    await expect(this.range).toContainText('Since')
    await main.getByLabel('To', { exact: true }).fill(to)
  }
}

import { type Locator, type Page, expect } from '@playwright/test'

export type NewMetric = {
  name: string
  campaign: string
  unit?: string
  target?: string
  description?: string
}

export type EntryRow = {
  value: string
  /** `YYYY-MM-DD` */
  date?: string
  /** Words typed into the scope cell, and the option they find. */
  scope?: { search: string; option: string }
  source?: string
}

/** The Metrics list, the New metric form, a metric's page with its entry grid. */
export class MetricsScreen {
  readonly heading: Locator
  readonly dialog: Locator
  readonly entryRow: Locator
  readonly entries: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 2 })
    this.dialog = page.getByRole('dialog', { name: 'New metric' })
    this.entryRow = page.getByTestId('entry-row')
    this.entries = page.getByTestId('metric-entry')
    this.status = page.getByTestId('entry-status')
  }

  row(name: string) {
    return this.page.getByTestId('metric-row').filter({ hasText: name })
  }

  async open(name: string) {
    await this.row(name).getByRole('link', { name }).click()
    await expect(this.heading).toHaveText(name)
  }

  async create(metric: NewMetric) {
    await this.page
      .getByRole('button', { name: /New metric/ })
      .first()
      .click()
    const d = this.dialog
    await expect(d).toBeVisible()
    await d.getByRole('textbox', { name: 'Name' }).fill(metric.name)
    const campaign = d.getByRole('combobox', { name: 'Campaign' })
    if ((await campaign.inputValue()) !== metric.campaign) {
      await campaign.click()
      await this.page.getByRole('option', { name: metric.campaign, exact: true }).click()
    }
    if (metric.unit) {
      await d.getByRole('combobox', { name: 'Unit' }).click()
      await this.page.getByRole('option', { name: metric.unit, exact: true }).click()
    }
    if (metric.target)
      await d.getByRole('textbox', { name: 'Target', exact: true }).fill(metric.target)
    if (metric.description)
      await d.getByRole('textbox', { name: 'How it is collected' }).fill(metric.description)
    await d.getByRole('button', { name: 'Create' }).click()
    await expect(d).toBeHidden()
    await expect(this.heading).toHaveText(metric.name)
  }

  /** Types a row as a person would, from the keyboard, and presses Enter to add it. */
  async typeRow(row: EntryRow) {
    const value = this.entryRow.getByRole('textbox', { name: 'Value' })
    await value.fill(row.value)
    if (row.date) await this.entryRow.getByLabel('Date', { exact: true }).fill(row.date)
    if (row.scope) {
      const scope = this.entryRow.getByRole('combobox', { name: 'Belongs to' })
      await scope.fill(row.scope.search)
      await expect(this.page.getByRole('option', { name: row.scope.option })).toBeVisible()
      await scope.press('ArrowDown')
      await scope.press('Enter')
      await expect(scope).toHaveValue(row.scope.option)
    }
    if (row.source !== undefined)
      await this.entryRow.getByRole('textbox', { name: 'Source' }).fill(row.source)
    await this.entryRow.getByRole('textbox', { name: 'Source' }).press('Enter')
  }

  entry(text: string) {
    return this.entries.filter({ hasText: text })
  }
}

import { type Locator, type Page, expect } from '@playwright/test'

/** A virtualized records table (Partners, Contacts) and its toolbar. */
export class RecordTable {
  readonly grid: Locator
  readonly search: Locator
  readonly rowCount: Locator

  constructor(
    readonly page: Page,
    name: string,
    searchLabel: RegExp,
  ) {
    this.grid = page.getByRole('grid', { name })
    this.search = page.getByRole('textbox', { name: searchLabel })
    this.rowCount = page.getByTestId('row-count')
  }

  rows() {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell') })
  }

  row(text: string) {
    return this.rows().filter({ hasText: text })
  }

  async expectCount(count: number) {
    await expect(this.rowCount).toHaveText(new RegExp(`^${count.toLocaleString('en-US')} rows?$`))
  }

  async firstCells() {
    return this.rows().locator('[role=gridcell]:nth-child(2)').allInnerTexts()
  }

  async filter(field: string, option: string) {
    const filters = this.page.getByRole('dialog', { name: /^Filters/ })
    await this.page.getByRole('button', { name: /^Filters( \d+)?$/ }).click()
    await expect(filters).toBeVisible()
    await filters.getByRole('combobox', { name: field }).click()
    await filters.getByRole('option', { name: option, exact: true }).click()
    await this.page.getByRole('button', { name: /^Filters( \d+)?$/ }).click()
    await expect(filters).toBeHidden()
  }

  async select(text: string) {
    await this.row(text).getByRole('checkbox').check()
  }
}

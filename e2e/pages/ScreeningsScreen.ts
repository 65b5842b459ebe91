import { type Locator, type Page, expect } from '@playwright/test'
import { RecordTable } from './RecordTable'

export type NewScreening = {
  campaign: string
  title: string
  type?: string
  /** `YYYY-MM-DD` and `HH:mm`, the wall clock in `timeZone`. */
  date?: string
  time?: string
  timeZone?: string
  venue?: string
  city?: string
  country?: string
  /** A word to search partners by, and the partner's name. */
  host?: { search: string; name: string }
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The Screenings list, its New screening form, and a screening's page. */
export class ScreeningsScreen {
  readonly table: RecordTable
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.table = new RecordTable(page, 'Screenings', /Search title, venue/)
    this.dialog = page.getByRole('dialog', { name: 'New screening' })
  }

  async openNew() {
    await this.page
      .getByRole('button', { name: /New screening/ })
      .first()
      .click()
    await expect(this.dialog).toBeVisible()
  }

  /** Chooses a day and time in a DateTimePicker by year, month and day, as a person would. */
  async pickDateTime(picker: Locator, date: string, time: string) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number]
    const [hours, minutes] = time.split(':')
    await picker.click()
    const dropdown = this.page.locator('[data-dates-dropdown]')
    await expect(dropdown).toBeVisible()
    // Previous, level, next: the level goes from month to year to decade.
    const level = dropdown.getByRole('button').nth(1)
    await level.click()
    await level.click()
    await dropdown.getByRole('button', { name: String(year), exact: true }).click()
    await dropdown.getByRole('button', { name: new RegExp(`^${months[month - 1]}`) }).click()
    const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', {
      month: 'long',
      timeZone: 'UTC',
    })
    await dropdown.getByRole('button', { name: `${day} ${monthName} ${year}`, exact: true }).click()
    await dropdown.getByRole('spinbutton', { name: 'Hours' }).fill(hours!)
    await dropdown.getByRole('spinbutton', { name: 'Minutes' }).fill(minutes!)
    await dropdown.getByRole('button', { name: 'Use this date and time' }).click()
    await expect(dropdown).toBeHidden()
  }

  async chooseOption(field: Locator, search: string, option: string) {
    await field.click()
    await field.fill(search)
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async fillNew(screening: NewScreening) {
    const d = this.dialog
    if (screening.campaign)
      await this.chooseOption(
        d.getByRole('combobox', { name: 'Campaign' }),
        screening.campaign,
        screening.campaign,
      )
    await d.getByRole('textbox', { name: 'Title' }).fill(screening.title)
    if (screening.type) {
      await d.getByRole('combobox', { name: 'Type' }).click()
      await this.page.getByRole('option', { name: screening.type, exact: true }).click()
    }
    if (screening.timeZone)
      await this.chooseOption(
        d.getByRole('combobox', { name: 'Time zone' }),
        screening.timeZone,
        screening.timeZone,
      )
    if (screening.date && screening.time)
      await this.pickDateTime(
        d.getByRole('button', { name: 'Start' }),
        screening.date,
        screening.time,
      )
    if (screening.venue) await d.getByRole('textbox', { name: 'Venue name' }).fill(screening.venue)
    if (screening.city) await d.getByRole('textbox', { name: 'City' }).fill(screening.city)
    if (screening.country) await d.getByRole('textbox', { name: 'Country' }).fill(screening.country)
    if (screening.host)
      await this.chooseOption(
        d.getByRole('combobox', { name: 'Host partner' }),
        screening.host.search,
        screening.host.name,
      )
  }

  async submitNew() {
    await this.dialog.getByRole('button', { name: 'Create' }).click()
  }

  /** A field of the detail page, by its label, as it reads when not being edited. */
  field(label: string) {
    return this.page
      .locator('.inline-field')
      .filter({ has: this.page.getByRole('button', { name: `Edit ${label}`, exact: true }) })
  }

  async editText(label: string, value: string) {
    await this.page.getByRole('button', { name: `Edit ${label}`, exact: true }).click()
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(value)
    await this.page.getByRole('button', { name: `Save ${label}`, exact: true }).click()
    await expect(this.field(label)).toContainText(value)
  }

  step(status: string) {
    return this.page.getByRole('button', { name: new RegExp(`^(\\d+ )?${status}`) })
  }

  async clearFilters() {
    const toggle = this.page.getByRole('button', { name: /^Filters( \d+)?$/ })
    const filters = this.page.getByRole('dialog', { name: /^Filters/ })
    await toggle.click()
    await expect(filters).toBeVisible()
    await filters.getByRole('button', { name: 'Clear filters' }).click()
    await toggle.click()
    await expect(filters).toBeHidden()
  }

  async setDateRange(from: string, to: string) {
    const toggle = this.page.getByRole('button', { name: /^Dates( \d+)?$/ })
    const dates = this.page.getByRole('dialog', { name: 'Dates' })
    await toggle.click()
    await expect(dates).toBeVisible()
    await dates.getByLabel('Starts from').fill(from)
    await dates.getByLabel('Starts until').fill(to)
    await toggle.click()
    await expect(dates).toBeHidden()
  }
}

import { type Locator, type Page, expect } from '@playwright/test'
import { seed } from '../seed'

/** The English status labels, as the pipeline's column headings show them. */
export const statusNames = {
  requested: 'Requested',
  approved: 'Approved',
  confirmed: 'Confirmed',
  held: 'Held',
  reported: 'Reported',
  cancelled: 'Cancelled',
} as const

export type StatusName = (typeof statusNames)[keyof typeof statusNames]

/** The screenings calendar (#/screenings/calendar) and pipeline board (#/screenings/board). */
export class ScreeningViews {
  readonly heading: Locator
  readonly monthTitle: Locator
  readonly undated: Locator
  readonly viewSwitch: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 2 })
    this.monthTitle = page.getByTestId('calendar-month')
    this.undated = page.getByTestId('calendar-undated')
    this.viewSwitch = page.getByTestId('screenings-view-switch')
  }

  async openCalendar(month?: string) {
    const query = month ? `?month=${month}` : ''
    await this.page.evaluate(
      (hash) => (window.location.hash = hash),
      `#/screenings/calendar${query}`,
    )
    await expect(this.heading).toHaveText('Screening calendar')
  }

  async openBoard() {
    await this.page.evaluate(() => (window.location.hash = '#/screenings/board'))
    await expect(this.heading).toHaveText('Screening pipeline')
  }

  /** Writes stored records into IndexedDB, then reloads so the app reads them. */
  async seed(tables: Record<string, object[]>) {
    for (const [table, records] of Object.entries(tables)) await seed(this.page, table, records)
    await this.page.reload()
  }

  // Calendar

  day(isoDate: string) {
    return this.page.locator(`[data-testid="calendar-day"][data-day="${isoDate}"]`)
  }

  screeningsOn(isoDate: string) {
    return this.day(isoDate).getByTestId('calendar-screening')
  }

  previousMonth() {
    return this.page.getByRole('button', { name: 'Previous month' }).click()
  }

  nextMonth() {
    return this.page.getByRole('button', { name: 'Next month' }).click()
  }

  today() {
    return this.page.getByRole('button', { name: 'Today', exact: true }).click()
  }

  /** The first day shown in the grid's first week, whatever the locale's first weekday. */
  firstDayShown() {
    return this.page.getByTestId('calendar-day').first().getAttribute('data-day')
  }

  // Board

  column(status: StatusName) {
    return this.page.getByRole('region', { name: status, exact: true })
  }

  count(status: StatusName) {
    return this.column(status).getByTestId('column-count')
  }

  card(title: string) {
    return this.page.getByRole('group', { name: title, exact: true })
  }

  cards(status: StatusName) {
    return this.column(status).getByTestId('pipeline-card')
  }

  async drag(title: string, to: StatusName) {
    await this.card(title).dragTo(this.column(to))
  }

  moveButton(title: string) {
    return this.page.getByRole('button', { name: `Move ${title} to…`, exact: true })
  }

  /** Opens the card's "Move to…" menu and picks a status, with the keyboard only. */
  async moveWithKeyboard(title: string, to: StatusName) {
    await this.moveButton(title).focus()
    await this.page.keyboard.press('Enter')
    const target = this.page.getByRole('menuitem', { name: to, exact: true })
    await expect(target).toBeVisible()
    for (let step = 0; step < Object.keys(statusNames).length; step++) {
      if (await target.evaluate((item) => item === document.activeElement)) break
      await this.page.keyboard.press('ArrowDown')
    }
    await expect(target).toBeFocused()
    await this.page.keyboard.press('Enter')
  }

  /** The screening as stored, read straight from IndexedDB. */
  stored(id: string) {
    return this.page.evaluate(
      (key) =>
        new Promise<{ status: string; statusHistory: { status: string; at: string }[] }>(
          (resolve, reject) => {
            const open = indexedDB.open('impact-desk')
            open.onsuccess = () => {
              const request = open.result
                .transaction('screenings')
                .objectStore('screenings')
                .get(key)
              request.onsuccess = () => {
                open.result.close()
                resolve(request.result)
              }
              request.onerror = () => reject(request.error)
            }
            open.onerror = () => reject(open.error)
          },
        ),
      id,
    )
  }
}

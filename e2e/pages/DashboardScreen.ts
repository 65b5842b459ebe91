import { type Locator, type Page, expect } from '@playwright/test'

/** The dashboard: first-run choices, the sample banner, counts and upcoming screenings. */
export class DashboardScreen {
  readonly exploreSample: Locator
  readonly importCsv: Locator
  readonly startEmpty: Locator
  readonly banner: Locator
  readonly upcoming: Locator
  readonly awaitingReport: Locator

  constructor(readonly page: Page) {
    this.exploreSample = page.getByRole('button', { name: /Explore the sample campaign \(UNION\)/ })
    this.importCsv = page.getByRole('link', { name: /Import a CSV/ })
    this.startEmpty = page.getByRole('link', { name: /Start empty/ })
    this.banner = page.getByTestId('sample-banner')
    this.upcoming = page.getByTestId('upcoming-screenings')
    this.awaitingReport = page.getByTestId('awaiting-report')
  }

  count(key: 'campaigns' | 'partners' | 'contacts' | 'screenings') {
    return this.page.getByTestId(`count-${key}`)
  }

  screening(title: string, list: 'upcoming' | 'awaitingReport' = 'upcoming') {
    return this[list].getByTestId('upcoming-screening').filter({ hasText: title })
  }

  async loadSample() {
    await this.exploreSample.click()
    await expect(this.banner).toBeVisible()
  }

  async removeSample() {
    await this.banner.getByRole('button', { name: 'Remove the sample' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Remove the sample?' })
    await dialog.getByRole('button', { name: 'Remove the sample' }).click()
    await expect(dialog).toBeHidden()
  }
}

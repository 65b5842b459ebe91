import { type Locator, type Page, expect } from '@playwright/test'

export type FigureId = 'held' | 'upcoming' | 'attendance' | 'average' | 'rsvp'
export type ChartId = 'series' | 'partners' | 'types' | 'regions' | 'countries' | 'stages'

/** The dashboard's figures: metric headlines, screening figures, charts and the date filter. */
export class DashboardFigures {
  readonly filters: Locator
  readonly scope: Locator

  constructor(readonly page: Page) {
    this.filters = page.getByTestId('dashboard-filters')
    this.scope = page.getByTestId('dashboard-scope')
  }

  /** The value of a screening figure, as shown. */
  figure(id: FigureId) {
    return this.page.getByTestId(`figure-${id}`).getByTestId('figure-value')
  }

  metric(name: string) {
    return this.page.getByTestId('metric-headline').filter({ hasText: name })
  }

  metricValue(name: string) {
    return this.metric(name).getByTestId('metric-value')
  }

  /** The share of held screenings with an accessibility feature, as shown ("67%"). */
  access(key: 'captions' | 'audioDescription' | 'asl') {
    return this.page.getByTestId(`access-${key}`).getByTestId('access-share')
  }

  chart(id: ChartId) {
    return this.page.getByTestId(`chart-${id}`)
  }

  /** Picks a preset of the date filter by its label ("Last 30 days"). */
  async showDates(label: string) {
    await this.filters.getByText(label, { exact: true }).click()
  }

  /** Switches a chart to its table view and reads its rows, header cells first. */
  async tableOf(id: ChartId): Promise<string[][]> {
    const chart = this.chart(id)
    // From the keyboard: the header, fixed above the page, may cover the control.
    await chart.getByRole('radio', { name: 'Table' }).focus()
    await this.page.keyboard.press('Space')
    const table = chart.getByRole('table')
    await expect(table).toBeVisible()
    const rows = table.getByRole('row')
    const count = await rows.count()
    const out: string[][] = []
    for (let i = 0; i < count; i++) {
      // Each row opens with its header cell (the category), then its values.
      out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((text) => text.trim()))
    }
    return out
  }
}

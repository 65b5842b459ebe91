import { type Locator, type Page, expect } from '@playwright/test'
import { Shell } from './Shell'

/** What the import wizard says about dates, clock changes and records it will make. */
export class ImportChecks {
  readonly dateGuess: Locator
  readonly clockChanges: Locator
  readonly newLinks: Locator
  readonly needsCampaign: Locator

  constructor(readonly page: Page) {
    this.dateGuess = page.getByTestId('import-date-guess')
    this.clockChanges = page.getByTestId('import-clock-changes')
    this.newLinks = page.getByTestId('import-new-links')
    this.needsCampaign = page.getByTestId('import-needs-campaign')
  }

  /** A default value on the Columns step, typed once for every row. */
  async giveDefault(label: string, value: string) {
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(value)
  }

  clockRow(row: number): Locator {
    return this.clockChanges.locator(`tr[data-row="${row}"]`)
  }

  stored(row: number): Locator {
    return this.clockRow(row).getByTestId('import-clock-stored')
  }

  async choose(row: number, option: string) {
    await this.clockRow(row).getByRole('radio', { name: option }).check()
  }

  /** The page in both themes at both laptop sizes, back in light at 1280x800 afterwards. */
  async screenshots(name: string, ready: Locator) {
    const shell = new Shell(this.page)
    for (const theme of ['light', 'dark']) {
      if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
      await expect.poll(() => shell.colorScheme()).toBe(theme)
      // Away from the toggle, so its tooltip is not in the picture.
      await this.page.mouse.move(1, 1)
      for (const [width, height] of [
        [1024, 640],
        [1280, 800],
      ] as const) {
        await this.page.setViewportSize({ width, height })
        await ready.scrollIntoViewIfNeeded()
        await this.page.screenshot({
          path: `test-results/screenshots/${name}-${theme}-${width}x${height}.png`,
        })
      }
    }
    await shell.themeToggle.click()
    await expect.poll(() => shell.colorScheme()).toBe('light')
  }
}

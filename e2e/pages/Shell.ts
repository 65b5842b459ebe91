import { type Locator, type Page, expect } from '@playwright/test'

/** The sidebar's sections, in order, as an English-speaking user reads them. */
export const sectionNames = [
  'Dashboard',
  'Campaigns',
  'Screenings',
  'Partners',
  'Contacts',
  'Metrics',
  'Imports',
  'Duplicates',
  'Trash',
]

/** The window's frame: sidebar, header controls and command palette. */
export class Shell {
  readonly sidebar: Locator
  readonly heading: Locator
  readonly themeToggle: Locator

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation')
    this.heading = page.getByRole('main').getByRole('heading', { level: 2 }).first()
    this.themeToggle = page.getByRole('button', { name: 'Toggle dark theme' })
  }

  async ready() {
    await expect(this.sidebar).toBeVisible()
  }

  async goTo(section: string) {
    await this.sidebar.getByRole('link', { name: section }).click()
    await expect(this.heading).toHaveText(section)
  }

  async openPalette() {
    // Let a closing palette finish its transition, as a person would see it go.
    await expect(this.page.getByRole('dialog')).toHaveCount(0)
    await this.page.keyboard.press('ControlOrMeta+K')
    const search = this.page.getByRole('dialog').getByRole('textbox')
    await expect(search).toBeVisible()
    return search
  }

  /** Types into the palette and picks the first match with Enter, once it shows `expected`. */
  async jumpWithPalette(query: string, expected = query) {
    const search = await this.openPalette()
    await search.fill(query)
    await expect(this.page.locator('.mantine-Spotlight-action').first()).toContainText(expected)
    await this.page.keyboard.press('Enter')
  }

  colorScheme() {
    return this.page.locator('html').getAttribute('data-mantine-color-scheme')
  }

  async chooseLanguage(name: string) {
    await this.page.getByRole('button', { name: /Language|اللغة|Idioma|Langue|Lang/ }).click()
    await this.page.getByRole('menuitem', { name }).click()
  }
}

import { type Locator, type Page, expect } from '@playwright/test'
import { CampaignsScreen } from './CampaignsScreen'

/** One campaign's page: its fields, partners, similar-campaign links and neighbourhood. */
export class CampaignPage {
  readonly heading: Locator
  readonly links: Locator
  readonly suggestions: Locator
  readonly neighbourhood: Locator
  readonly partners: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 2 })
    this.links = page.getByRole('region', { name: 'Similar campaigns' })
    this.suggestions = page.getByTestId('link-suggestion')
    this.neighbourhood = page.getByTestId('neighbourhood')
    this.partners = page.getByRole('region', { name: 'Partners' })
  }

  /** Opens a campaign from the Campaigns list by its title. */
  async open(title: string) {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Campaigns' }).click()
    await new CampaignsScreen(this.page).row(title).getByRole('link', { name: title }).click()
    await expect(this.heading).toHaveText(title)
  }

  async editField(label: string) {
    await this.page.getByRole('button', { name: `Edit ${label}`, exact: true }).click()
  }

  async saveField(label: string) {
    await this.page.getByRole('button', { name: `Save ${label}`, exact: true }).click()
  }

  async setText(label: string, value: string) {
    await this.editField(label)
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(value)
    await this.saveField(label)
  }

  async setIssueTags(tags: string[]) {
    await this.editField('Issue tags')
    const input = this.page.getByRole('combobox', { name: 'Issue tags', exact: true })
    // A comma ends a tag without the Enter that would save the field half-typed.
    for (const tag of tags) await input.pressSequentially(`${tag},`)
    await this.saveField('Issue tags')
    for (const tag of tags) await expect(this.page.getByText(tag, { exact: true })).toBeVisible()
  }

  async addPartner(search: string, name: string) {
    const input = this.partners.getByRole('combobox', { name: 'Add partner' })
    await input.fill(search)
    await this.page.getByRole('option', { name, exact: true }).click()
    await expect(this.partners.getByRole('link', { name, exact: true })).toBeVisible()
  }

  suggestion(title: string) {
    return this.suggestions.filter({ hasText: title })
  }

  link(name: string) {
    return this.page.getByTestId('campaign-link').filter({ hasText: name })
  }

  async addExternalLink({ name, url, type }: { name: string; url?: string; type?: string }) {
    await this.links.getByRole('button', { name: 'Link a campaign' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Link a campaign' })
    await dialog.getByText('Elsewhere', { exact: true }).click()
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
    if (url !== undefined) await dialog.getByRole('textbox', { name: 'Web address' }).fill(url)
    if (type) {
      await dialog.getByRole('combobox', { name: 'Kind of link' }).click()
      await this.page.getByRole('option', { name: type, exact: true }).click()
    }
    await dialog.getByRole('button', { name: 'Link', exact: true }).click()
    return dialog
  }
}

import type { Locator, Page } from '@playwright/test'

/** Picks a level on the relationship strength scale, as a person clicks it. */
export async function chooseStrength(scope: Page | Locator, level: number) {
  await scope
    .getByRole('radiogroup', { name: 'Relationship strength' })
    .locator('label')
    .filter({ hasText: new RegExp(`^${level}$`) })
    .click()
}

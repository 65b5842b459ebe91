import { deriveScreening, screeningSchema } from '../src/shared/domain/screening'
import { type ScreeningInput } from '../src/shared/domain/screening'
import { expect, test } from './fixtures'
import { CampaignsScreen } from './pages/CampaignsScreen'
import { ScreeningsScreen } from './pages/ScreeningsScreen'
import { Shell } from './pages/Shell'
import { organizationRecords, seed } from './seed'

const partners = organizationRecords([
  { name: 'Hot Docs', type: 'festival', city: 'Toronto', country: 'Canada' },
  { name: 'Amazon Labor Union', type: 'union', country: 'United States' },
  ...Array.from({ length: 40 }, (_, i) => ({ name: `Partner ${i}`, type: 'nonprofit' as const })),
])

/** Other screenings, as an earlier session left them, so the filters have something to leave out. */
function otherScreenings(campaignId: string) {
  const inputs: ScreeningInput[] = [
    {
      campaignId,
      title: 'UNION at the union hall',
      type: 'unionHall',
      startsAt: '2024-05-10T23:00:00.000Z',
      timeZone: 'America/New_York',
      venue: { name: 'Local 1 hall', city: 'Staten Island', country: 'United States' },
      hostOrganizationId: 'org-1',
      status: 'confirmed',
      accessibility: { closedCaptions: true },
    },
    {
      campaignId,
      title: 'UNION campus night',
      type: 'campus',
      startsAt: '2024-04-28T16:00:00.000Z',
      timeZone: 'Europe/Paris',
      venue: { city: 'Paris', country: 'France' },
      status: 'reported',
    },
    { campaignId, title: 'Undated request', status: 'requested' },
  ]
  return inputs.map((input, index) => {
    const fields = screeningSchema.parse(input)
    const at = new Date().toISOString()
    return {
      ...fields,
      ...deriveScreening(fields),
      id: `screening-${index}`,
      createdAt: at,
      updatedAt: at,
      deletedAt: '',
    }
  })
}

test.beforeEach(async ({ app }) => {
  await new Shell(app.page).ready()
  await seed(app.page, 'organizations', partners)
})

test('schedule a screening and take it from request to report', async ({ app }) => {
  // One journey through every screen of a screening: longer than the default budget.
  test.setTimeout(240_000)
  const { page } = app
  const shell = new Shell(page)
  const screenings = new ScreeningsScreen(page)

  await shell.goTo('Campaigns')
  await new CampaignsScreen(page).create({ title: 'UNION' })

  await shell.goTo('Screenings')
  await expect(page.getByTestId('empty-state')).toContainText('No screenings yet')

  // Invalid input says what is wrong on each field and saves nothing.
  await page.keyboard.press('ControlOrMeta+N')
  await expect(screenings.dialog).toBeVisible()
  await screenings.submitNew()
  await expect(screenings.dialog.getByText('This is required')).toHaveCount(2)
  await screenings.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(screenings.dialog).toBeHidden()
  await expect(page.getByTestId('empty-state')).toBeVisible()

  await screenings.openNew()
  await screenings.fillNew({
    campaign: 'UNION',
    title: 'UNION at Hot Docs',
    type: 'Festival',
    timeZone: 'America/Toronto',
    date: '2024-04-28',
    time: '18:00',
    venue: 'TIFF Lightbox',
    city: 'Toronto',
    country: 'Canada',
    host: { search: 'hot', name: 'Hot Docs' },
  })
  await page.screenshot({ path: 'test-results/screenshots/screenings-new-light.png' })
  await screenings.submitNew()
  await expect(screenings.dialog).toBeHidden()

  // The machine runs in UTC; the screening reads in Toronto time.
  await expect(page.getByRole('heading', { name: 'UNION at Hot Docs' })).toBeVisible()
  const start = screenings.field('Start')
  await expect(start).toHaveText('Apr 28, 2024, 6:00 PM EDT')
  await expect(screenings.field('Host partner')).toHaveText('Hot Docs')

  await page.getByRole('checkbox', { name: 'Closed captions' }).check()
  await page.getByRole('checkbox', { name: 'Audio description' }).check()
  await page.getByRole('checkbox', { name: 'ASL interpretation' }).check()
  await expect(page.getByRole('checkbox', { name: 'ASL interpretation' })).toBeChecked()
  await screenings.editText('ASL for', 'Q&A')

  for (const status of ['Approved', 'Confirmed', 'Held', 'Reported']) {
    await screenings.step(status).click()
    await expect(page.getByTestId('status-badge')).toHaveText(status)
    // Each change is dated, in the screening's zone.
    await expect(screenings.step(status)).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}/)
  }
  await expect(screenings.step('Requested')).toContainText(/\d{4}/)

  await page.reload()
  await expect(start).toHaveText('Apr 28, 2024, 6:00 PM EDT')
  await expect(page.getByTestId('status-badge')).toHaveText('Reported')
  await expect(page.getByRole('checkbox', { name: 'Audio description' })).toBeChecked()
  await expect(screenings.field('ASL for')).toHaveText('Q&A')
  await page.screenshot({
    path: 'test-results/screenshots/screenings-detail-light.png',
    fullPage: true,
  })

  // The list, with screenings from an earlier session beside it.
  const campaignId = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('impact-desk')
        open.onsuccess = () => {
          const req = open.result.transaction('campaigns').objectStore('campaigns').getAll()
          req.onsuccess = () => {
            open.result.close()
            resolve((req.result as { id: string }[])[0]!.id)
          }
        }
      }),
  )
  await seed(page, 'screenings', otherScreenings(campaignId))
  await shell.goTo('Screenings')
  const { table } = screenings
  await table.expectCount(4)
  // Sorted by start; undated requests first.
  await expect
    .poll(() => table.firstCells())
    .toEqual([
      'Undated request',
      'UNION campus night',
      'UNION at Hot Docs',
      'UNION at the union hall',
    ])
  await expect(table.row('UNION at Hot Docs')).toContainText('Apr 28, 2024, 6:00 PM EDT')
  await expect(table.row('UNION campus night')).toContainText('Apr 28, 2024, 6:00 PM GMT+2')
  await page.screenshot({ path: 'test-results/screenshots/screenings-list-light.png' })

  await table.search.fill('lightbox')
  await table.expectCount(1)
  await table.search.fill('')
  await table.expectCount(4)

  await table.filter('Status', 'Reported')
  await table.expectCount(2)
  await table.filter('Accessibility', 'Audio description')
  await table.expectCount(1)
  await expect(table.row('UNION at Hot Docs')).toBeVisible()
  await screenings.clearFilters()
  await table.expectCount(4)

  await table.filter('Partner', 'Hot Docs')
  await table.expectCount(1)
  await screenings.clearFilters()

  await screenings.setDateRange('2024-04-28', '2024-04-28')
  await table.expectCount(2)
  await screenings.setDateRange('2024-05-01', '2024-05-31')
  await table.expectCount(1)
  await expect(table.row('UNION at the union hall')).toBeVisible()
  await screenings.setDateRange('', '')
  await table.expectCount(4)

  await shell.themeToggle.click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await page.screenshot({ path: 'test-results/screenshots/screenings-list-dark.png' })
  await table.row('UNION at Hot Docs').click()
  await expect(start).toHaveText('Apr 28, 2024, 6:00 PM EDT')
  await page.screenshot({
    path: 'test-results/screenshots/screenings-detail-dark.png',
    fullPage: true,
  })
  await shell.goTo('Screenings')
  await screenings.openNew()
  await screenings.fillNew({
    campaign: 'UNION',
    title: 'Dark preview',
    host: { search: 'amazon', name: 'Amazon Labor Union' },
  })
  await page.screenshot({ path: 'test-results/screenshots/screenings-new-dark.png' })
})

test('deleting a screening moves it to the trash, with Undo', async ({ app }) => {
  const { page } = app
  const shell = new Shell(page)
  const screenings = new ScreeningsScreen(page)
  await seed(page, 'campaigns', [])
  await seed(page, 'screenings', otherScreenings('campaign-x'))
  await shell.goTo('Screenings')
  await screenings.table.expectCount(3)
  await screenings.table.row('UNION campus night').click()
  await page.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('“UNION campus night” moved to the trash')).toBeVisible()
  await screenings.table.expectCount(2)
  await page.getByRole('button', { name: 'Undo' }).click()
  await screenings.table.expectCount(3)
})

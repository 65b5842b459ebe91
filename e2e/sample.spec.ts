import { expect, test } from './fixtures'
import { CampaignsScreen } from './pages/CampaignsScreen'
import { DashboardScreen } from './pages/DashboardScreen'
import { Shell } from './pages/Shell'

/** The sample's season is spring 2024: view it as a week before UNION at Hot Docs. */
const SEASON_NOW = new Date('2024-04-20T12:00:00Z')

async function inSeason(page: import('@playwright/test').Page) {
  await page.clock.setFixedTime(SEASON_NOW)
  await page.reload()
}

async function themes(shell: Shell, shoot: (theme: string) => Promise<unknown>) {
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await expect.poll(() => shell.colorScheme()).toBe(theme)
    // The toggle's tooltip is not part of the picture.
    await shell.page.mouse.move(0, 0)
    await expect(shell.page.getByRole('tooltip')).toHaveCount(0)
    await shoot(theme)
  }
}

test('the first run offers the sample, an import or an empty start', async ({ app }) => {
  const shell = new Shell(app.page)
  const dashboard = new DashboardScreen(app.page)
  await shell.ready()
  await expect(app.page.getByText('Welcome to Impact Desk')).toBeVisible()
  await expect(dashboard.exploreSample).toBeVisible()
  await expect(dashboard.importCsv).toHaveAttribute('href', '#/imports/new')
  await expect(dashboard.startEmpty).toHaveAttribute('href', '#/campaigns?new=1')
  await themes(shell, (theme) =>
    app.page.screenshot({ path: `test-results/screenshots/dashboard-first-run-${theme}.png` }),
  )
  await dashboard.startEmpty.click()
  await expect(app.page.getByRole('dialog', { name: 'New campaign' })).toBeVisible()
})

test('the sample loads with its counts and upcoming screenings, and survives a reload', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const dashboard = new DashboardScreen(app.page)
  await shell.ready()
  await inSeason(app.page)
  await dashboard.loadSample()

  await expect(dashboard.count('campaigns')).toHaveText(/^2\s*Campaigns$/)
  await expect(dashboard.count('partners')).toHaveText(/^11\s*Partners$/)
  await expect(dashboard.count('contacts')).toHaveText(/^13\s*Contacts$/)
  await expect(dashboard.count('screenings')).toHaveText(/^12\s*Screenings$/)

  // Hot Docs in its own time zone: 6:00 PM in Toronto, whatever the machine's zone.
  const hotDocs = dashboard.screening('UNION at Hot Docs')
  await expect(hotDocs).toContainText('Apr 28, 2024, 6:00 PM (America/Toronto)')
  await expect(hotDocs).toContainText('Hot Docs')
  await expect(hotDocs).toContainText('Confirmed')
  await expect(hotDocs.getByTestId(/^lacks-/)).toHaveCount(0)
  await expect(hotDocs).toHaveAttribute('href', /#\/screenings\/sample-screening-hotdocs$/)
  // Bessemer's start is shown in Central time.
  await expect(dashboard.screening('Bessemer community screening')).toContainText(
    'May 9, 2024, 6:00 PM (America/Chicago)',
  )

  const spanish = dashboard.screening('Proyección virtual en español')
  await expect(spanish.getByTestId('lacks-hostContact')).toHaveText('No host contact')
  await expect(spanish.getByTestId('lacks-captions')).toHaveText('Captions not confirmed')
  await expect(dashboard.screening('Student union screening')).toHaveCount(0)

  const faith = dashboard.screening('Faith & Labor community night', 'awaitingReport')
  await expect(faith.getByTestId('lacks-report')).toHaveText('No host report')
  await expect(dashboard.awaitingReport).not.toContainText('UNION at the ALU hall')

  await app.page.reload()
  await expect(dashboard.banner).toContainText('You are exploring the sample campaign')
  await expect(dashboard.count('screenings')).toHaveText(/^12\s*Screenings$/)
  await app.page.mouse.move(0, 0)
  await expect(app.page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 })
  await themes(shell, (theme) =>
    app.page.screenshot({
      path: `test-results/screenshots/dashboard-sample-${theme}.png`,
    }),
  )
})

test('removing the sample after a confirmation keeps what the user made', async ({ app }) => {
  const shell = new Shell(app.page)
  const dashboard = new DashboardScreen(app.page)
  await shell.ready()
  await dashboard.loadSample()
  await shell.goTo('Campaigns')
  await new CampaignsScreen(app.page).create({ title: 'My own campaign' })
  await shell.goTo('Dashboard')
  await expect(dashboard.count('campaigns')).toHaveText(/^3\s*Campaigns$/)

  // Cancel leaves everything in place.
  await dashboard.banner.getByRole('button', { name: 'Remove the sample' }).click()
  await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await expect(dashboard.count('campaigns')).toHaveText(/^3\s*Campaigns$/)

  await dashboard.removeSample()
  await expect(app.page.getByText(/The sample was removed \(\d+ records\)/)).toBeVisible()
  await expect(dashboard.banner).toHaveCount(0)
  await expect(dashboard.count('campaigns')).toHaveText(/^1\s*Campaigns$/)
  await expect(dashboard.count('partners')).toHaveText(/^0\s*Partners$/)
  await expect(dashboard.count('screenings')).toHaveText(/^0\s*Screenings$/)
  await shell.goTo('Campaigns')
  await expect(new CampaignsScreen(app.page).row('My own campaign')).toBeVisible()
  await expect(new CampaignsScreen(app.page).row('UNION')).toHaveCount(0)
})

test('removing the sample from an otherwise empty workspace brings back the first run', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const dashboard = new DashboardScreen(app.page)
  await shell.ready()
  await dashboard.loadSample()
  await dashboard.removeSample()
  await expect(dashboard.exploreSample).toBeVisible()
  await app.page.reload()
  await expect(dashboard.exploreSample).toBeVisible()
})

import { expect, test } from './fixtures'
import { CampaignsScreen } from './pages/CampaignsScreen'
import { Shell, sectionNames } from './pages/Shell'

const sections = sectionNames

test('every screen renders in both themes without a console error', async ({ app }) => {
  const problems: string[] = []
  app.page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  app.page.on('pageerror', (error) => problems.push(error.message))

  const shell = new Shell(app.page)
  await shell.ready()
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    for (const section of sections) {
      await shell.goTo(section)
      await app.page.screenshot({
        path: `test-results/screenshots/${section.toLowerCase()}-${theme}.png`,
      })
    }
    await shell.openPalette()
    await app.page.keyboard.type('camp')
    await app.page.screenshot({ path: `test-results/screenshots/palette-${theme}.png` })
    await app.page.keyboard.press('Escape')
  }
  expect(problems).toEqual([])
})

test('the dashboard counts what the workspace holds', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.goTo('Campaigns')
  await new CampaignsScreen(app.page).create({ title: 'UNION' })
  await shell.goTo('Dashboard')
  await expect(app.page.getByTestId('count-campaigns')).toHaveText(/^1\s*Campaigns$/)
  await expect(app.page.getByTestId('count-partners')).toHaveText(/^0\s*Partners$/)
  await app.page.screenshot({ path: 'test-results/screenshots/dashboard-counts.png' })
  await shell.goTo('Campaigns')
  await app.page
    .getByRole('button', { name: /New campaign/ })
    .first()
    .click()
  await app.page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
  await expect(app.page.getByRole('dialog').getByText('Give the campaign a title')).toBeVisible()
  await app.page.screenshot({ path: 'test-results/screenshots/campaign-form-error.png' })
})

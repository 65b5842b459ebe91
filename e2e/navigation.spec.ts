import packageJson from '../package.json'
import { expect, test } from './fixtures'
import { Shell, sectionNames } from './pages/Shell'

const sections = sectionNames

test('every section is reachable from the sidebar', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  for (const section of [...sections.slice(1), sections[0]!]) {
    await shell.goTo(section)
    await expect(shell.sidebar.getByRole('link', { name: section })).toHaveAttribute(
      'data-active',
      'true',
    )
  }
})

test('every section is reachable from the command palette', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  for (const section of sections) {
    await shell.jumpWithPalette(section)
    await expect(shell.heading).toHaveText(section)
  }
})

test('the palette matches without accents and in the chosen language', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  await shell.chooseLanguage('Español')
  await shell.jumpWithPalette('metricas', 'Métricas')
  await expect(shell.heading).toHaveText('Métricas')
})

test('Ctrl/Cmd+N on Campaigns opens a new campaign', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.goTo('Campaigns')
  await app.page.keyboard.press('ControlOrMeta+N')
  const dialog = app.page.getByRole('dialog', { name: 'New campaign' })
  await expect(dialog).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('an unknown address says so and offers a way back', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  await app.page.evaluate(() => (window.location.hash = '#/no-such-screen'))
  await expect(app.page.getByText('There is nothing at this address')).toBeVisible()
  await app.page.getByRole('link', { name: 'Back to the dashboard' }).click()
  await expect(shell.heading).toHaveText('Dashboard')
})

test('File > Import CSV… opens the import wizard', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  await app.clickMenu(['File', 'Import CSV…'])
  await expect(shell.heading).toHaveText('Import CSV')
})

test('Help > About shows the version', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  await app.clickMenu(['Help', 'About Impact Desk'])
  const dialog = app.page.getByRole('dialog', { name: 'About Impact Desk' })
  await expect(dialog.getByText(`Version ${packageJson.version}`)).toBeVisible()
})

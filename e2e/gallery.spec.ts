import { expect, test } from './fixtures'
import { CampaignsScreen } from './pages/CampaignsScreen'
import { Shell, sectionNames } from './pages/Shell'
import { contactRecords, organizationRecords, seed } from './seed'

const sections = sectionNames

test('every screen renders in both themes without a console error', async ({ app }) => {
  // Twenty screens and screenshots: about 26 s on an idle machine, more beside other tests.
  test.setTimeout(90_000)
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

test('partner and contact screens in both themes', async ({ app }) => {
  const problems: string[] = []
  app.page.on('pageerror', (error) => problems.push(error.message))
  const shell = new Shell(app.page)
  await shell.ready()
  const [org] = organizationRecords([
    {
      name: 'Amazon Labor Union-IBT Local 1',
      type: 'union',
      stage: 'activePartner',
      strength: 1,
      city: 'Staten Island',
      country: 'United States',
      languages: ['en', 'es', 'ht', 'ar'],
      tags: ['labor', 'JFK8'],
    },
  ])
  const [contact] = contactRecords([
    {
      firstName: 'Marisol',
      lastName: 'Peña',
      emails: [{ address: 'marisol@example.org', primary: true }],
      organizationNames: ['Amazon Labor Union-IBT Local 1'],
      tags: ['speaker'],
      strength: 2,
      consent: { given: true, source: 'Sign-up form', date: '2024-04-28' },
    },
  ])
  await seed(app.page, 'organizations', [org!])
  await seed(app.page, 'contacts', [contact!])
  await seed(app.page, 'affiliations', [
    {
      id: 'aff-1',
      contactId: contact!.id,
      organizationId: org!.id,
      role: 'Organizer',
      createdAt: org!.createdAt,
      updatedAt: org!.updatedAt,
      deletedAt: '',
    },
  ])
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.evaluate((id) => (window.location.hash = `#/partners/${id}`), org!.id)
    await expect(app.page.getByRole('heading', { level: 2, name: org!.name })).toBeVisible()
    await app.page.screenshot({
      path: `test-results/screenshots/organization-${theme}.png`,
      fullPage: true,
    })
    await app.page.evaluate((id) => (window.location.hash = `#/contacts/${id}`), contact!.id)
    await expect(app.page.getByRole('heading', { level: 2, name: 'Marisol Peña' })).toBeVisible()
    await app.page.screenshot({
      path: `test-results/screenshots/contact-${theme}.png`,
      fullPage: true,
    })
    await shell.goTo('Partners')
    await app.page.screenshot({ path: `test-results/screenshots/partners-table-${theme}.png` })
    await shell.goTo('Contacts')
    await app.page.screenshot({ path: `test-results/screenshots/contacts-table-${theme}.png` })
  }
  expect(problems).toEqual([])
})

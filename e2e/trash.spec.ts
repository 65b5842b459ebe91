import { expect, test } from './fixtures'
import { BoardScreen } from './pages/BoardScreen'
import { CampaignsScreen } from './pages/CampaignsScreen'
import { Shell } from './pages/Shell'
import { contactRecords, seed } from './seed'
import { TrashScreen } from './pages/TrashScreen'

test('a campaign deleted on Campaigns waits in the Trash and can be restored', async ({ app }) => {
  const shell = new Shell(app.page)
  const campaigns = new CampaignsScreen(app.page)
  const trash = new TrashScreen(app.page)
  await shell.goTo('Trash')
  await expect(trash.emptyState()).toContainText('The trash is empty')

  await shell.goTo('Campaigns')
  await campaigns.create({ title: 'Bessemer', logline: 'Organizing at the Amazon warehouse' })
  await campaigns.create({ title: 'UNION' })
  await campaigns.row('Bessemer').getByRole('button', { name: 'Delete Bessemer' }).click()
  await expect(campaigns.row('Bessemer')).toHaveCount(0)

  await shell.goTo('Trash')
  await expect(trash.tab('Campaigns')).toHaveAttribute('aria-selected', 'true')
  await expect(trash.tab('Campaigns')).toContainText('1')
  const row = trash.row('Campaigns', 'Bessemer')
  await expect(row).toContainText('Organizing at the Amazon warehouse')
  // When it was deleted, in the locale's format: "Nov 22, 2026, 2:03 AM".
  await expect(row).toContainText(/\w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}/)

  await trash.restore('Bessemer')
  await expect(app.page.getByText('“Bessemer” restored')).toBeVisible()
  await expect(trash.emptyState()).toBeVisible()
  await shell.goTo('Campaigns')
  await expect(campaigns.row('Bessemer')).toBeVisible()
  await expect(campaigns.row('UNION')).toBeVisible()
})

test('"Delete forever" asks first, then removes the record for good', async ({ app }) => {
  const shell = new Shell(app.page)
  const campaigns = new CampaignsScreen(app.page)
  const trash = new TrashScreen(app.page)
  await shell.goTo('Campaigns')
  await campaigns.create({ title: 'Bessemer' })
  await campaigns.create({ title: 'We Strangers' })
  for (const title of ['Bessemer', 'We Strangers']) {
    await campaigns
      .row(title)
      .getByRole('button', { name: `Delete ${title}` })
      .click()
    await expect(campaigns.row(title)).toHaveCount(0)
  }

  await shell.goTo('Trash')
  await trash.askToPurge('Bessemer')
  await expect(trash.confirmDialog).toContainText(
    '“Bessemer” will be deleted for good. This cannot be undone.',
  )
  // Cancel is the default: Enter on the open dialog keeps the record.
  await expect(trash.confirmDialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await app.page.screenshot({ path: 'test-results/screenshots/trash-confirm-light.png' })
  await app.page.keyboard.press('Enter')
  await expect(trash.confirmDialog).toBeHidden()
  await expect(trash.row('Campaigns', 'Bessemer')).toBeVisible()

  await trash.askToPurge('Bessemer')
  await trash.confirmPurge()
  await expect(trash.row('Campaigns', 'Bessemer')).toHaveCount(0)
  await expect(trash.row('Campaigns', 'We Strangers')).toBeVisible()
  await expect(app.page.getByText('“Bessemer” deleted forever')).toBeVisible()
  const stored = await trash.storedRecords('campaigns')
  expect(stored.map((record) => record['title'])).toEqual(['We Strangers'])

  await app.page.reload()
  await expect(trash.row('Campaigns', 'We Strangers')).toBeVisible()
  await expect(trash.row('Campaigns', 'Bessemer')).toHaveCount(0)
  await shell.goTo('Campaigns')
  await expect(app.page.getByText('No campaigns yet')).toBeVisible()
})

test('a selection is restored or deleted forever at once, newest first', async ({ app }) => {
  const shell = new Shell(app.page)
  const trash = new TrashScreen(app.page)
  const board = new BoardScreen(app.page)
  await shell.goTo('Trash')
  await expect(trash.emptyState()).toBeVisible()
  const names = ['Amazon Labor Union', 'RWDSU', 'Hot Docs', 'Gary Public Library']
  // Deleted a day apart, the first one longest ago.
  await board.seed(
    names.map((name) => ({ name, type: 'union', city: 'Staten Island', country: 'US' })),
    { deletedAt: (index) => new Date(Date.UTC(2026, 3, 10 + index, 15)).toISOString() },
  )

  await expect(trash.tab('Partners')).toHaveAttribute('aria-selected', 'true')
  const rows = trash.table('Partners').getByRole('row')
  await expect(rows).toHaveText(['Name', ...[...names].reverse()].map((name) => new RegExp(name)))
  await expect(trash.row('Partners', 'Gary Public Library')).toContainText('Apr 13, 2026')

  await app.page.getByRole('checkbox', { name: 'Select all on this page' }).check()
  await expect(app.page.getByText('4 selected')).toBeVisible()
  await app.page.getByRole('button', { name: 'Restore selected' }).click()
  await expect(trash.emptyState()).toBeVisible()
  await expect(app.page.getByText('4 items restored')).toBeVisible()
  await app.page.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(5)

  await app.page.getByRole('checkbox', { name: 'Select RWDSU' }).check()
  await app.page.getByRole('checkbox', { name: 'Select Hot Docs' }).check()
  await expect(app.page.getByRole('checkbox', { name: 'Select all on this page' })).toHaveAttribute(
    'data-indeterminate',
    'true',
  )
  await app.page.getByRole('button', { name: 'Delete selected forever' }).click()
  await expect(trash.confirmDialog).toContainText('2 items will be deleted for good.')
  await trash.confirmPurge()
  await expect(rows).toHaveCount(3)
  await expect(app.page.getByText('2 items deleted forever')).toBeVisible()
  const stored = await trash.storedRecords('organizations')
  expect(stored.map((record) => record['name']).sort()).toEqual([
    'Amazon Labor Union',
    'Gary Public Library',
  ])
})

test('the trash in both themes', async ({ app }) => {
  const shell = new Shell(app.page)
  const campaigns = new CampaignsScreen(app.page)
  const trash = new TrashScreen(app.page)
  await shell.goTo('Trash')
  await app.page.screenshot({ path: 'test-results/screenshots/trash-empty-light.png' })
  await shell.goTo('Campaigns')
  for (const title of ['UNION', 'Bessemer, Alabama', 'We Strangers']) {
    await campaigns.create({ title, logline: `The impact campaign of ${title}` })
    await campaigns
      .row(title)
      .getByRole('button', { name: `Delete ${title}` })
      .click()
  }
  await shell.goTo('Trash')
  await expect(trash.table('Campaigns').getByRole('row')).toHaveCount(4)
  await app.page.getByRole('checkbox', { name: 'Select UNION' }).check()
  await expect(app.page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 })
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.mouse.move(0, 0)
    await app.page.screenshot({ path: `test-results/screenshots/trash-${theme}.png` })
  }
  await trash.askToPurge('We Strangers')
  await app.page.screenshot({ path: 'test-results/screenshots/trash-confirm-dark.png' })
  await app.page.keyboard.press('Escape')
  await expect(trash.confirmDialog).toBeHidden()

  await shell.chooseLanguage('العربية')
  await expect(shell.heading).toHaveText('سلة المهملات')
  await app.page.mouse.move(0, 0)
  await app.page.screenshot({ path: 'test-results/screenshots/trash-ar-dark.png' })
})

test('a long trash comes a page at a time, with named page controls', async ({ app }) => {
  const shell = new Shell(app.page)
  const trash = new TrashScreen(app.page)
  await shell.ready()
  const deletedAt = new Date().toISOString()
  const people = contactRecords(
    Array.from({ length: 30 }, (_, i) => ({ firstName: 'Person', lastName: `No. ${i + 1}` })),
  ).map((contact) => ({ ...contact, deletedAt }))
  await seed(app.page, 'contacts', people)
  await shell.goTo('Trash')
  await trash.tab('Contacts').click()
  // A header row and 25 people.
  await expect(trash.table('Contacts').getByRole('row')).toHaveCount(26)
  await app.page.getByRole('button', { name: 'Page 2 of 2' }).click()
  await expect(trash.table('Contacts').getByRole('row')).toHaveCount(6)
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.mouse.move(0, 0)
    await app.page.screenshot({
      path: `test-results/screenshots/trash-page-2-${theme}.png`,
      fullPage: true,
    })
  }
  await app.page.getByRole('button', { name: 'Previous page' }).click()
  await expect(trash.table('Contacts').getByRole('row')).toHaveCount(26)
})

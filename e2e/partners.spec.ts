import { expect, test } from './fixtures'
import { RecordTable } from './pages/RecordTable'
import { Shell } from './pages/Shell'
import { organizationRecords, seed } from './seed'
import { chooseStrength } from './pages/strength'

const types = ['union', 'nonprofit', 'campusGroup', 'faithGroup', 'venue'] as const

function partners() {
  const real = [
    {
      name: 'Hot Docs',
      type: 'festival' as const,
      city: 'Toronto',
      country: 'Canada',
      website: 'https://www.hotdocs.ca',
      tags: ['festival circuit'],
    },
    {
      name: 'AFL-CIO',
      type: 'laborFederation' as const,
      country: 'United States',
      tags: ['labor'],
      strength: 2,
    },
    {
      name: 'Amazon Labor Union-IBT Local 1',
      type: 'union' as const,
      country: 'United States',
      tags: ['labor'],
      strength: 1,
      languages: ['es', 'ht', 'ar'],
    },
    { name: 'Sundance Film Festival', type: 'festival' as const, country: 'United States' },
  ]
  const generated = Array.from({ length: 296 }, (_, i) => ({
    name: `Partner ${String(i).padStart(3, '0')}`,
    type: types[i % types.length]!,
    country: i % 2 ? 'Canada' : 'United States',
    strength: (i % 5) + 1,
  }))
  return organizationRecords([...real, ...generated])
}

test.beforeEach(async ({ app }) => {
  await new Shell(app.page).ready()
  await seed(app.page, 'organizations', partners())
})

test('search as you type, filter, sort and choose columns', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await table.expectCount(300)

  // One letter would match most of a large table: the list stays whole and asks for another.
  await table.search.fill('h')
  await expect(
    app.page.getByRole('tooltip', { name: 'Type at least 2 letters to search' }),
  ).toBeVisible()
  await table.expectCount(300)
  await table.search.fill('hot')
  await table.expectCount(1)
  await expect(app.page.getByRole('tooltip')).toBeHidden()
  await expect(table.row('Hot Docs')).toBeVisible()
  await table.search.fill('hotdocs.ca')
  await expect(table.row('Hot Docs')).toBeVisible()
  await table.search.fill('')
  await table.expectCount(300)

  await table.filter('Type', 'Festival')
  await table.expectCount(2)
  await table.filter('Country', 'Canada')
  await table.expectCount(1)
  await app.page.getByRole('button', { name: /^Filters( \d+)?$/ }).click()
  await app.page.getByRole('button', { name: 'Clear filters' }).click()
  await app.page.keyboard.press('Escape')
  await table.expectCount(300)

  expect((await table.firstCells())[0]).toBe('AFL-CIO')
  await table.grid.getByRole('button', { name: 'Name' }).click()
  await expect.poll(async () => (await table.firstCells())[0]).toBe('Sundance Film Festival')

  await app.page.getByRole('button', { name: 'Columns' }).click()
  await app.page.getByRole('menuitem', { name: 'Domain' }).click()
  await app.page.keyboard.press('Escape')
  await expect(table.grid.getByRole('columnheader', { name: 'Domain' })).toBeVisible()
  await app.page.screenshot({ path: 'test-results/screenshots/partners-table-light.png' })
})

test('a saved view brings back its search, filters and sort', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await table.filter('Type', 'Festival')
  await table.expectCount(2)
  await app.page.getByRole('button', { name: 'Views' }).click()
  await app.page.getByRole('menuitem', { name: 'Save current view…' }).click()
  await app.page.getByRole('textbox', { name: 'View name' }).fill('Festivals')
  await app.page.getByRole('button', { name: 'Save' }).click()

  await app.page.reload()
  await table.expectCount(300)
  await app.page.getByRole('button', { name: 'Views' }).click()
  await app.page.getByRole('menuitem', { name: 'Festivals' }).click()
  await table.expectCount(2)
})

test('bulk tag, change stage, and delete with undo', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await table.search.fill('festival')
  await table.expectCount(2)
  await table.grid.getByRole('checkbox', { name: 'Select all rows' }).check()
  await expect(app.page.getByText('2 selected')).toBeVisible()

  await app.page.getByRole('button', { name: 'Add tag…' }).click()
  await app.page.getByRole('textbox', { name: 'Tag', exact: true }).fill('season 1')
  await app.page.getByRole('button', { name: 'Save' }).click()
  await expect(app.page.getByText('Tagged 2 records “season 1”')).toBeVisible()

  await app.page.getByRole('button', { name: 'Change stage' }).click()
  await app.page.getByRole('menuitem', { name: 'Committed' }).click()
  await expect(table.row('Hot Docs')).toContainText('Committed')
  await expect(table.row('Sundance')).toContainText('Committed')

  await app.page.getByRole('button', { name: 'Delete', exact: true }).click()
  await table.expectCount(0)
  await app.page.getByRole('button', { name: 'Undo' }).last().click()
  await table.expectCount(2)
  await table.search.fill('season')
  await table.expectCount(2)
})

test('keyboard: arrows move through rows and Enter opens one; Escape goes back', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await table.grid.getByTestId('table-body').focus()
  await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('Enter')
  // AFL-CIO, Amazon Labor Union…, then Hot Docs in name order.
  await expect(app.page.getByRole('heading', { level: 2, name: 'Hot Docs' })).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(shell.heading).toHaveText('Partners')
})

test('scrolling reaches the last of 300 rows with only a few in the page', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await table.grid.getByTestId('table-body').focus()
  await app.page.keyboard.press('End')
  await expect(table.row('Sundance Film Festival')).toBeVisible()
  expect(await table.rows().count()).toBeLessThan(80)
})

test('edit in place with validation; every edit lands in the timeline', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await table.row('Hot Docs').click()
  const page = app.page
  await expect(page.getByRole('heading', { level: 2, name: 'Hot Docs' })).toBeVisible()

  await page.getByRole('button', { name: 'Edit Website' }).click()
  await page.getByRole('textbox', { name: 'Website' }).fill('hotdocs dot ca')
  await page.getByRole('button', { name: 'Save Website' }).click()
  await expect(page.getByText('Enter a web address such as https://example.org')).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('https://www.hotdocs.ca')).toBeVisible()

  await page.getByRole('button', { name: 'Edit Partnership stage' }).click()
  await page.getByRole('combobox', { name: 'Partnership stage' }).click()
  await page.getByRole('option', { name: 'In conversation' }).click()
  await page.getByRole('button', { name: 'Save Partnership stage' }).click()
  await expect(page.getByText('Partnership stage: Prospect → In conversation')).toBeVisible()

  await page.getByRole('button', { name: 'Edit Relationship strength' }).click()
  await chooseStrength(page, 2)
  await expect(page.getByTestId('strength-meaning')).toHaveText(/Strong: a trusted ally/)
  await page.getByRole('button', { name: 'Save Relationship strength' }).click()
  await expect(page.getByText('Relationship strength: Not set → 2')).toBeVisible()

  await page.getByRole('textbox', { name: 'Summary' }).fill('Called the programmer about a Q&A')
  await page.getByRole('button', { name: 'Log activity' }).click()
  await expect(page.getByTestId('timeline-item').first()).toContainText(
    'Called the programmer about a Q&A',
  )
  await page.screenshot({
    path: 'test-results/screenshots/organization-detail-light.png',
    fullPage: true,
  })

  await page.reload()
  await expect(page.getByTestId('timeline-item')).toHaveCount(3)
})

test('delete from the detail page, then undo', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await table.row('AFL-CIO').click()
  await app.page.getByRole('button', { name: 'Delete' }).click()
  await expect(shell.heading).toHaveText('Partners')
  await table.expectCount(299)
  await app.page.getByRole('button', { name: 'Undo' }).click()
  await table.expectCount(300)
})

test('a new organization with a bad website is refused on the field and not saved', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await app.page.keyboard.press('ControlOrMeta+N')
  const dialog = app.page.getByRole('dialog', { name: 'New organization' })
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByText('This is required')).toBeVisible()
  await dialog.getByLabel('Name').fill('RWDSU-UFCW')
  await dialog.getByLabel('Website').fill('rwdsu')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByText('Enter a web address such as https://example.org')).toBeVisible()
  await app.page.keyboard.press('Escape')
  await table.expectCount(300)

  await app.page.keyboard.press('ControlOrMeta+N')
  await dialog.getByLabel('Name').fill('RWDSU-UFCW')
  await dialog.getByLabel('Website').fill('https://www.rwdsu.org')
  await chooseStrength(dialog, 1)
  await expect(dialog.getByTestId('strength-meaning')).toHaveText(/call at 2 a.m./)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(app.page.getByRole('heading', { level: 2, name: 'RWDSU-UFCW' })).toBeVisible()
  await expect(app.page.getByText('rwdsu.org', { exact: true })).toBeVisible()
})

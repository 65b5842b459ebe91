import { expect, test } from './fixtures'
import { RecordTable } from './pages/RecordTable'
import { Shell } from './pages/Shell'
import { chooseStrength } from './pages/strength'
import { contactRecords, organizationRecords, seed } from './seed'

const searchLabel = /Search name, email, organization/

test.beforeEach(async ({ app }) => {
  await new Shell(app.page).ready()
  await seed(
    app.page,
    'organizations',
    organizationRecords([{ name: 'Amazon Labor Union-IBT Local 1', type: 'union' }]),
  )
  await seed(
    app.page,
    'contacts',
    contactRecords([
      {
        firstName: 'Marisol',
        lastName: 'Peña',
        emails: [{ address: 'marisol@example.org', primary: true }],
        tags: ['speaker'],
        preferredLanguage: 'es',
        strength: 1,
      },
      {
        firstName: 'Jean',
        lastName: 'Baptiste',
        emails: [{ address: 'jean.b@example.net', primary: true }],
        preferredLanguage: 'ht',
      },
      {
        firstName: 'Layla',
        lastName: 'Haddad',
        tags: ['interpreter'],
        preferredLanguage: 'ar',
        sensitive: true,
      },
      ...Array.from({ length: 120 }, (_, i) => ({
        firstName: 'Worker',
        lastName: `Number ${String(i).padStart(3, '0')}`,
      })),
    ]),
  )
})

test('search by name without accents, by email, and filter by tag and language', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Contacts', searchLabel)
  await shell.goTo('Contacts')
  await table.expectCount(123)
  await table.search.fill('pena')
  await expect(table.row('Marisol Peña')).toBeVisible()
  await table.expectCount(1)
  await table.search.fill('jean.b@')
  await expect(table.row('Jean Baptiste')).toBeVisible()
  await table.search.fill('')
  await table.filter('Tags', 'interpreter')
  await expect(table.row('Layla Haddad')).toBeVisible()
  await table.expectCount(1)
  await app.page.screenshot({ path: 'test-results/screenshots/contacts-table-light.png' })
})

test('a new contact with a bad email is refused on the field and nothing is saved', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Contacts', searchLabel)
  await shell.goTo('Contacts')
  await app.page.keyboard.press('ControlOrMeta+N')
  const dialog = app.page.getByRole('dialog', { name: 'New contact' })
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByText('Give a name or an email')).toBeVisible()
  await dialog.getByLabel('Email').fill('ana@')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByText('Enter an email address such as name@example.org')).toBeVisible()
  await app.page.keyboard.press('Escape')
  await table.expectCount(123)

  await app.page.keyboard.press('ControlOrMeta+N')
  await dialog.getByLabel('First name').fill('Ana')
  await dialog.getByLabel('Last name').fill('Lopez')
  await dialog.getByLabel('Email').fill('ana@example.org')
  await chooseStrength(dialog, 3)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(app.page.getByRole('heading', { level: 2, name: 'Ana Lopez' })).toBeVisible()
})

test('emails and phones edited in place, one primary, invalid refused', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Contacts', searchLabel)
  await shell.goTo('Contacts')
  await table.search.fill('marisol')
  await table.row('Marisol Peña').click()
  const page = app.page

  await page.getByRole('button', { name: 'Edit Emails' }).click()
  await page.getByRole('button', { name: 'Add to Emails' }).click()
  await page.getByRole('textbox', { name: 'Emails 2' }).fill('marisol@union')
  await page.getByRole('button', { name: 'Save Emails' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Enter an email address' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Emails 2' }).fill('m.pena@union.example.org')
  await page.getByRole('radio', { name: 'Make m.pena@union.example.org primary' }).check()
  await page.getByRole('button', { name: 'Save Emails' }).click()
  await expect(page.getByText('m.pena@union.example.org', { exact: true })).toBeVisible()
  await expect(page.getByText('Primary')).toBeVisible()

  await page.getByRole('button', { name: 'Edit Phones' }).click()
  await page.getByRole('button', { name: 'Add to Phones' }).click()
  await page.getByRole('textbox', { name: 'Phones 1' }).fill('call me')
  await page.getByRole('button', { name: 'Save Phones' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a phone number' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Phones 1' }).fill('+1 (718) 555-0100')
  await page.getByRole('button', { name: 'Save Phones' }).click()
  await expect(page.getByText('+1 (718) 555-0100', { exact: true })).toBeVisible()

  await page.reload()
  await expect(page.getByText('m.pena@union.example.org', { exact: true })).toBeVisible()
  await expect(page.getByTestId('timeline-item')).toHaveCount(2)
})

test('affiliate a contact with an organization; search finds them by it', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Contacts', searchLabel)
  await shell.goTo('Contacts')
  await table.row('Jean Baptiste').click()
  const page = app.page
  await page.getByRole('combobox', { name: 'Organization' }).fill('amazon')
  await page.getByRole('option', { name: 'Amazon Labor Union-IBT Local 1' }).click()
  await page.getByRole('textbox', { name: 'Role' }).fill('Organizer')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('link', { name: 'Amazon Labor Union-IBT Local 1' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Summary' }).fill('Met at the Staten Island screening')
  await page.getByRole('combobox', { name: 'Kind' }).click()
  await page.getByRole('option', { name: 'Meeting' }).click()
  await page.getByRole('button', { name: 'Log activity' }).click()
  await expect(page.getByTestId('timeline-item').first()).toContainText(
    'Met at the Staten Island screening',
  )
  await page.screenshot({
    path: 'test-results/screenshots/contact-detail-light.png',
    fullPage: true,
  })

  await page.getByRole('link', { name: 'Amazon Labor Union-IBT Local 1' }).click()
  await expect(page.getByRole('link', { name: 'Jean Baptiste' })).toBeVisible()

  await shell.goTo('Contacts')
  await table.search.fill('amazon labor')
  await expect(table.row('Jean Baptiste')).toBeVisible()
  await table.expectCount(1)
})

test('bulk tag and delete contacts, undo, and the trash keeps them', async ({ app }) => {
  const shell = new Shell(app.page)
  const table = new RecordTable(app.page, 'Contacts', searchLabel)
  await shell.goTo('Contacts')
  await table.search.fill('worker number 00')
  await table.expectCount(10)
  await table.grid.getByRole('checkbox', { name: 'Select all rows' }).check()
  await app.page.getByRole('button', { name: 'Add tag…' }).click()
  await app.page.getByRole('textbox', { name: 'Tag', exact: true }).fill('JFK8')
  await app.page.getByRole('button', { name: 'Save' }).click()
  await table.search.fill('jfk8')
  await table.expectCount(10)
  await table.grid.getByRole('checkbox', { name: 'Select all rows' }).check()
  await app.page.getByRole('button', { name: 'Delete', exact: true }).click()
  await table.expectCount(0)
  await app.page.getByRole('button', { name: 'Undo' }).last().click()
  await table.expectCount(10)
})

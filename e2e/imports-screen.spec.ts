import { importRunSchema, type ImportRunInput } from '../src/shared/domain/importRun'
import { expect, test } from './fixtures'
import { ImportsScreen } from './pages/ImportsScreen'
import { Shell } from './pages/Shell'
import { contactRecords, seed } from './seed'

const stamp = (at: string) => ({ createdAt: at, updatedAt: at, deletedAt: '' })

/** A stored import run as the wizard leaves it. */
function runRecord(id: string, input: ImportRunInput) {
  return { ...importRunSchema.parse(input), id, ...stamp(input.startedAt) }
}

const counts = (created: number, updated: number, invalid = 0) => ({
  rows: created + updated + invalid,
  invalid,
  byRow: { created, updated, unchanged: 0, skipped: 0 },
  byTable: { contacts: { created, updated, unchanged: 0, skipped: 0 } },
})

const committed = runRecord('run-alu', {
  fileName: 'alu-organizers.csv',
  fileSize: 18_432,
  target: 'contacts',
  settings: {
    entity: 'contacts',
    overrides: { delimiter: ';' },
    columns: ['firstName', 'lastName', 'emails', 'title', ':note', ''],
    defaults: {},
    valueOptions: { dateFormat: 'dmySlash', decimalMark: ',' },
    policy: 'update',
  },
  headers: ['First name', 'Last name', 'Email', 'Role', 'Remarks', 'Fax'],
  counts: counts(1, 1, 1),
  status: 'committed',
  startedAt: '2024-04-28T18:00:00.000Z',
  finishedAt: '2024-04-28T18:00:03.000Z',
})

const failed = runRecord('run-old', {
  fileName: 'mailchimp-export.csv',
  fileSize: 912,
  target: 'contactSheet',
  settings: { entity: 'contactSheet', columns: ['contact.emails'], policy: 'fill' },
  headers: ['Email Address'],
  status: 'failed',
  error: 'interrupted',
  startedAt: '2024-03-02T09:30:00.000Z',
  finishedAt: '2024-03-02T09:31:00.000Z',
})

const [created, updated] = contactRecords([
  {
    firstName: 'Marisol',
    lastName: 'Peña',
    emails: [{ address: 'marisol@example.org', primary: true }],
  },
  { firstName: 'Derrick', lastName: 'Palmer', title: 'Lead organizer' },
])
const createdByRun = { ...created!, importRunId: committed.id }

async function seedRun(page: import('@playwright/test').Page) {
  await seed(page, 'importRuns', [committed, failed])
  await seed(page, 'contacts', [createdByRun, updated!])
  await seed(page, 'importChanges', [
    {
      id: `${committed.id}|${updated!.id}|1`,
      runId: committed.id,
      table: 'contacts',
      recordId: updated!.id,
      before: { title: 'Old title' },
      fields: ['title'],
    },
  ])
}

async function shoot(shell: Shell, name: string) {
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await expect.poll(() => shell.colorScheme()).toBe(theme)
    await shell.page.mouse.move(0, 0)
    await shell.page.screenshot({
      path: `test-results/screenshots/${name}-${theme}.png`,
      fullPage: true,
    })
  }
  await shell.themeToggle.click()
}

test('an import is listed, shown, its records opened, and undone', async ({ app }) => {
  const { page } = app
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  const shell = new Shell(page)
  const imports = new ImportsScreen(page)
  await shell.ready()
  await shell.goTo('Imports')
  await expect(page.getByTestId('empty-state')).toContainText('No imports yet')
  await expect(
    page.getByTestId('empty-state').getByRole('link', { name: 'Import CSV…' }),
  ).toHaveAttribute('href', '#/imports/new')

  // Written past Dexie, whose live queries and their cache do not see them: load again.
  await seedRun(page)
  await page.reload()
  // Newest first: the committed run, then the failed one.
  await expect(imports.table.getByRole('row')).toHaveCount(3)
  await expect(imports.table.getByRole('row').nth(1)).toContainText('alu-organizers.csv')
  const row = imports.row('alu-organizers.csv')
  await expect(row).toContainText('Contacts')
  await expect(row).toContainText('Imported')
  await expect(row).toContainText(/Apr 28, 2024, \d{1,2}:\d{2}/)
  await expect(imports.row('mailchimp-export.csv')).toContainText('Failed')
  await shoot(shell, 'imports-list')

  await imports.openRun('alu-organizers.csv')
  await expect(imports.status()).toHaveText('Imported')
  await expect(page.getByTestId('import-settings')).toContainText('Semicolon (;)')
  await expect(page.getByTestId('import-settings')).toContainText('Like 28/04/2024')
  await expect(page.getByTestId('import-settings')).toContainText('Update it')
  const mapping = page.getByRole('table', { name: 'Columns and fields' })
  await expect(mapping.getByRole('row').filter({ hasText: 'Role' })).toContainText('Job title')
  await expect(mapping.getByRole('row').filter({ hasText: 'Remarks' })).toContainText(
    'Kept as a note',
  )
  await expect(mapping.getByRole('row').filter({ hasText: 'Fax' })).toContainText('Left out')
  await expect(page.getByText('18.4 kB')).toBeVisible()
  await shoot(shell, 'import-run')

  await imports.openRecords()
  await expect(imports.recordsDialog).toContainText('It also updated 1 contact already there')
  await imports.recordsDialog.getByRole('link', { name: 'Marisol Peña' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Marisol Peña' })).toBeVisible()
  await page.goBack()

  await imports.askToUndo()
  await expect(imports.undoDialog).toContainText('delete the record it created')
  await expect(imports.undoDialog).toContainText('put back the earlier values of the record')
  await page.screenshot({ path: 'test-results/screenshots/import-undo-confirm-light.png' })
  await imports.confirmUndo()
  await expect(page.getByText('“alu-organizers.csv” was undone')).toBeVisible()
  await expect(imports.status()).toHaveText('Undone')
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    /Undone on \w{3} \d{1,2}, \d{4}/,
  )
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0)

  await page.evaluate((id) => (window.location.hash = `#/contacts/${id}`), created!.id)
  await expect(page.getByText('No such contact')).toBeVisible()
  await page.evaluate((id) => (window.location.hash = `#/contacts/${id}`), updated!.id)
  await expect(page.getByRole('heading', { level: 2, name: 'Derrick Palmer' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Old title')
  await expect(page.getByRole('main')).not.toContainText('Lead organizer')
  expect(problems).toEqual([])
})

test('a failed run says why; Repeat starts the wizard from its settings', async ({ app }) => {
  const { page } = app
  const shell = new Shell(page)
  const imports = new ImportsScreen(page)
  await shell.ready()
  await seedRun(page)
  await shell.goTo('Imports')
  await imports.openRun('mailchimp-export.csv')
  await expect(imports.status()).toHaveText('Failed')
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'The app closed before this import finished',
  )
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Columns and fields' })).toContainText(
    'Person: Emails',
  )
  await shell.chooseLanguage('العربية')
  await expect(page.getByRole('button', { name: 'تكرار' })).toBeVisible()
  await page.screenshot({
    path: 'test-results/screenshots/import-run-failed-ar.png',
    fullPage: true,
  })
  await shell.chooseLanguage('English')
  await page.getByRole('button', { name: 'Repeat' }).click()
  await expect
    .poll(() => page.evaluate(() => window.location.hash))
    .toBe(`#/imports/new?repeat=${failed.id}`)
})

test('an import the app never finished is rolled back at start, and said so', async ({ app }) => {
  const { page } = app
  const shell = new Shell(page)
  await shell.ready()
  const [half] = contactRecords([{ firstName: 'Half', lastName: 'Written' }])
  await seed(page, 'importRuns', [
    runRecord('run-crash', {
      fileName: 'crashed.csv',
      target: 'contacts',
      status: 'running',
      startedAt: '2024-05-01T12:00:00.000Z',
    }),
  ])
  await seed(page, 'contacts', [{ ...half!, importRunId: 'run-crash' }])
  await page.reload()
  await expect(page.getByText('An import did not finish')).toBeVisible()
  await page.getByRole('link', { name: 'See Imports' }).click()
  await expect(new ImportsScreen(page).row('crashed.csv')).toContainText('Failed')
  await page.evaluate((id) => (window.location.hash = `#/contacts/${id}`), half!.id)
  await expect(page.getByText('No such contact')).toBeVisible()
})

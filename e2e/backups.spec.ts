import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { BackupsScreen } from './pages/BackupsScreen'
import { ImportWizard } from './pages/ImportWizard'
import { RecordTable } from './pages/RecordTable'
import { Shell } from './pages/Shell'
import { contactRecords, organizationRecords, seed } from './seed'

const people = contactRecords([
  {
    firstName: 'Marisol',
    lastName: 'Peña',
    emails: [{ address: 'marisol@example.org', primary: true }],
  },
  { firstName: 'Jean', lastName: 'Baptiste', tags: ['speaker'] },
])
const partners = organizationRecords([{ name: 'UFCW Local 1', type: 'union' }])
const latecomer = contactRecords([{ firstName: 'Zed', lastName: 'Later' }]).map((record) => ({
  ...record,
  id: 'contact-late',
}))

// Each test writes and reads real backup files, some twice, besides starting the app.
test.describe.configure({ timeout: 90_000 })

test.beforeEach(async ({ app }) => {
  await new Shell(app.page).ready()
  await seed(app.page, 'contacts', people)
  await seed(app.page, 'organizations', partners)
})

async function expectContacts(app: { page: import('@playwright/test').Page }, names: string[]) {
  const shell = new Shell(app.page)
  await shell.goTo('Contacts')
  const table = new RecordTable(app.page, 'Contacts', /Search name, email, organization/)
  await table.expectCount(names.length)
  for (const name of names) await expect(table.row(name)).toBeVisible()
}

test('backs up, restores after a change, and the data comes back', async ({ app }) => {
  const backups = new BackupsScreen(app)
  await backups.open()
  await expect(app.page.getByTestId('empty-state')).toContainText('No backups yet')
  await backups.backUpNow()
  await expect(backups.rows.first()).toContainText('Made by you')
  await expect(backups.rows.first()).toContainText('Partners 1 · Contacts 2')
  await app.page.screenshot({ path: 'test-results/screenshots/backups-light.png' })

  await seed(app.page, 'contacts', latecomer)
  await expectContacts(app, ['Peña', 'Baptiste', 'Later'])

  await backups.open()
  await backups.restoreRow(0)
  await expect(new Shell(app.page).heading).toHaveText('Dashboard')
  await expectContacts(app, ['Peña', 'Baptiste'])

  // The workspace as it was before the restore was kept, and restores in turn.
  await backups.open()
  await expect(backups.rows).toHaveCount(2)
  await expect(backups.rows.first()).toContainText('Before a restore')
  await expect(backups.rows.first()).toContainText('Contacts 3')
  await backups.restoreRow(0)
  await expectContacts(app, ['Peña', 'Baptiste', 'Later'])
})

test('backs up to a chosen file and restores from it; refuses a file that is no backup', async ({
  app,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'impact-desk-backup-'))
  const path = join(folder, 'workspace.impactdesk')
  await app.answerSaveDialog(path)
  await app.clickMenu(['File', 'Back Up To…'])
  await expect(app.page.getByText('Saved workspace.impactdesk')).toBeVisible()
  expect(existsSync(path)).toBe(true)

  await seed(app.page, 'contacts', latecomer)
  await expectContacts(app, ['Peña', 'Baptiste', 'Later'])

  const backups = new BackupsScreen(app)
  await app.answerOpenDialog(path)
  await app.clickMenu(['File', 'Restore From…'])
  await expect(backups.confirmDialog).toContainText('3 records')
  await backups.confirmRestore()
  await expectContacts(app, ['Peña', 'Baptiste'])

  const csv = join(folder, 'people.csv')
  await writeFile(csv, 'name,email\nAda,ada@example.org\n')
  await app.answerOpenDialog(csv)
  await app.clickMenu(['File', 'Restore From…'])
  await expect(app.page.getByText('people.csv is not an Impact Desk backup.')).toBeVisible()
  await expect(backups.confirmDialog).toBeHidden()
})

test('offers the latest backup when the database opens empty but the marker says otherwise', async ({
  app,
}) => {
  const backups = new BackupsScreen(app)
  await backups.open()
  await backups.backUpNow()

  await backups.wipeDatabaseAndReload()
  await expect(backups.recoveryHeading).toBeVisible()
  await expect(app.page.getByRole('alert')).toContainText(
    /The database opened empty, but on .+ this workspace held 3 records\./,
  )
  await expect(app.page.getByTestId('latest-backup')).toContainText('Partners 1 · Contacts 2')
  await expect(app.page.getByRole('navigation')).toHaveCount(0)
  await app.page.screenshot({ path: 'test-results/screenshots/recovery-light.png' })

  await app.page.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(new Shell(app.page).heading).toHaveText('Dashboard')
  await expectContacts(app, ['Peña', 'Baptiste'])

  // Restored and reported: the next start opens the workspace, not the recovery screen.
  await app.page.reload()
  await expect(new Shell(app.page).heading).toHaveText('Contacts')
  await expect(backups.recoveryHeading).toHaveCount(0)
})

test('lets the user continue with the empty workspace, and asks no more', async ({ app }) => {
  const backups = new BackupsScreen(app)
  await backups.open()
  await backups.backUpNow()
  await backups.wipeDatabaseAndReload()
  await expect(backups.recoveryHeading).toBeVisible()
  await app.page.getByRole('button', { name: 'Continue with the workspace as it is' }).click()
  await expect(new Shell(app.page).heading).toHaveText('Dashboard')
  await app.page.reload()
  await expect(new Shell(app.page).heading).toHaveText('Dashboard')
  await backups.open()
  await expect(backups.rows).toHaveCount(1)
})

test('an import that commits leaves a backup of the workspace with its rows', async ({ app }) => {
  const folder = await mkdtemp(join(tmpdir(), 'impact-desk-backup-'))
  const path = join(folder, 'partners.csv')
  await writeFile(
    path,
    'Organisation,Name,Email\r\nHot Docs,Ben Okafor,ben@hotdocs.ca\r\nWorkers United,Ana López,ana@wu.org\r\n',
  )
  const wizard = new ImportWizard(app)
  await wizard.openFromMenu(path)
  await wizard.next()
  await wizard.review()
  await wizard.run()

  const backups = new BackupsScreen(app)
  await backups.open()
  await expect(backups.rows).toHaveCount(1)
  await expect(backups.rows.first()).toContainText('After an import')
  await expect(backups.rows.first()).toContainText('Partners 3 · Contacts 4')
})

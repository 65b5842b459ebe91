import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { expect, test } from './fixtures'
import { ExportDialog } from './pages/ExportDialog'
import { ImportWizard } from './pages/ImportWizard'
import { RecordTable } from './pages/RecordTable'
import { Shell } from './pages/Shell'
import { campaignRecord } from './screeningSeed'
import { contactRecords, organizationRecords, seed } from './seed'

const BOM = '\ufeff'

const people = contactRecords([
  {
    firstName: 'Marisol',
    lastName: 'Peña',
    emails: [{ address: 'marisol@example.org', primary: true }],
    tags: ['speaker'],
    consent: { given: true, date: '2024-02-29' },
    notes: '=HYPERLINK("http://evil.example","click")',
    strength: 1,
  },
  {
    firstName: 'Jean',
    lastName: 'Baptiste',
    emails: [{ address: 'jean.b@example.net', primary: true }],
    tags: ['speaker', 'Kreyòl; ayisyen'.replace(';', ',')],
    notes: 'Line one\n+ line two, "quoted"',
  },
  {
    firstName: 'Layla',
    lastName: 'Haddad',
    emails: [{ address: 'layla@example.org', primary: true }],
    tags: ['speaker'],
    sensitive: true,
  },
  { firstName: 'Ben', lastName: 'Okafor', tags: ['programmer'] },
])

const partners = organizationRecords([
  { name: 'UFCW Local 1', type: 'union', website: 'https://ufcw.org/', tags: ['labour'] },
  { name: 'Bogotá Cine, Colectivo', type: 'festival', city: 'Bogotá', notes: 'two\nlines' },
  { name: '-Minus Media', type: 'media', strength: 5 },
])

async function tempDir() {
  return mkdtemp(join(tmpdir(), 'impact-desk-export-'))
}

/** The file as a spreadsheet reads it: rows of cells. */
function rowsOf(text: string, delimiter = ',') {
  return Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data
}

test.beforeEach(async ({ app }) => {
  await new Shell(app.page).ready()
  await seed(app.page, 'contacts', people)
  await seed(app.page, 'organizations', partners)
})

test('exports a filtered view: its rows, the importer headers, formulas neutralised, sensitive people out', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  await shell.goTo('Contacts')
  const table = new RecordTable(app.page, 'Contacts', /Search name, email, organization/)
  await table.filter('Tags', 'speaker')
  await table.expectCount(3)
  const dialog = new ExportDialog(app)
  await dialog.openFromTable()
  await expect(dialog.dialog).toContainText('Rows: 3')
  await expect(dialog.dialog.getByRole('checkbox', { name: /sensitive/ })).not.toBeChecked()
  await app.page.screenshot({ path: 'test-results/screenshots/export-dialog-light.png' })

  const path = join(await tempDir(), 'speakers.csv')
  await dialog.exportTo(path)
  await dialog.expectSaved('speakers.csv')
  expect(await app.saveDialogNames()).toEqual([
    expect.stringMatching(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/),
  ])
  await app.page.screenshot({ path: 'test-results/screenshots/export-saved-light.png' })
  await app.page.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => app.shownInFolder()).toEqual([path])

  const text = await readFile(path, 'utf8')
  expect(text.startsWith(BOM)).toBe(true)
  expect(text).toContain('\r\n')
  const [headers, ...rows] = rowsOf(text)
  expect(headers).toEqual([
    'First name',
    'Middle name',
    'Last name',
    'Emails',
    'Phones',
    'Job title',
    'Preferred language',
    'Pronouns',
    'City',
    'Region',
    'Country',
    'Links',
    'Consent to contact',
    'Consent source',
    'Consent date',
    'Sensitive',
    'Tags',
    'Relationship strength',
    'Notes',
    'Organizations',
    'Impact Desk ID',
  ])
  // Sorted by last name, Layla (sensitive) left out, Ben (not a speaker) filtered out.
  const last = headers!.indexOf('Last name')
  expect(rows.map((row) => row[last])).toEqual(['Baptiste', 'Peña'])
  const notes = headers!.indexOf('Notes')
  expect(rows[1]![notes]).toBe(`'=HYPERLINK("http://evil.example","click")`)
  expect(rows[0]![notes]).toBe('Line one\n+ line two, "quoted"')
  expect(rows[1]![headers!.indexOf('Consent date')]).toBe('2024-02-29')
})

test('exports with each option: no BOM, semicolons, a date format, sensitive people, a selection', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  await shell.goTo('Contacts')
  const table = new RecordTable(app.page, 'Contacts', /Search name, email, organization/)
  await table.expectCount(4)
  const dialog = new ExportDialog(app)
  await dialog.openFromTable()
  await dialog.choose('Encoding', 'UTF-8 without BOM')
  await dialog.choose('Separator', 'Semicolon (;) · decimal comma')
  await dialog.choose('Dates', 'Like 28/04/2024')
  await dialog.dialog.getByRole('checkbox', { name: /sensitive/ }).check()
  // "Phones" and "Middle name" left out, and "First name" moved after "Last name".
  await dialog.column('Phones').uncheck()
  await dialog.column('Middle name').uncheck()
  // Down past "Middle name", which stays in the list, unticked, then past "Last name".
  await dialog.dialog.getByRole('button', { name: 'Move First name down' }).click()
  await dialog.dialog.getByRole('button', { name: 'Move First name down' }).click()
  await app.page.screenshot({ path: 'test-results/screenshots/export-options-light.png' })
  const dir = await tempDir()
  await dialog.exportTo(join(dir, 'all.csv'))
  await dialog.expectSaved('all.csv')

  const text = await readFile(join(dir, 'all.csv'), 'utf8')
  expect(text.startsWith(BOM)).toBe(false)
  const [headers, ...rows] = rowsOf(text, ';')
  expect(text.split('\r\n')[0]).toBe(headers!.join(';'))
  expect(headers!.slice(0, 3)).toEqual(['Last name', 'First name', 'Emails'])
  expect(headers).not.toContain('Phones')
  expect(headers).not.toContain('Middle name')
  expect(rows.map((row) => row[0])).toEqual(['Baptiste', 'Haddad', 'Okafor', 'Peña'])
  expect(rows[3]![headers!.indexOf('Consent date')]).toBe('29/02/2024')
  expect(rows[1]![headers!.indexOf('Sensitive')]).toBe('yes')

  // Only the selected rows.
  await table.select('Okafor')
  await dialog.openFromTable()
  await expect(dialog.dialog.getByRole('radio', { name: 'Only the selected rows' })).toBeChecked()
  await dialog.exportTo(join(dir, 'one.csv'))
  await dialog.expectSaved('one.csv')
  const [oneHeaders, ...selected] = rowsOf(await readFile(join(dir, 'one.csv'), 'utf8'))
  const lastName = oneHeaders!.indexOf('Last name')
  expect(selected.map((row) => row[lastName])).toEqual(['Okafor'])
})

test('an export imports back through the wizard with every row unchanged', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.goTo('Partners')
  const dialog = new ExportDialog(app)
  // File > Export CSV… exports the table on screen.
  await dialog.openFromMenu()
  await expect(dialog.dialog).toContainText('Rows: 3')
  const path = join(await tempDir(), 'partners.csv')
  await dialog.exportTo(path)
  await dialog.expectSaved('partners.csv')

  const wizard = new ImportWizard(app)
  await wizard.drop('partners.csv', await readFile(path))
  // The wizard guesses a contact sheet from these headers; the user says what the file holds.
  await wizard.choose('What the file holds', 'Organizations')
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('unchanged')).toHaveText('3')
  await expect(wizard.count('created')).toHaveText('0')
  await expect(wizard.count('updated')).toHaveText('0')
  await app.page.screenshot({ path: 'test-results/screenshots/export-reimport-light.png' })
})

test('from the menu elsewhere, a chooser; Cancel mid-write keeps the old file', async ({ app }) => {
  test.setTimeout(90_000)
  // Made in the page: enough rows that the write takes a while.
  await app.page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('impact-desk')
        open.onsuccess = () => {
          const tx = open.result.transaction('contacts', 'readwrite')
          const at = new Date().toISOString()
          const note = 'A note long enough to make every row take some room in the file. '
          for (let index = 0; index < count; index++)
            tx.objectStore('contacts').put({
              id: `many-${index}`,
              firstName: `Person ${index}`,
              lastName: `Family ${index}`,
              emails: [],
              phones: [],
              consent: { given: false },
              sensitive: false,
              tags: [],
              notes: note.repeat(4),
              organizationNames: [],
              campaignIds: [],
              searchWords: [],
              emailKeys: [],
              createdAt: at,
              updatedAt: at,
              deletedAt: '',
            })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
    30_000,
  )
  const dialog = new ExportDialog(app)
  await dialog.openFromMenu()
  await dialog.choose('Records to export', 'Contacts')
  await expect(dialog.dialog).toContainText('Rows: 30,004')
  await app.page.screenshot({ path: 'test-results/screenshots/export-chooser-light.png' })

  const path = join(await tempDir(), 'old.csv')
  await writeFile(path, 'the old file\n')
  await dialog.exportTo(path)
  await expect(dialog.progress).toBeVisible()
  await app.page.screenshot({ path: 'test-results/screenshots/export-progress-light.png' })
  await dialog.progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.page.getByText('Export cancelled.')).toBeVisible()
  expect(await readFile(path, 'utf8')).toBe('the old file\n')
})

test('exports every campaign from the Campaigns screen, headed by the form labels', async ({
  app,
}) => {
  await seed(app.page, 'campaigns', [
    campaignRecord(
      {
        title: 'UNION',
        status: 'active',
        logline: 'Amazon workers win the first union at the company',
        issueTags: ['labour', 'organising'],
        impactDynamics: ['changingMinds', 'buildingCommunities'],
        primaryDynamic: 'buildingCommunities',
        startDate: '2024-04-28',
        film: { runtimeMinutes: 102, languages: ['en', 'es'], closedCaptions: true },
      },
      'campaign-union',
    ),
    campaignRecord(
      { title: 'Blue Gold', goals: '=1+1 new water boards', endDate: '2025-01-05' },
      'campaign-blue-gold',
    ),
  ])
  const shell = new Shell(app.page)
  await shell.goTo('Campaigns')
  await expect(app.page.getByRole('table', { name: 'Campaigns' }).getByRole('row')).toHaveCount(3)
  const dialog = new ExportDialog(app)
  await dialog.openFromTable()
  await expect(dialog.dialog).toContainText('Rows: 2')
  // The screen's own records, shown and fixed: no view or selection to choose between.
  const what = dialog.dialog.getByRole('combobox', { name: 'Records to export' })
  await expect(what).toHaveValue('Campaigns')
  await expect(what).toBeDisabled()
  await dialog.choose('Dates', 'Like 28/04/2024')
  const path = join(await tempDir(), 'campaigns.csv')
  await dialog.exportTo(path)
  await dialog.expectSaved('campaigns.csv')
  expect(await app.saveDialogNames()).toEqual([
    expect.stringMatching(/^campaigns-\d{4}-\d{2}-\d{2}\.csv$/),
  ])

  const [headers, ...rows] = rowsOf(await readFile(path, 'utf8'))
  expect(headers).toEqual([
    'Title',
    'Status',
    'Logline',
    'Issue tags',
    'Impact dynamics',
    'Primary dynamic',
    'Goals',
    'Start date',
    'End date',
    'Runtime',
    'Languages',
    'Closed captions version',
    'Audio description version',
    'ASL version',
    'Website',
    'Trailer',
  ])
  // By title, as the chooser orders campaigns.
  expect(rows).toEqual([
    [
      'Blue Gold',
      'Planning',
      '',
      '',
      '',
      '',
      `'=1+1 new water boards`,
      '',
      '05/01/2025',
      '',
      '',
      'no',
      'no',
      'no',
      '',
      '',
    ],
    [
      'UNION',
      'Active',
      'Amazon workers win the first union at the company',
      'labour; organising',
      'Changing minds; Building communities',
      'Building communities',
      '',
      '28/04/2024',
      '',
      '102',
      'en; es',
      'yes',
      'no',
      'no',
      '',
      '',
    ],
  ])

  // File > Export CSV… elsewhere offers campaigns in its chooser too.
  await shell.goTo('Dashboard')
  await dialog.openFromMenu()
  await dialog.choose('Records to export', 'Campaigns')
  await expect(dialog.dialog).toContainText('Rows: 2')
})

import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ImportWizard } from './pages/ImportWizard'
import { RecordTable } from './pages/RecordTable'
import { ScreeningsScreen } from './pages/ScreeningsScreen'
import { ImportsScreen } from './pages/ImportsScreen'
import { Shell } from './pages/Shell'
import { countRecords } from './seed'

const sheet = [
  'Organisation,Org website,Name,Email,Phone,Role',
  'UFCW Local 1,ufcw.org,Ana López,ana@ufcw.org,+1 202 555 0100,Organizer',
  'Hot Docs,hotdocs.ca,Ben Okafor,ben@hotdocs.ca,,Programmer',
].join('\r\n')

async function tempFile(name: string, content: string | Uint8Array) {
  const path = join(await mkdtemp(join(tmpdir(), 'impact-desk-import-')), name)
  await writeFile(path, content)
  return path
}

test('imports a contact sheet from File > Import CSV, then again without duplicates', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  await shell.ready()
  const path = await tempFile('partners.csv', sheet)
  const wizard = new ImportWizard(app)
  await wizard.openFromMenu(path)
  await expect(wizard.select('What the file holds')).toHaveValue(/Contact sheet/)
  await expect(wizard.select('Delimiter')).toHaveValue('Comma (,)')
  await expect(wizard.preview).toContainText('Ana López')
  await app.page.screenshot({
    path: 'test-results/screenshots/import-file-light.png',
    fullPage: true,
  })
  await wizard.next()
  await expect(wizard.select('Field for column Email')).toHaveValue('Person: Emails')
  await app.page.screenshot({
    path: 'test-results/screenshots/import-mapping-light.png',
    fullPage: true,
  })
  await wizard.review()
  await expect(wizard.count('created')).toHaveText('2')
  await app.page.screenshot({
    path: 'test-results/screenshots/import-review-light.png',
    fullPage: true,
  })
  await wizard.run()
  await app.page.screenshot({
    path: 'test-results/screenshots/import-done-light.png',
    fullPage: true,
  })

  await shell.goTo('Contacts')
  const contacts = new RecordTable(app.page, 'Contacts', /Search contacts/)
  await expect(contacts.row('López')).toBeVisible()

  // The same file again: every row matches, nothing is created, and nothing is there to run.
  await wizard.openFromMenu(path)
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('created')).toHaveText('0')
  await expect(wizard.count('unchanged')).toHaveText('2')
  await expect(app.page.getByTestId('import-start')).toBeDisabled()
  await shell.goTo('Contacts')
  await contacts.expectCount(2)
})

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../src/shared/csv/fixtures', name)))

// Each file's encoding, delimiter or line endings, read right: a decoded text in the preview,
// every row valid. The kind of file is chosen where the headers alone would guess otherwise.
// Files holding the same people as one before them have nothing to write (`rows: 0`).
const files: { name: string; shows: string; entity?: string; rows: number }[] = [
  { name: 'utf8-bom.csv', shows: 'José Martínez', rows: 2 },
  { name: 'utf16le-bom.csv', shows: 'Anaïs Dubois', rows: 0 },
  { name: 'utf16be-no-bom.csv', shows: 'Montréal', rows: 0 },
  { name: 'excel-semicolon.csv', shows: 'Côté', rows: 2 },
  { name: 'tabs.tsv', shows: 'likes, commas; and semicolons', rows: 2 },
  { name: 'pipe.csv', shows: 'hotdocs.ca', entity: 'Organizations', rows: 2 },
  { name: 'lone-cr.csv', shows: 'Lyon', rows: 2 },
  { name: 'mixed-crlf-lf.csv', shows: 'Chloé', rows: 3 },
  { name: 'linkedin-connections.csv', shows: 'Okafor', rows: 2 },
  { name: 'google-contacts.csv', shows: 'ana.lopez@gmail.com', rows: 1 },
  { name: 'outlook-contacts.csv', shows: 'Organizing', rows: 1 },
  { name: 'mailchimp-members.csv', shows: 'newsletter', rows: 1 },
  { name: 'eventbrite-attendees.csv', shows: 'General Admission', rows: 1 },
  { name: 'action-network.csv', shows: 'subscribed', rows: 1 },
  { name: 'hubspot-companies.csv', shows: 'Washington', entity: 'Organizations', rows: 1 },
]

test("imports dropped files in every encoding, delimiter and line ending, and real tools' exports", async ({
  app,
}) => {
  test.setTimeout(240_000)
  await new Shell(app.page).ready()
  const wizard = new ImportWizard(app)
  for (const file of files) {
    await test.step(file.name, async () => {
      await wizard.drop(file.name, fixture(file.name))
      await expect(wizard.preview).toContainText(file.shows)
      if (file.entity) await wizard.choose('What the file holds', file.entity)
      await wizard.next()
      await wizard.review()
      await expect(wizard.count('invalid')).toHaveText('0')
      const start = wizard.page.getByTestId('import-start')
      if (file.rows === 0) {
        await expect(wizard.count('unchanged')).toHaveText('2')
        await expect(start).toBeDisabled()
        return
      }
      await expect(start).toHaveText(`Import ${file.rows} row${file.rows === 1 ? '' : 's'}`)
      await wizard.run()
    })
  }
  await new Shell(app.page).goTo('Contacts')
  const contacts = new RecordTable(app.page, 'Contacts', /Search name, email, organization/)
  for (const name of ['Martínez', 'Dubois', 'Okafor', 'Chloé'])
    await expect(contacts.row(name).first()).toBeVisible()
  // The LinkedIn export's notes before the header were skipped, and its people kept their company.
  await contacts.search.fill('okafor')
  await expect(contacts.row('Hot Docs')).toBeVisible()
})

test('problem rows come a page at a time; a row on a later page is fixed in place', async ({
  app,
}) => {
  await new Shell(app.page).ready()
  const wizard = new ImportWizard(app)
  const lines = ['Name,Email,Relationship strength']
  for (let i = 1; i <= 25; i++) lines.push(`Person ${i},person${i}@example.org,strong`)
  await wizard.drop('bad-strengths.csv', new TextEncoder().encode(lines.join('\n')))
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('invalid')).toHaveText('25')
  await expect(wizard.problems.locator('[data-row]')).toHaveCount(20)
  await wizard.problems.getByRole('button', { name: 'Page 2 of 2' }).click()
  await expect(wizard.problems.locator('[data-row]')).toHaveCount(5)
  // Person 25 is on line 26 of the file.
  const last = wizard.problems.locator('[data-row="26"]')
  await expect(last).toContainText('Row 26 · Person 25')
  await expect(last).toContainText('“strong” is not a number')
  const shell = new Shell(app.page)
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.screenshot({
      path: `test-results/screenshots/import-problems-page-2-${theme}.png`,
    })
  }
  await last.getByRole('textbox', { name: 'Relationship strength' }).fill('2')
  await app.page.getByRole('button', { name: 'Check again with my corrections' }).click()
  await expect(wizard.count('invalid')).toHaveText('24')
  await expect(wizard.count('created')).toHaveText('1')
})

test('a bad cell is fixed in place on the review, and a cancelled run writes nothing', async ({
  app,
}) => {
  test.setTimeout(90_000)
  await new Shell(app.page).ready()
  const wizard = new ImportWizard(app)
  const lines = ['Name,Email,Consent date']
  lines.push('Ana López,ana@ufcw.org,2024-04-28', 'Cleo Park,cleo@example.org,2024-02-30')
  await wizard.drop('people.csv', new TextEncoder().encode(lines.join('\n')))
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('invalid')).toHaveText('1')
  const row = wizard.problems.locator('[data-row="3"]')
  await expect(row).toContainText('Row 3 · Cleo Park')
  await expect(row).toContainText('“2024-02-30” is not a real date')
  await app.page.screenshot({
    path: 'test-results/screenshots/import-problems-light.png',
    fullPage: true,
  })
  await row.getByRole('textbox', { name: 'Consent date' }).fill('2024-02-29')
  await app.page.getByRole('button', { name: 'Check again with my corrections' }).click()
  await expect(wizard.count('invalid')).toHaveText('0')
  await expect(wizard.count('created')).toHaveText('2')
  await wizard.run()
  await new Shell(app.page).goTo('Contacts')
  const contacts = new RecordTable(app.page, 'Contacts', /Search name, email, organization/)
  await expect(contacts.row('cleo@example.org')).toBeVisible()

  // A large file, cancelled while it is written: nothing of it stays.
  const big = ['First name,Last name,Email']
  for (let i = 0; i < 60_000; i++) big.push(`P${i},Q${i},p${i}@example.org`)
  await wizard.drop('big.csv', new TextEncoder().encode(big.join('\n')))
  await wizard.next()
  await wizard.review(45_000)
  await wizard.page.getByTestId('import-start').click()
  // Cancel as soon as the run is under way (a busy machine may not have written a batch yet).
  await expect(wizard.page.getByTestId('import-progress')).toBeVisible()
  await wizard.page.getByTestId('import-progress').getByRole('button', { name: 'Cancel' }).click()
  await expect(wizard.page.getByTestId('import-stopped')).toContainText('Nothing was written')
  await new Shell(app.page).goTo('Contacts')
  await contacts.expectCount(2)
})

test('an import whose worker breaks midway is rolled back at once, and says so', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const { page } = app
  await new Shell(page).ready()
  const wizard = new ImportWizard(app)
  const big = ['First name,Last name,Email']
  for (let i = 0; i < 30_000; i++) big.push(`P${i},Q${i},p${i}@example.org`)
  await wizard.drop('breaks.csv', new TextEncoder().encode(big.join('\n')))
  await wizard.next()
  await wizard.review(45_000)
  await page.getByTestId('import-start').click()
  // Once the first rows are in the workspace, the worker meets an error it does not catch.
  await expect
    .poll(() => countRecords(page, 'contacts'), { timeout: 30_000, intervals: [50] })
    .toBeGreaterThan(0)
  const worker = page.workers().find((w) => w.url().includes('import.worker'))
  await worker!.evaluate(() => {
    setTimeout(() => {
      throw new Error('The worker broke')
    })
  })
  const stopped = page.getByTestId('import-stopped')
  await expect(stopped).toContainText('The worker broke')
  await expect(stopped).toContainText('Nothing was written')
  expect(await countRecords(page, 'contacts')).toBe(0)
  await new Shell(page).goTo('Imports')
  await expect(new ImportsScreen(page).row('breaks.csv')).toContainText('Failed')
})

test('imports screenings with their campaign, then metric values for them', async ({ app }) => {
  test.setTimeout(90_000)
  const shell = new Shell(app.page)
  await shell.ready()
  const wizard = new ImportWizard(app)
  await wizard.drop('screenings.csv', fixture('screenings.csv'))
  await expect(wizard.select('What the file holds')).toHaveValue('Screenings')
  await wizard.next()
  await wizard.review()
  // 30 February is refused on its cell; the other row goes in with a new campaign.
  await expect(wizard.count('invalid')).toHaveText('1')
  await expect(wizard.problems).toContainText('“2024-02-30 19:00” is not a real date')
  await expect(wizard.counts).toContainText('Campaigns: 1 new')
  await wizard.run()

  await wizard.drop('metric-entries.csv', fixture('metric-entries.csv'))
  await expect(wizard.select('What the file holds')).toHaveValue('Metric values')
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('invalid')).toHaveText('1')
  await expect(wizard.problems).toContainText('“many” is not a number')
  await wizard.run()

  await shell.goTo('Screenings')
  const screenings = new ScreeningsScreen(app.page)
  await screenings.table.row('UNION at Hot Docs').click()
  await expect(screenings.field('Start')).toHaveText('Apr 28, 2024, 6:00 PM EDT')
  await expect(app.page.getByRole('main')).toContainText('412')
})

test('bad files are refused with what is wrong, and nothing is written', async ({ app }) => {
  test.setTimeout(90_000)
  await new Shell(app.page).ready()
  const wizard = new ImportWizard(app)
  const refused = app.page.getByTestId('import-file-error')

  await wizard.drop('contacts.xlsx', fixture('not-a-csv.xlsx'), 'application/octet-stream', false)
  await expect(refused).toContainText('This is not a CSV file')
  await expect(app.page.getByRole('button', { name: 'Next' })).toBeDisabled()

  await wizard.drop('empty.csv', new Uint8Array(), 'text/csv', false)
  await expect(refused).toContainText('The file is empty')

  await wizard.drop('header-only.csv', fixture('header-only.csv'))
  await wizard.next()
  await wizard.review()
  await expect(app.page.getByTestId('import-fatal')).toContainText(
    'a header row but no rows of data',
  )
  await expect(app.page.getByTestId('import-start')).toBeDisabled()

  await wizard.drop('unclosed-quote.csv', fixture('unclosed-quote.csv'))
  await wizard.next()
  await wizard.review()
  await expect(app.page.getByTestId('import-fatal')).toContainText('is never closed')
  await expect(app.page.getByTestId('import-start')).toBeDisabled()

  // Ragged rows are read (short rows padded) and said on the review.
  await wizard.drop('ragged-rows.csv', fixture('ragged-rows.csv'))
  await wizard.next()
  await wizard.review()
  await expect(app.page.getByTestId('import-warnings')).toContainText('cells where the header has')

  await new Shell(app.page).goTo('Contacts')
  await expect(app.page.getByText('No contacts yet')).toBeVisible()
})

test('a Windows-1252 file, then an import that updates records, undone from the Imports screen', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const shell = new Shell(app.page)
  await shell.ready()
  const wizard = new ImportWizard(app)
  // Excel on Windows: Western bytes, not UTF-8.
  const western = Buffer.from(
    'Name,Email,Job title\r\nJosé Núñez,jose@example.org,Délégué\r\n',
    'latin1',
  )
  await wizard.drop('western.csv', new Uint8Array(western))
  await expect(wizard.select('Encoding')).toHaveValue('Windows-1252 (Western, Excel on Windows)')
  await expect(wizard.preview).toContainText('José Núñez')
  await wizard.next()
  await wizard.review()
  await wizard.run()

  const update =
    'Name,Email,Job title\nJosé Núñez,jose@example.org,Secretary-Treasurer\nAmy Lin,amy@example.org,\n'
  await wizard.drop('update.csv', new TextEncoder().encode(update))
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('updated')).toHaveText('1')
  await expect(wizard.count('created')).toHaveText('1')
  await wizard.run()

  await shell.goTo('Contacts')
  const contacts = new RecordTable(app.page, 'Contacts', /Search name, email, organization/)
  await contacts.expectCount(2)

  await shell.goTo('Imports')
  const imports = new ImportsScreen(app.page)
  await imports.openRun('update.csv')
  await imports.askToUndo()
  await imports.confirmUndo()
  await expect(imports.status()).toHaveText('Undone')

  await shell.goTo('Contacts')
  await contacts.expectCount(1)
  await contacts.row('Núñez').click()
  await expect(app.page.getByRole('main')).toContainText('Délégué')
  await expect(app.page.getByRole('main')).not.toContainText('Secretary-Treasurer')
})

import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ImportWizard } from './pages/ImportWizard'
import { RecordTable } from './pages/RecordTable'
import { Shell } from './pages/Shell'

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

  // The same file again: every row matches, nothing is created.
  await wizard.openFromMenu(path)
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('created')).toHaveText('0')
  await expect(wizard.count('unchanged')).toHaveText('2')
  await wizard.run()
  await shell.goTo('Contacts')
  await contacts.expectCount(2)
})

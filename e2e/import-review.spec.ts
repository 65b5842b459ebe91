import { expect, test } from './fixtures'
import { storedRecords } from './storedRecords'
import { ImportWizard } from './pages/ImportWizard'
import { Shell } from './pages/Shell'

const encode = (text: string) => new TextEncoder().encode(text)

// A LinkedIn-style sheet: profile links in "URL", a person with no company, a column no field
// fits, and tags as a spreadsheet person types them.
const connections = [
  'First Name,Last Name,URL,Email Address,Company,Position,Accessibility needs,Tags',
  'Ana,López,https://www.linkedin.com/in/ana-lopez,ana@ufcw.org,UFCW Local 1,Organizer,,"union, toronto"',
  'Ben,Okafor,https://www.linkedin.com/in/ben-okafor,ben@example.org,,Programmer,Step-free seat,festival',
].join('\r\n')

// The same people again, by a single Name column, one moving city and one with a bad email.
const update = [
  'Name,Email,City',
  'Ana López,ana@ufcw.org,Toronto',
  'Cleo Diaz,cleo(at)example.org,Montréal',
].join('\r\n')

const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
]

/** The page in both themes at both sizes, for looking at. */
async function shots(app: { page: import('@playwright/test').Page }, shell: Shell, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    if ((await shell.colorScheme()) !== scheme) await shell.themeToggle.click()
    // Away from the toggle, so that its tooltip is not in the picture.
    await app.page.mouse.move(0, 0)
    for (const size of sizes) {
      await app.page.setViewportSize(size)
      await app.page.screenshot({
        path: `test-results/screenshots/${name}-${scheme}-${size.width}.png`,
        fullPage: true,
      })
    }
  }
  if ((await shell.colorScheme()) !== 'light') await shell.themeToggle.click()
  await app.page.setViewportSize(sizes[0]!)
}

test('a first import keeps every column, gives profile links to the person, and an update shows each change', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  await shell.ready()
  const wizard = new ImportWizard(app)

  await wizard.drop('Connections.csv', encode(connections))
  await expect(wizard.select('What the file holds')).toHaveValue('Contacts')
  await wizard.next()
  await expect(wizard.select('Field for column URL')).toHaveValue('Links')
  await expect(wizard.select('Field for column Accessibility needs')).toHaveValue('Kept as a note')
  await expect(app.page.getByTestId('import-kept-columns')).toContainText(
    "Kept in each record's notes, as “Column: value” lines: Accessibility needs.",
  )
  await shots(app, shell, 'import-kept-columns')
  await wizard.review()
  await expect(wizard.count('created')).toHaveText('2')
  await wizard.run()

  const first = await storedRecords(app.page)
  expect(first.organizations.map((org) => org['name'])).toEqual(['UFCW Local 1'])
  const ben = first.contacts.find((contact) => contact['lastName'] === 'Okafor')
  expect(ben).toMatchObject({
    links: ['https://www.linkedin.com/in/ben-okafor'],
    notes: 'Accessibility needs: Step-free seat',
    tags: ['festival'],
    organizationNames: [],
  })
  const ana = first.contacts.find((contact) => contact['lastName'] === 'López')
  expect(ana).toMatchObject({ tags: ['union', 'toronto'], organizationNames: ['UFCW Local 1'] })

  await wizard.drop('Update.csv', encode(update))
  await expect(wizard.select('What the file holds')).toHaveValue('Contacts')
  await wizard.next()
  const split = app.page.getByTestId('import-name-split')
  await expect(split.getByRole('row', { name: 'Cleo Diaz Cleo Diaz' })).toBeVisible()
  await shots(app, shell, 'import-name-split')
  await wizard.review()
  const updates = app.page.getByTestId('import-updates')
  await expect(updates).toContainText('1 record already here will change')
  const anaCard = updates.locator('[data-row="2"]')
  await expect(anaCard).toContainText('Row 2 · Ana López')
  await expect(anaCard.locator('[data-field="city"]')).toHaveText(/City\s*Not set\s*Toronto/)
  // Her name is written whole: the parts she has are not replaced by another split of it.
  await expect(anaCard.locator('[data-field="firstName"]')).toHaveCount(0)
  await expect(app.page.getByTestId('import-row-warnings')).toContainText(
    'Row 3 · Cleo Diaz: “cleo(at)example.org” is not an email address: the person is imported without it, and the value is kept in their notes.',
  )
  await shots(app, shell, 'import-review-updates')
  await wizard.run()

  const second = await storedRecords(app.page)
  expect(second.contacts.find((contact) => contact['lastName'] === 'Diaz')).toMatchObject({
    firstName: 'Cleo',
    emails: [],
    city: 'Montréal',
    notes: 'Email: cleo(at)example.org',
  })
  expect(second.contacts.find((contact) => contact['lastName'] === 'López')).toMatchObject({
    firstName: 'Ana',
    city: 'Toronto',
  })

  // The same file again writes nothing, and the button says so.
  await wizard.drop('Update.csv', encode(update))
  await wizard.next()
  await wizard.review()
  await expect(wizard.count('unchanged')).toHaveText('2')
  await expect(app.page.getByTestId('import-start')).toBeDisabled()
  await expect(app.page.getByTestId('import-start')).toHaveText(
    'Nothing to import: no row adds or changes anything',
  )
})

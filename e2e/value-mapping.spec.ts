import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ImportWizard } from './pages/ImportWizard'
import { Shell } from './pages/Shell'

/** Every record of a table of the app's IndexedDB, read straight from it. */
function storedRecords(page: Page, table: string) {
  return page.evaluate(
    (table) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('impact-desk')
        open.onsuccess = () => {
          const all = open.result.transaction(table).objectStore(table).getAll()
          all.onsuccess = () => {
            open.result.close()
            resolve(all.result as Record<string, unknown>[])
          }
          all.onerror = () => reject(all.error)
        }
        open.onerror = () => reject(open.error)
      }),
    table,
  )
}

const partners = [
  'Organization,Organization type,First name,Last name,Email,Consent',
  'UFCW Local 1,Labor Union,Ana,López,ana@ufcw.org,Oui',
  'Hot Docs,Non-Profit Organization Management,Ben,Okafor,ben@hotdocs.ca,Non',
  'Union Theological,Higher Education,Chloé,Martin,chloe@utsnyc.edu,Sí',
  'Teamsters 27,labor union,Dev,Patel,dev@teamsters27.org,نعم',
].join('\r\n')

const screenings = [
  'Title,Film,Start,Time zone,Captions,ASL,Ticketed',
  'UNION at Local 1,UNION,2024-05-02 18:00,America/New_York,CC,Q&A only,Oui',
  'UNION at Hot Docs,UNION,2024-04-28 18:00,America/Toronto,open captions,whole event,Non',
  'UNION online,UNION,2024-06-01 12:00,UTC,none,no,Wi',
].join('\n')

const label = (value: string) => `Imported as, for “${value}”`

/** The value mapping in view, its title clear of the window's header, no tooltip over it. */
async function showValues(page: Page, title = 'Values of choice columns') {
  await page.mouse.move(1, 300)
  await page
    .getByRole('heading', { name: title })
    .evaluate((heading) => heading.scrollIntoView({ block: 'center' }))
}

test('choice values are guessed, shown, changed once, and stored as chosen', async ({ app }) => {
  test.setTimeout(120_000)
  const shell = new Shell(app.page)
  await shell.ready()
  const wizard = new ImportWizard(app)
  const values = app.page.getByTestId('import-values')

  await wizard.drop('partners.csv', new TextEncoder().encode(partners))
  await expect(wizard.select('What the file holds')).toHaveValue(/Contact sheet/)
  await wizard.next()
  await wizard.review()
  // The wizard's defaults import every row: each value has a guess.
  await expect(wizard.count('created')).toHaveText('4')
  await expect(wizard.count('invalid')).toHaveText('0')
  await expect(wizard.select(label('Labor Union'))).toHaveValue('Union')
  await expect(wizard.select(label('Non-Profit Organization Management'))).toHaveValue('Nonprofit')
  // A field whose values are all known wordings is folded; one with a guess to check is open.
  const consent = values.getByRole('button', { name: /Consent to contact/ })
  await expect(consent).toHaveAttribute('aria-expanded', 'false')
  await expect(values.getByRole('button', { name: /Type/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await consent.click()
  await expect(wizard.select(label('Oui'))).toHaveValue('Yes')
  await expect(wizard.select(label('نعم'))).toHaveValue('Yes')
  await expect(wizard.select(label('Non'))).toHaveValue('No')
  // "labor union" is the same value as "Labor Union": one line, two rows.
  const union = values.locator('tr[data-value="Labor Union"]')
  await expect(union).toContainText('2')
  await expect(values.locator('tr[data-value="labor union"]')).toHaveCount(0)
  // A LinkedIn industry is a category guess, marked for checking.
  const education = values.locator('tr[data-value="Higher Education"]')
  await expect(wizard.select(label('Higher Education'))).toHaveValue('Campus group')
  await expect(education).toContainText('Check')
  await expect(union).not.toContainText('Check')

  for (const theme of ['light', 'dark'] as const) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    for (const [width, height] of [
      [1024, 640],
      [1280, 800],
    ] as const) {
      await app.page.setViewportSize({ width, height })
      await showValues(app.page)
      await app.page.screenshot({
        path: `test-results/screenshots/import-values-${theme}-${width}x${height}.png`,
      })
    }
  }
  if ((await shell.colorScheme()) !== 'light') await shell.themeToggle.click()

  await wizard.choose(label('Higher Education'), 'Faith group')
  await expect(wizard.select(label('Higher Education'))).toHaveValue('Faith group')
  await expect(education).not.toContainText('Check')
  await expect(wizard.count('created')).toHaveText('4')

  // Left unmapped, a value makes its rows problems; chosen again, they import.
  await wizard.choose(label('Sí'), 'Leave unmapped (rows need fixing)')
  await expect(wizard.count('invalid')).toHaveText('1')
  await expect(wizard.problems).toContainText('Sí')
  await showValues(app.page)
  await app.page.screenshot({ path: 'test-results/screenshots/import-values-unmapped-light.png' })
  // Right to left, in Arabic.
  await shell.chooseLanguage('العربية')
  await showValues(app.page, 'قيم أعمدة الاختيار')
  await app.page.screenshot({ path: 'test-results/screenshots/import-values-unmapped-ar.png' })
  await shell.chooseLanguage('English')
  await wizard.choose(label('Sí'), 'Yes')
  await expect(wizard.count('invalid')).toHaveText('0')

  // The values chosen are saved with the mapping, and come back with it.
  await app.page.getByLabel('Save this mapping').fill('Partners with values')
  await app.page.getByRole('button', { name: 'Save mapping' }).click()
  await expect(app.page.getByText('Mapping “Partners with values” saved')).toBeVisible()
  await wizard.run()
  const organizations = await storedRecords(app.page, 'organizations')
  const typeOf = (name: string) => organizations.find((org) => org['name'] === name)?.['type']
  expect(typeOf('UFCW Local 1')).toBe('union')
  expect(typeOf('Teamsters 27')).toBe('union')
  expect(typeOf('Hot Docs')).toBe('nonprofit')
  expect(typeOf('Union Theological')).toBe('faithGroup')
  const contacts = await storedRecords(app.page, 'contacts')
  const consentOf = (first: string) =>
    (
      contacts.find((contact) => contact['firstName'] === first)?.['consent'] as
        { given?: boolean } | undefined
    )?.given
  expect([consentOf('Ana'), consentOf('Ben'), consentOf('Chloé'), consentOf('Dev')]).toEqual([
    true,
    false,
    true,
    true,
  ])

  await wizard.drop('partners again.csv', new TextEncoder().encode(partners))
  await wizard.next()
  await app.page.getByTestId('import-preset-fit').getByRole('button', { name: 'Use it' }).click()
  await wizard.review()
  await expect(wizard.count('unchanged')).toHaveText('4')
  // Every value now has the user's choice: nothing to check, the field folded.
  await values.getByRole('button', { name: /Type/ }).click()
  await expect(wizard.select(label('Higher Education'))).toHaveValue('Faith group')
  await expect(values.locator('tr[data-value="Higher Education"]')).not.toContainText('Check')

  await wizard.drop('schedule.csv', new TextEncoder().encode(screenings))
  await expect(wizard.select('What the file holds')).toHaveValue('Screenings')
  await wizard.next()
  await expect(wizard.select('Field for column Captions')).toHaveValue('Captions')
  await expect(wizard.select('Field for column ASL')).toHaveValue('ASL')
  await wizard.review()
  await expect(wizard.count('invalid')).toHaveText('0')
  // Every value is a known wording: the fields are folded until opened.
  for (const field of [/^Captions/, /^ASL/, /^Ticketed/]) {
    const control = values.getByRole('button', { name: field })
    await expect(control).toHaveAttribute('aria-expanded', 'false')
    await control.click()
  }
  await expect(wizard.select(label('CC'))).toHaveValue('Closed captions')
  await expect(wizard.select(label('open captions'))).toHaveValue('Open captions')
  await expect(wizard.select(label('Q&A only'))).toHaveValue('ASL for the Q&A only')
  await expect(wizard.select(label('whole event'))).toHaveValue('ASL for the whole event')
  await expect(wizard.select(label('Wi'))).toHaveValue('Yes')
  for (const theme of ['dark', 'light'] as const) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.setViewportSize({ width: 1024, height: 640 })
    await showValues(app.page)
    await app.page.screenshot({
      path: `test-results/screenshots/import-values-screenings-${theme}-1024x640.png`,
    })
  }
  await wizard.run()

  const stored = await storedRecords(app.page, 'screenings')
  const accessOf = (title: string) => {
    const screening = stored.find((record) => record['title'] === title)
    return {
      ...(screening?.['accessibility'] as object),
      ticketed: (screening?.['licence'] as { ticketed?: boolean } | undefined)?.ticketed,
    }
  }
  expect(accessOf('UNION at Local 1')).toMatchObject({
    closedCaptions: true,
    openCaptions: false,
    asl: true,
    aslScope: 'Q&A',
    ticketed: true,
  })
  expect(accessOf('UNION at Hot Docs')).toMatchObject({
    closedCaptions: false,
    openCaptions: true,
    asl: true,
    ticketed: false,
  })
  expect(accessOf('UNION at Hot Docs')).not.toHaveProperty('aslScope')
  expect(accessOf('UNION online')).toMatchObject({
    closedCaptions: false,
    openCaptions: false,
    asl: false,
    ticketed: true,
  })
})

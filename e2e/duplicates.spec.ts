import { type AffiliationInput, affiliationSchema } from '../src/shared/domain/affiliation'
import { type ActivityInput, activitySchema } from '../src/shared/domain/activity'
import { type ContactInput, contactSchema, deriveContact } from '../src/shared/domain/contact'
import {
  type OrganizationInput,
  deriveOrganization,
  organizationSchema,
} from '../src/shared/domain/organization'
import { expect, test } from './fixtures'
import { DuplicatesScreen } from './pages/DuplicatesScreen'
import { Shell } from './pages/Shell'

// Records as the app stores them: validated, with their derived fields and timestamps.
const meta = (id: string, createdAt: string) => ({
  id,
  createdAt,
  updatedAt: createdAt,
  deletedAt: '',
})
const contact = (id: string, createdAt: string, input: ContactInput) => {
  const fields = contactSchema.parse(input)
  return { ...fields, ...deriveContact(fields), ...meta(id, createdAt) }
}
const organization = (id: string, createdAt: string, input: OrganizationInput) => {
  const fields = organizationSchema.parse(input)
  return { ...fields, ...deriveOrganization(fields), ...meta(id, createdAt) }
}
const affiliation = (id: string, input: AffiliationInput) => ({
  ...affiliationSchema.parse(input),
  ...meta(id, '2024-02-01T10:00:00.000Z'),
})
const activity = (id: string, input: ActivityInput) => ({
  ...activitySchema.parse(input),
  ...meta(id, '2024-02-01T10:00:00.000Z'),
})

const ana = contact('c-ana', '2024-01-10T10:00:00.000Z', {
  firstName: 'Ana',
  lastName: 'Lopez',
  emails: [{ address: 'ana@alu.org', primary: true }],
  title: 'Organizer',
  organizationNames: ['Amazon Labor Union'],
})
const anaMaria = contact('c-ana-maria', '2024-03-02T10:00:00.000Z', {
  firstName: 'Ana María',
  lastName: 'López',
  emails: [{ address: 'ANA@alu.org' }, { address: 'ana.lopez@gmail.com', primary: true }],
  phones: [{ number: '+1 718 555 0100' }],
  pronouns: 'she/her',
  organizationNames: ['Make the Road New York'],
})
const connor = contact('c-connor', '2024-01-05T10:00:00.000Z', {
  firstName: 'Connor',
  lastName: 'Spence',
  emails: [{ address: 'press@alu.org' }],
})
const justine = contact('c-justine', '2024-02-05T10:00:00.000Z', {
  firstName: 'Justine',
  lastName: 'Medina',
  emails: [{ address: 'press@alu.org' }],
})
const alu = organization('o-alu', '2023-11-01T10:00:00.000Z', {
  name: 'Amazon Labor Union',
  type: 'union',
  website: 'https://www.amazonlaborunion.org',
  city: 'Staten Island',
})
const aluToo = organization('o-alu-2', '2024-04-01T10:00:00.000Z', {
  name: 'ALU-IBT Local 1',
  type: 'union',
  domain: 'amazonlaborunion.org',
})

async function ready(shell: Shell) {
  await shell.ready()
  // The dashboard's welcome means the app has opened (and created) its database.
  await expect(shell.page.getByText('Welcome to Impact Desk')).toBeVisible()
}

test('a shared email is suggested with its reason, and "Not a duplicate" is remembered', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const duplicates = new DuplicatesScreen(app.page)
  await ready(shell)
  await duplicates.store('contacts', [ana, anaMaria, connor, justine])
  await duplicates.store('organizations', [alu, aluToo])

  await duplicates.open()
  await expect(duplicates.count).toHaveText('2 suggestions to review')
  const press = duplicates.suggestion('Connor Spence', 'Justine Medina')
  await expect(press).toContainText('Same email: press@alu.org')
  await expect(press).toContainText('press@alu.org')
  await expect(duplicates.suggestion('Ana Lopez', 'Ana María López')).toContainText(
    'Same email: ana@alu.org',
  )

  await duplicates.notDuplicate('Connor Spence', 'Justine Medina')
  await expect(press).toHaveCount(0)
  await expect(duplicates.count).toHaveText('1 suggestion to review')
  await expect(app.page.getByText('will not be suggested again')).toBeVisible()

  await app.page.reload()
  await expect(duplicates.suggestion('Ana Lopez', 'Ana María López')).toBeVisible()
  await expect(press).toHaveCount(0)
  await expect(duplicates.suggestions).toHaveCount(1)

  await duplicates.showTab('Organizations')
  await expect(duplicates.suggestion('Amazon Labor Union', 'ALU-IBT Local 1')).toContainText(
    'Same website: amazonlaborunion.org',
  )
  await duplicates.openMerge('Amazon Labor Union', 'ALU-IBT Local 1')
  await expect(duplicates.field('Type')).toContainText('Union same in both')
  await duplicates.choose('Name', 'ALU-IBT Local 1')
  // The name it loses stays findable, as an alias.
  await expect(duplicates.result).toContainText('Amazon Labor Union')
  await app.page.getByRole('link', { name: 'Cancel' }).click()
  await expect(duplicates.page.getByRole('tab', { name: 'Organizations' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
})

test('a merge keeps the chosen values, trashes the other record, and Undo restores both', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  const duplicates = new DuplicatesScreen(app.page)
  await ready(shell)
  await duplicates.store('contacts', [ana, anaMaria])
  await duplicates.store('organizations', [alu])
  await duplicates.store('affiliations', [
    affiliation('a-1', { contactId: anaMaria.id, organizationId: alu.id, role: 'Steward' }),
  ])
  await duplicates.store('activities', [
    activity('t-1', {
      subjectType: 'contact',
      subjectId: anaMaria.id,
      kind: 'call',
      occurredAt: '2024-03-05T15:00:00.000Z',
      summary: 'Agreed to host a screening',
    }),
  ])

  await duplicates.open()
  await duplicates.openMerge('Ana Lopez', 'Ana María López')
  await expect(
    duplicates.field('First name').getByRole('radio', { name: 'Ana', exact: true }),
  ).toBeChecked()
  await duplicates.choose('Last name', 'López')
  await duplicates.choose('Job title', 'Not set')
  await expect(duplicates.field('Emails').getByRole('radio', { name: 'Both' })).toBeChecked()
  await expect(duplicates.result).toContainText('López')
  await expect(duplicates.result).not.toContainText('Organizer')
  await expect(app.page.getByText('1 affiliation moves to the kept record')).toBeVisible()
  await expect(app.page.getByText('1 timeline entry moves to the kept record')).toBeVisible()

  await duplicates.merge()
  await expect(app.page.getByText('“Ana María López” merged into “Ana López”')).toBeVisible()
  await expect(app.page.getByText('Nothing to review')).toBeVisible()
  expect(await duplicates.read('contacts', ana.id)).toMatchObject({
    firstName: 'Ana',
    lastName: 'López',
    title: undefined,
    pronouns: 'she/her',
    emailKeys: ['ana@alu.org', 'ana.lopez@gmail.com'],
    phones: [{ number: '+1 718 555 0100', primary: false }],
    organizationNames: ['Amazon Labor Union', 'Make the Road New York'],
    deletedAt: '',
  })
  expect((await duplicates.read('contacts', anaMaria.id))?.deletedAt).not.toBe('')
  expect((await duplicates.read('affiliations', 'a-1'))?.contactId).toBe(ana.id)
  expect((await duplicates.read('activities', 't-1'))?.subjectId).toBe(ana.id)

  await app.page.getByRole('button', { name: 'Undo' }).click()
  await expect
    .poll(async () => (await duplicates.read('contacts', anaMaria.id))?.deletedAt)
    .toBe('')
  expect(await duplicates.read('contacts', ana.id)).toMatchObject({
    lastName: 'Lopez',
    title: 'Organizer',
    pronouns: undefined,
    emailKeys: ['ana@alu.org'],
  })
  expect((await duplicates.read('affiliations', 'a-1'))?.contactId).toBe(anaMaria.id)
  expect((await duplicates.read('activities', 't-1'))?.subjectId).toBe(anaMaria.id)
  await expect(duplicates.suggestion('Ana Lopez', 'Ana María López')).toBeVisible()
})

test('the queue and the merge screen in both themes', async ({ app }) => {
  const shell = new Shell(app.page)
  const duplicates = new DuplicatesScreen(app.page)
  await ready(shell)
  await duplicates.store('contacts', [
    ana,
    anaMaria,
    connor,
    justine,
    contact('c-jon', '2024-01-20T10:00:00.000Z', { firstName: 'Jon', lastName: 'Smithers' }),
    contact('c-john', '2024-05-20T10:00:00.000Z', {
      firstName: 'John',
      lastName: 'Smithers',
      emails: [{ address: 'jsmithers@teamsters.org' }],
      organizationNames: ['Teamsters Local 804'],
    }),
  ])

  await duplicates.open()
  await expect(duplicates.suggestions).toHaveCount(3)
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.mouse.move(0, 0)
    await app.page.screenshot({ path: `test-results/screenshots/duplicates-queue-${theme}.png` })
    await duplicates.openMerge('Ana Lopez', 'Ana María López')
    await app.page.screenshot({
      path: `test-results/screenshots/duplicates-merge-${theme}.png`,
      fullPage: true,
    })
    await app.page.goBack()
    await expect(duplicates.heading).toHaveText('Duplicates')
  }
  // Arabic mirrors the layout: the kept record's column is on the right.
  await shell.chooseLanguage('العربية')
  await expect(duplicates.heading).toHaveText('التكرارات')
  await app.page.getByRole('button', { name: 'دمج…' }).first().click()
  await expect(duplicates.heading).toHaveText('دمج جهتَي اتصال')
  await app.page.screenshot({ path: 'test-results/screenshots/duplicates-merge-ar-dark.png' })
})

import { expect, test } from './fixtures'
import { ImportChecks } from './pages/ImportChecks'
import { ImportWizard } from './pages/ImportWizard'
import { Shell } from './pages/Shell'
import { tableRecords } from './storedRecords'

const encode = (text: string) => new TextEncoder().encode(text)

// A venue's schedule as a hand-made sheet writes it: no campaign column, day-first dates, the
// time apart, and two screenings on the nights New York's clocks change.
const schedule = [
  'Title,Date,Time,Venue,City,Time zone',
  'UNION at Hot Docs,28/04/2024,7:00 PM,Hot Docs Cinema,Toronto,America/Toronto',
  'Spring forward night,10/03/2024,2:30 AM,Union Hall,New York,America/New_York',
  'Fall back night,03/11/2024,01:30,Union Hall,New York,America/New_York',
].join('\r\n')

test('a schedule with its date and time apart imports as screenings, with each clock change chosen', async ({
  app,
}) => {
  test.setTimeout(120_000)
  await new Shell(app.page).ready()
  const wizard = new ImportWizard(app)
  const checks = new ImportChecks(app.page)
  await wizard.drop('schedule.csv', encode(schedule))
  await expect(wizard.select('What the file holds')).toHaveValue('Screenings')
  await wizard.next()
  await expect(wizard.select('Field for column Date')).toHaveValue('Date')
  await expect(wizard.select('Field for column Time')).toHaveValue('Start time')
  await expect(wizard.select('Dates')).toHaveValue('Like 28/04/2024')
  await expect(checks.dateGuess).toHaveText(
    'Day first: 28/04/2024 in row 2 has a first number over 12.',
  )
  // The campaign is asked once, as the required field's default.
  await expect(app.page.getByTestId('import-missing-required')).toContainText('Campaign')
  await checks.giveDefault('Campaign', 'UNION')
  await expect(app.page.getByTestId('import-missing-required')).toBeHidden()
  await checks.screenshots('import-date-guess', checks.dateGuess)

  await wizard.review()
  await expect(wizard.count('created')).toHaveText('3')
  await expect(wizard.count('invalid')).toHaveText('0')
  await expect(checks.clockChanges.locator('tbody tr')).toHaveCount(2)
  await expect(checks.clockRow(3)).toContainText('Spring forward night')
  await expect(checks.clockRow(3)).toContainText('Mar 10, 2024, 2:30 AM')
  await expect(checks.clockRow(3)).toContainText('Skipped: the clocks go forward')
  await expect(checks.stored(3)).toHaveText('Mar 10, 2024, 3:30 AM EDT')
  await expect(
    checks.clockRow(3).getByRole('radio', { name: 'After the gap: 3:30 AM EDT' }),
  ).toBeChecked()
  await expect(
    checks.clockRow(3).getByRole('radio', { name: 'Before the gap: 1:30 AM EST' }),
  ).not.toBeChecked()
  await expect(checks.clockRow(4)).toContainText('Happens twice: the clocks go back')
  await expect(checks.stored(4)).toHaveText('Nov 3, 2024, 1:30 AM EDT')
  await checks.screenshots('import-clock-changes', checks.clockChanges)

  // The second 1:30 of the night the clocks go back: the review is checked again with it.
  await checks.choose(4, 'Second time: 1:30 AM EST')
  await expect(checks.stored(4)).toHaveText('Nov 3, 2024, 1:30 AM EST')
  await expect(
    checks.clockRow(4).getByRole('radio', { name: 'Second time: 1:30 AM EST' }),
  ).toBeChecked()
  await expect(checks.stored(3)).toHaveText('Mar 10, 2024, 3:30 AM EDT')
  // Right to left, the rows and their times read in Arabic.
  const shell = new Shell(app.page)
  await shell.chooseLanguage('العربية')
  await expect(checks.clockChanges).toContainText('أوقات يتخطاها تغيير الساعة أو يكرّرها')
  await expect(checks.clockRow(4)).toContainText('المرة الثانية')
  await expect(app.page.locator('html')).toHaveAttribute('dir', 'rtl')
  await checks.clockChanges.scrollIntoViewIfNeeded()
  await app.page.screenshot({ path: 'test-results/screenshots/import-clock-changes-ar.png' })
  await shell.chooseLanguage('English')
  await wizard.run()

  const screenings = await tableRecords<{ title: string; startsAt: string; timeZone: string }>(
    app.page,
    'screenings',
  )
  expect(Object.fromEntries(screenings.map((s) => [s.title, [s.startsAt, s.timeZone]]))).toEqual({
    'UNION at Hot Docs': ['2024-04-28T23:00:00.000Z', 'America/Toronto'],
    'Spring forward night': ['2024-03-10T07:30:00.000Z', 'America/New_York'],
    'Fall back night': ['2024-11-03T06:30:00.000Z', 'America/New_York'],
  })
  const campaigns = await tableRecords<{ title: string }>(app.page, 'campaigns')
  expect(campaigns.map((c) => c.title)).toEqual(['UNION'])
})

// Values counted at screenings and for the campaign, naming a metric and a screening the
// workspace does not have yet, and no campaign column.
const values = [
  'Metric,Value,Date,Screening',
  'Attendance,120,28/04/2024,UNION at the Union Hall',
  'Calls to senators,40,29/04/2024,',
].join('\n')

test('metric values naming a metric and a screening not yet there make them, in the campaign given once', async ({
  app,
}) => {
  test.setTimeout(120_000)
  await new Shell(app.page).ready()
  const wizard = new ImportWizard(app)
  const checks = new ImportChecks(app.page)
  await wizard.drop('values.csv', encode(values))
  await expect(wizard.select('What the file holds')).toHaveValue('Metric values')
  await wizard.next()
  await expect(wizard.select('Dates')).toHaveValue('Like 28/04/2024')

  // Without a campaign nothing can be made: the review says where to give it.
  await wizard.review()
  await expect(wizard.count('invalid')).toHaveText('2')
  await expect(checks.needsCampaign).toContainText('give its campaign as a default value')
  await wizard.page.getByRole('button', { name: 'Back' }).click()
  await checks.giveDefault('Campaign', 'UNION')
  await wizard.review()
  await expect(wizard.count('invalid')).toHaveText('0')
  await expect(wizard.count('created')).toHaveText('2')
  await expect(wizard.counts).toContainText('Metrics: 2 new')
  await expect(wizard.counts).toContainText('Screenings: 1 new')
  await expect(checks.newLinks).toContainText(
    'Metric “Attendance” in UNION, unit: People (because its name says “Attendance”)',
  )
  await expect(checks.newLinks).toContainText('Metric “Calls to senators” in UNION, unit: Count')
  await expect(checks.newLinks).toContainText(
    'unit: Count (the default, as nothing in its name says otherwise',
  )
  await expect(checks.newLinks).toContainText('Screening “UNION at the Union Hall” in UNION')
  await checks.screenshots('import-new-links', checks.newLinks)

  // Declined, the rows that name them are to fix; taken back, they import.
  const create = checks.newLinks.getByRole('checkbox', { name: 'Create them' })
  await expect(create).toBeChecked()
  await create.uncheck()
  await expect(wizard.count('invalid')).toHaveText('2')
  await checks.newLinks.getByRole('checkbox', { name: 'Create them' }).check()
  await expect(wizard.count('invalid')).toHaveText('0')
  await wizard.run()

  const [campaign] = await tableRecords<{ id: string; title: string }>(app.page, 'campaigns')
  expect(campaign?.title).toBe('UNION')
  const metrics = await tableRecords<{
    id: string
    name: string
    unit: string
    campaignId: string
  }>(app.page, 'metricDefinitions')
  expect(metrics.map((m) => [m.name, m.unit, m.campaignId]).sort()).toEqual([
    ['Attendance', 'people', campaign!.id],
    ['Calls to senators', 'count', campaign!.id],
  ])
  const [screening] = await tableRecords<{ id: string; title: string; campaignId: string }>(
    app.page,
    'screenings',
  )
  expect(screening).toMatchObject({ title: 'UNION at the Union Hall', campaignId: campaign!.id })
  const entries = await tableRecords<{ value: number; date: string; screeningId?: string }>(
    app.page,
    'metricEntries',
  )
  expect(entries.map((e) => [e.date, e.value, e.screeningId ?? null]).sort()).toEqual([
    ['2024-04-28', 120, screening!.id],
    ['2024-04-29', 40, null],
  ])
})

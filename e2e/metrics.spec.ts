import { expect, test } from './fixtures'
import { DashboardScreen } from './pages/DashboardScreen'
import { MetricsScreen } from './pages/MetricsScreen'
import { Shell } from './pages/Shell'
import { campaignRecord, screeningRecords } from './screeningSeed'
import { organizationRecords, seed } from './seed'

const campaign = campaignRecord({ title: 'UNION', status: 'active' })
const screenings = screeningRecords([
  {
    campaignId: campaign.id,
    title: 'UNION at the ALU hall',
    startsAt: '2024-03-14T22:30:00.000Z',
    timeZone: 'America/New_York',
    status: 'held',
  },
])
const partners = organizationRecords([
  { name: 'Amazon Labor Union-IBT Local 1', type: 'union', campaignIds: [campaign.id] },
  { name: 'AFL-CIO', type: 'laborFederation' },
])

// Typing a season of values through the UI takes longer than the default budget.
test.describe.configure({ timeout: 90_000 })

async function themes(shell: Shell, shoot: (theme: string) => Promise<unknown>) {
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await expect.poll(() => shell.colorScheme()).toBe(theme)
    await shell.page.mouse.move(0, 0)
    await expect(shell.page.getByRole('tooltip')).toHaveCount(0)
    await shoot(theme)
  }
}

test('define a metric, enter values in every scope, refuse bad input, delete with Undo', async ({
  app,
}) => {
  const { page } = app
  const shell = new Shell(page)
  const metrics = new MetricsScreen(page)
  await shell.ready()
  await seed(page, 'campaigns', [campaign])
  await seed(page, 'screenings', screenings)
  await seed(page, 'organizations', partners)

  await shell.goTo('Metrics')
  await expect(page.getByText('No metrics yet')).toBeVisible()
  // A metric without a name is refused on the field, and the form keeps what was typed.
  await page.getByRole('button', { name: /New metric/ }).click()
  await metrics.dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('lots')
  await metrics.dialog.getByRole('button', { name: 'Create' }).click()
  await expect(metrics.dialog.getByText('Give the metric a name')).toBeVisible()
  await expect(metrics.dialog.getByText('Choose the campaign it belongs to')).toBeVisible()
  await expect(metrics.dialog.getByText('Enter a number such as 1,234.5')).toBeVisible()
  await metrics.dialog.getByRole('button', { name: 'Cancel' }).click()

  await metrics.create({
    name: 'Calls to senators',
    campaign: 'UNION',
    unit: 'Count',
    target: '1,000',
    description: 'Calls asking senators to vote yes on the PRO Act',
  })
  await expect(page.getByText('1,000', { exact: true })).toBeVisible()

  // The campaign itself: typed, Enter, and the grid is ready for the next value.
  await metrics.typeRow({ value: '40', date: '2024-04-01', source: 'Call tool' })
  await expect(metrics.status).toHaveText('Added 40 on Apr 1, 2024. Type the next value.')
  await expect(metrics.entryRow.getByRole('textbox', { name: 'Value' })).toBeFocused()
  await expect(metrics.entryRow.getByRole('textbox', { name: 'Value' })).toHaveValue('')
  await expect(metrics.entries).toHaveCount(1)

  // Words, fractions of a call and negative counts are refused on the cell; nothing is saved.
  for (const [typed, message] of [
    ['lots', 'Enter a number such as 1,234.5'],
    ['2.5', 'Enter a whole number'],
    ['-3', 'Cannot be below zero'],
  ]) {
    await metrics.typeRow({ value: typed! })
    await expect(metrics.entryRow.getByText(message!)).toBeVisible()
  }
  await expect(metrics.entries).toHaveCount(1)
  await metrics.entryRow.getByLabel('Date', { exact: true }).fill('')
  await metrics.typeRow({ value: '1,250' })
  await expect(metrics.entryRow.getByText('Enter a valid date')).toBeVisible()
  await expect(metrics.entries).toHaveCount(1)

  // A partner, picked from the keyboard; a partner of no campaign is found by typing.
  await metrics.typeRow({
    value: '1,250',
    date: '2024-04-08',
    scope: { search: 'amazon', option: 'Amazon Labor Union-IBT Local 1' },
    source: 'Union phone bank',
  })
  await expect(metrics.entries).toHaveCount(2)
  await metrics.typeRow({
    value: '9',
    date: '2024-04-09',
    scope: { search: 'afl', option: 'AFL-CIO' },
  })
  await expect(metrics.entries).toHaveCount(3)
  await expect(metrics.entries.first()).toContainText('AFL-CIO')
  await expect(metrics.entry('1,250')).toContainText('Amazon Labor Union-IBT Local 1')
  await expect(metrics.entry('1,250')).toContainText('Union phone bank')

  // A screening, from its own page: calls made after the Q&A.
  await page.evaluate((id) => (window.location.hash = `#/screenings/${id}`), screenings[0]!.id)
  const section = page.getByRole('region', { name: 'Metrics' })
  await expect(section.getByText('No values recorded for this screening yet.')).toBeVisible()
  await expect(section.getByRole('textbox', { name: 'Date' })).toHaveValue('2024-03-14')
  await section.getByRole('textbox', { name: 'Value' }).fill('many')
  await section.getByRole('button', { name: 'Record' }).click()
  await expect(section.getByText('Enter a number such as 1,234.5')).toBeVisible()
  await section.getByRole('textbox', { name: 'Value' }).fill('58')
  await section.getByRole('textbox', { name: 'Source' }).fill('Call sheet')
  await section.getByRole('textbox', { name: 'Source' }).press('Enter')
  await expect(section.getByTestId('screening-metric')).toHaveCount(1)
  await expect(section.getByTestId('screening-metric')).toContainText('Calls to senators')
  await expect(section.getByTestId('screening-metric')).toContainText('58')
  await expect(section.getByTestId('screening-metric')).toContainText('Mar 14, 2024')
  await page.mouse.move(0, 0)
  await themes(shell, (theme) =>
    section.screenshot({ path: `test-results/screenshots/screening-metrics-${theme}.png` }),
  )

  // Back on the metric, the value is there with the screening it belongs to.
  await section.getByRole('link', { name: 'Calls to senators' }).click()
  await expect(metrics.heading).toHaveText('Calls to senators')
  await expect(metrics.entries).toHaveCount(4)
  await expect(metrics.entry('58')).toContainText('UNION at the ALU hall')

  // Delete a value, then Undo.
  await metrics.entry('1,250').getByRole('button', { name: 'Delete value' }).click()
  await expect(metrics.entries).toHaveCount(3)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(metrics.entries).toHaveCount(4)

  // Edit the target in place, with a decimal comma refused where it cannot be read.
  await page.getByRole('button', { name: 'Edit Target', exact: true }).click()
  await page.getByRole('textbox', { name: 'Target', exact: true }).fill('1,500')
  await page.getByRole('textbox', { name: 'Target', exact: true }).press('Enter')
  await expect(page.getByText('1,500', { exact: true })).toBeVisible()

  // Delete the metric: to the trash, with Undo.
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(shell.heading).toHaveText('Metrics')
  await expect(page.getByText('“Calls to senators” moved to the trash')).toBeVisible()
  await expect(metrics.row('Calls to senators')).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(metrics.row('Calls to senators')).toContainText('1,500')
  await expect(metrics.row('Calls to senators')).toContainText('Apr 9, 2024')
})

test('the sample campaign’s metrics and their values, in both themes', async ({ app }) => {
  const { page } = app
  const shell = new Shell(page)
  const metrics = new MetricsScreen(page)
  await shell.ready()
  await new DashboardScreen(page).loadSample()
  await shell.goTo('Metrics')
  await expect(page.getByTestId('metric-row')).toHaveCount(5)
  // In the current campaign, its metrics without a campaign column.
  await page.getByRole('combobox', { name: 'Current campaign' }).click()
  await page.getByRole('option', { name: 'UNION', exact: true }).click()
  await expect(page.getByTestId('table-scope')).toHaveText('In UNION')
  await expect(page.getByRole('columnheader', { name: 'Campaign' })).toHaveCount(0)
  await expect(page.getByTestId('metric-row')).toHaveCount(5)
  await expect(metrics.row('Text-ins (WORK to 235246)')).toContainText('2,500')
  await page.mouse.move(0, 0)
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 })
  await themes(shell, (theme) =>
    page.screenshot({ path: `test-results/screenshots/metrics-sample-${theme}.png` }),
  )

  // The ALU hall's page lists what was counted there: its attendance and the calls after it.
  await page.evaluate(() => (window.location.hash = '#/screenings/sample-screening-alu-hall'))
  const section = page.getByRole('region', { name: 'Metrics' })
  await expect(section.getByTestId('screening-metric')).toHaveCount(2)
  await expect(section.getByTestId('screening-metric').first()).toContainText('142')
  await themes(shell, (theme) =>
    section.screenshot({ path: `test-results/screenshots/screening-metrics-sample-${theme}.png` }),
  )
  await section.getByRole('link', { name: 'Calls to senators (PRO Act)' }).click()
  await expect(metrics.heading).toHaveText('Calls to senators (PRO Act)')
  await expect(metrics.entries).toHaveCount(12)
  await expect(metrics.entry('Call sheet after the Q&A').first()).toContainText(
    'Labor Studies Club screening',
  )
  await themes(shell, (theme) =>
    page.screenshot({
      path: `test-results/screenshots/metric-calls-${theme}.png`,
      fullPage: true,
    }),
  )

  // In French a number is typed with a decimal comma and a space between thousands.
  await shell.chooseLanguage('Français')
  const value = metrics.entryRow.getByRole('textbox', { name: 'Valeur' })
  await expect(value).toHaveAttribute('placeholder', /^1\s234,5$/)
  await value.fill('12,5')
  await value.press('Enter')
  await expect(metrics.entryRow.getByText('Saisissez un nombre entier')).toBeVisible()
  await value.fill('1 250')
  await value.press('Enter')
  await expect(metrics.entries).toHaveCount(13)
  await expect(metrics.entries.first()).toContainText(/^1\s250/)
})

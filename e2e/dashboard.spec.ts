import { readFile } from 'node:fs/promises'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DashboardFigures } from './pages/DashboardFigures'
import { DashboardScreen } from './pages/DashboardScreen'
import { MetricsScreen } from './pages/MetricsScreen'
import { Shell } from './pages/Shell'
import { campaignRecord, screeningRecords } from './screeningSeed'
import { organizationRecords, seed } from './seed'

/** A week before UNION at Hot Docs, as the sample's season sees it. */
const NOW = new Date('2024-04-20T12:00:00Z')

const campaign = campaignRecord({ title: 'UNION', status: 'active' })
const partners = organizationRecords([
  { name: 'Amazon Labor Union-IBT Local 1', type: 'union', stage: 'activePartner' },
  { name: 'Hot Docs', type: 'festival', stage: 'committed' },
  { name: 'AFL-CIO', type: 'laborFederation', stage: 'inConversation' },
])
const [alu, hotDocs, aflcio] = partners.map((org) => ({
  ...org,
  campaignIds: [campaign.id],
}))
const base = { campaignId: campaign.id, timeZone: 'America/New_York' }
const screenings = screeningRecords([
  {
    ...base,
    title: 'UNION at the ALU hall',
    type: 'unionHall',
    status: 'reported',
    startsAt: '2024-03-06T23:30:00.000Z',
    venue: { country: 'United States' },
    hostOrganizationId: alu!.id,
    coPresenters: [{ organizationId: aflcio!.id, role: 'Outreach' }],
    rsvps: 160,
    attendance: 142,
    accessibility: { openCaptions: true },
  },
  {
    ...base,
    title: 'UNION at Hot Docs',
    type: 'festival',
    status: 'held',
    timeZone: 'America/Toronto',
    startsAt: '2024-04-02T23:00:00.000Z',
    venue: { country: 'Canada' },
    hostOrganizationId: hotDocs!.id,
    rsvps: 400,
    attendance: 380,
    attendanceEstimated: true,
    accessibility: { closedCaptions: true, audioDescription: true, asl: true },
  },
  {
    ...base,
    title: 'Solidarity night',
    type: 'unionHall',
    status: 'held',
    startsAt: '2024-04-12T23:00:00.000Z',
    venue: { country: 'United States' },
    hostOrganizationId: alu!.id,
    attendance: 60,
  },
  {
    ...base,
    title: 'Teamsters in Queens',
    type: 'unionHall',
    status: 'confirmed',
    startsAt: '2024-05-02T23:00:00.000Z',
  },
  { ...base, title: 'Called off', status: 'cancelled', startsAt: '2024-04-25T23:00:00.000Z' },
])

async function seedWorkspace(page: Page) {
  await page.clock.setFixedTime(NOW)
  await seed(page, 'campaigns', [campaign])
  await seed(page, 'organizations', [alu!, hotDocs!, aflcio!])
  await seed(page, 'screenings', screenings)
  await page.reload()
}

// Values are typed through the metric's grid, which takes longer than the default budget.
test.describe.configure({ timeout: 90_000 })

test('the dashboard figures follow the screenings, the metric values and the dates', async ({
  app,
}, testInfo) => {
  const { page } = app
  const shell = new Shell(page)
  const dashboard = new DashboardFigures(page)
  const metrics = new MetricsScreen(page)
  await shell.ready()
  await seedWorkspace(page)

  // A metric with a target, and two values typed in its grid.
  await shell.goTo('Metrics')
  await metrics.create({ name: 'Calls to senators', campaign: 'UNION', target: '500' })
  await metrics.typeRow({ value: '120', date: '2024-03-10' })
  await expect(metrics.entries).toHaveCount(1)
  await metrics.typeRow({ value: '50', date: '2024-04-05' })
  await expect(metrics.entries).toHaveCount(2)

  await shell.goTo('Dashboard')
  await expect(dashboard.scope).toHaveText('All campaigns')
  await expect(dashboard.metricValue('Calls to senators')).toHaveText('170')
  await expect(dashboard.metric('Calls to senators').getByTestId('metric-progress')).toHaveText(
    '34% of target: 170 of 500',
  )

  // The derived figures, worked out here from the screenings the test made.
  const held = screenings.filter((s) => s.status === 'held' || s.status === 'reported')
  const attendance = held.reduce((sum, s) => sum + (s.attendance ?? 0), 0)
  const withRsvps = held.filter((s) => s.rsvps)
  const rate =
    withRsvps.reduce((sum, s) => sum + s.attendance!, 0) /
    withRsvps.reduce((sum, s) => sum + s.rsvps!, 0)
  await expect(dashboard.figure('held')).toHaveText(String(held.length))
  await expect(dashboard.figure('upcoming')).toHaveText('1')
  await expect(dashboard.figure('attendance')).toHaveText(attendance.toLocaleString('en-US'))
  await expect(dashboard.figure('average')).toHaveText(
    (attendance / held.length).toLocaleString('en-US', { maximumFractionDigits: 1 }),
  )
  await expect(dashboard.figure('rsvp')).toHaveText(`${Math.round(rate * 100)}%`)
  await expect(page.getByTestId('figure-attendance')).toContainText('380 of it estimated')
  const share = (flag: (s: (typeof held)[number]) => boolean) =>
    `${Math.round((held.filter(flag).length / held.length) * 100)}%`
  await expect(dashboard.access('captions')).toHaveText(
    share((s) => s.accessibility.closedCaptions || s.accessibility.openCaptions),
  )
  await expect(dashboard.access('audioDescription')).toHaveText(
    share((s) => s.accessibility.audioDescription),
  )
  await expect(dashboard.access('asl')).toHaveText(share((s) => s.accessibility.asl))

  // Charts read as tables.
  expect(await dashboard.tableOf('types')).toEqual([
    ['Type', 'Held', 'Attendance'],
    ['Union hall', '2', '202'],
    ['Festival', '1', '380'],
  ])
  expect(await dashboard.tableOf('partners')).toEqual([
    ['Partner', 'Held', 'Attendance'],
    ['Amazon Labor Union-IBT Local 1', '2', '202'],
    ['Hot Docs', '1', '380'],
    ['AFL-CIO', '1', '142'],
  ])
  expect(await dashboard.tableOf('regions')).toEqual([
    ['Region', 'Held', 'Attendance'],
    ['Americas', '3', '582'],
  ])
  expect(await dashboard.tableOf('stages')).toContainEqual(['Active partner', '1'])
  expect(await dashboard.tableOf('series')).toEqual([
    ['Month', 'Calls to senators'],
    ['Mar 2024', '120'],
    ['Apr 2024', '50'],
  ])

  // A chart's data saved as CSV, through the save dialog.
  const csvPath = testInfo.outputPath('by type.csv')
  await app.answerSaveDialog(csvPath)
  await dashboard
    .chart('types')
    .getByRole('button', { name: /Export/ })
    .click()
  await expect(page.getByRole('alert').filter({ hasText: 'Saved by type.csv' })).toBeVisible()
  expect(await app.saveDialogNames()).toEqual(['Screenings by type.csv'])
  expect(await readFile(csvPath, 'utf8')).toBe(
    'Type,Held,Attendance\r\nUnion hall,2,202\r\nFestival,1,380',
  )

  // The last 30 days (22 March to 20 April): one value, two held screenings, still one to come.
  await dashboard.showDates('Last 30 days')
  await expect(page).toHaveURL(/from=2024-03-22&to=2024-04-20/)
  await expect(dashboard.metricValue('Calls to senators')).toHaveText('50')
  await expect(dashboard.figure('held')).toHaveText('2')
  await expect(dashboard.figure('attendance')).toHaveText('440')
  expect(await dashboard.tableOf('types')).toEqual([
    ['Type', 'Held', 'Attendance'],
    ['Festival', '1', '380'],
    ['Union hall', '1', '60'],
  ])
  // Drawn day by day now, the quiet days as zeros.
  const days = await dashboard.tableOf('series')
  expect(days[0]).toEqual(['Day', 'Calls to senators'])
  expect(days).toContainEqual(['Apr 5', '50'])

  // A value added on the metric's page shows at once when coming back.
  await shell.goTo('Metrics')
  await metrics.open('Calls to senators')
  await metrics.typeRow({ value: '30', date: '2024-04-18' })
  await expect(metrics.entries).toHaveCount(3)
  await page.goBack()
  await page.goBack()
  await expect(page).toHaveURL(/from=2024-03-22/)
  await expect(dashboard.metricValue('Calls to senators')).toHaveText('80')
  await expect(dashboard.metric('Calls to senators').getByTestId('metric-progress')).toHaveText(
    '40% of target: 200 of 500',
  )

  // Back to all time.
  await dashboard.showDates('All time')
  await expect(dashboard.metricValue('Calls to senators')).toHaveText('200')
  await expect(dashboard.figure('held')).toHaveText('3')
})

test('the sample campaign on the dashboard, light and dark', async ({ app }) => {
  const { page } = app
  const shell = new Shell(page)
  await shell.ready()
  await page.clock.setFixedTime(NOW)
  await page.reload()
  await new DashboardScreen(page).loadSample()
  const dashboard = new DashboardFigures(page)
  await expect(dashboard.figure('held')).not.toHaveText('0')
  await expect(dashboard.chart('types').locator('.recharts-surface')).toBeVisible()
  await page.mouse.move(0, 0)
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 })
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await expect.poll(() => shell.colorScheme()).toBe(theme)
    await page.mouse.move(0, 0)
    await expect(page.getByRole('tooltip')).toHaveCount(0)
    await page.screenshot({ path: `test-results/screenshots/dashboard-sample-${theme}.png` })
    // The whole dashboard: a window tall enough to hold it (the page scrolls inside the shell).
    await page.setViewportSize({ width: 1280, height: 3400 })
    await page.screenshot({ path: `test-results/screenshots/dashboard-sample-full-${theme}.png` })
    await page.setViewportSize({ width: 1280, height: 800 })
  }
})

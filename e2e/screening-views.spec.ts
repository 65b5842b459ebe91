import type { ScreeningInput } from '../src/shared/domain/screening'
import { expect, test } from './fixtures'
import { ScreeningViews } from './pages/ScreeningViews'
import { Shell } from './pages/Shell'
import { organizationRecords } from './seed'
import { campaignRecord, screeningRecords } from './screeningSeed'

const campaign = campaignRecord({ title: 'UNION' })
const [host] = organizationRecords([{ name: 'Amazon Labor Union', type: 'union' }])
const earlier = [
  { status: 'requested' as const, at: '2024-02-01T15:00:00.000Z' },
  { status: 'confirmed' as const, at: '2024-03-01T15:00:00.000Z' },
]
const base = { campaignId: campaign.id }

const inputs: ScreeningInput[] = [
  {
    ...base,
    // 10 p.m. in Toronto on 28 April: already 29 April in UTC.
    title: 'Toronto union hall',
    startsAt: '2024-04-29T02:00:00.000Z',
    timeZone: 'America/Toronto',
    status: 'confirmed',
    statusHistory: earlier,
    hostOrganizationId: host!.id,
    accessibility: { closedCaptions: true, wheelchairAccess: true },
  },
  {
    ...base,
    // 8:30 a.m. on 1 May in Tokyo: still 30 April in UTC.
    title: 'Tokyo morning',
    startsAt: '2024-04-30T23:30:00.000Z',
    timeZone: 'Asia/Tokyo',
    status: 'approved',
  },
  {
    ...base,
    title: 'Paris matinee',
    startsAt: '2024-04-14T12:00:00.000Z',
    timeZone: 'Europe/Paris',
    status: 'held',
  },
  {
    ...base,
    // 8 p.m. on 31 March in Los Angeles: 1 April in UTC.
    title: 'Los Angeles premiere',
    startsAt: '2024-04-01T03:00:00.000Z',
    timeZone: 'America/Los_Angeles',
    status: 'reported',
  },
  { ...base, title: 'Undated request', status: 'requested' },
  {
    ...base,
    title: 'Cancelled campus night',
    startsAt: '2024-04-20T18:00:00.000Z',
    timeZone: 'UTC',
    status: 'cancelled',
  },
  {
    ...base,
    title: 'Chicago campus',
    startsAt: '2024-04-10T23:00:00.000Z',
    timeZone: 'America/Chicago',
    status: 'approved',
  },
  {
    ...base,
    title: 'Brooklyn library',
    startsAt: '2024-04-21T23:00:00.000Z',
    timeZone: 'America/New_York',
    status: 'confirmed',
  },
]
const screenings = screeningRecords(inputs)
const byTitle = (title: string) => screenings.find((s) => s.title === title)!

async function openSeededCalendar(views: ScreeningViews) {
  await views.openCalendar('2024-04')
  // The empty month means the app has opened (and created) its database: now it can be seeded.
  await expect(views.page.getByText('No screenings this month')).toBeVisible()
  await views.seed({ campaigns: [campaign], organizations: [host!], screenings })
  await expect(views.monthTitle).toHaveText('April 2024')
}

async function openSeededBoard(views: ScreeningViews) {
  await views.openBoard()
  await expect(views.count('Confirmed')).toHaveText('0')
  await views.seed({ campaigns: [campaign], organizations: [host!], screenings })
  await expect(views.count('Confirmed')).toHaveText('2')
}

test('the calendar puts each screening on its day in its own time zone', async ({ app }) => {
  const views = new ScreeningViews(app.page)
  await openSeededCalendar(views)

  // English weeks start on Sunday: April 2024 opens with Sunday 31 March.
  expect(await views.firstDayShown()).toBe('2024-03-31')
  await expect(views.screeningsOn('2024-04-28')).toHaveText([/10:00\sPM EDT\s*Toronto union hall/])
  await expect(views.screeningsOn('2024-04-29')).toHaveCount(0)
  await expect(views.screeningsOn('2024-04-14')).toHaveText([/2:00\sPM.*Paris matinee/])
  await expect(views.screeningsOn('2024-04-10')).toHaveText([/6:00\sPM CDT\s*Chicago campus/])
  await expect(views.screeningsOn('2024-04-21')).toHaveText([/7:00\sPM EDT\s*Brooklyn library/])
  await expect(views.screeningsOn('2024-04-20')).toContainText(['Cancelled campus night'])
  // Instants in April (UTC) that happen in March or May where they are held.
  await expect(views.screeningsOn('2024-04-01')).toHaveCount(0)
  await expect(views.screeningsOn('2024-04-30')).toHaveCount(0)
  await expect(app.page.getByTestId('calendar-screening')).toHaveCount(5)
  await expect(views.undated).toHaveText('Not scheduled yet (1)')

  await views.nextMonth()
  await expect(views.monthTitle).toHaveText('May 2024')
  await expect(views.screeningsOn('2024-05-01')).toHaveText([/8:30\sAM.*Tokyo morning/])
  await views.previousMonth()
  await views.previousMonth()
  await expect(views.monthTitle).toHaveText('March 2024')
  await expect(views.screeningsOn('2024-03-31')).toHaveText([/8:00\sPM PDT\s*Los Angeles premiere/])
  // The month is in the address: a reload comes back to it.
  await app.page.reload()
  await expect(views.monthTitle).toHaveText('March 2024')

  await views.today()
  const now = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(new Date())
  await expect(views.monthTitle).toHaveText(now)
  await expect(app.page.locator('[aria-current="date"]')).toHaveCount(1)
})

test('clicking a screening on the calendar opens it', async ({ app }) => {
  const views = new ScreeningViews(app.page)
  await openSeededCalendar(views)
  await views.screeningsOn('2024-04-28').getByText('Toronto union hall').click()
  await expect
    .poll(() => app.page.evaluate(() => window.location.hash))
    .toBe(`#/screenings/${byTitle('Toronto union hall').id}`)
})

test('weeks start on the locale’s first day', async ({ app }) => {
  const shell = new Shell(app.page)
  const views = new ScreeningViews(app.page)
  await openSeededCalendar(views)
  await shell.chooseLanguage('Français')
  await expect(views.heading).toHaveText('Calendrier des projections')
  expect(await views.firstDayShown()).toBe('2024-04-01')
  await shell.chooseLanguage('العربية')
  await expect(views.heading).toHaveText('تقويم العروض')
  expect(await views.firstDayShown()).toBe('2024-03-30')
  // Right to left, the earlier month lies to the right and its arrow points there.
  await expect(app.page.getByRole('button', { name: 'الشهر السابق' }).locator('svg')).toHaveClass(
    /chevron-right/,
  )
  await app.page.mouse.move(0, 0)
  await app.page.screenshot({ path: 'test-results/screenshots/screenings-calendar-ar.png' })
})

test('the view switch moves between list, calendar and board', async ({ app }) => {
  const views = new ScreeningViews(app.page)
  await views.openCalendar()
  await views.viewSwitch.getByText('Board').click()
  await expect(views.heading).toHaveText('Screening pipeline')
  await expect.poll(() => app.page.evaluate(() => window.location.hash)).toBe('#/screenings/board')
  await views.viewSwitch.getByText('Calendar').click()
  await expect(views.heading).toHaveText('Screening calendar')
  await views.viewSwitch.getByText('List').click()
  await expect.poll(() => app.page.evaluate(() => window.location.hash)).toBe('#/screenings')
})

test('dragging a card on the board changes its status and history, for good', async ({ app }) => {
  const views = new ScreeningViews(app.page)
  await openSeededBoard(views)
  const toronto = byTitle('Toronto union hall')
  await expect(views.count('Held')).toHaveText('1')
  await expect(views.count('Requested')).toHaveText('1')
  await expect(views.count('Cancelled')).toHaveText('1')
  const card = views.card('Toronto union hall')
  await expect(card).toContainText('Amazon Labor Union')
  await expect(card).toContainText(/Apr 28, 2024.*10:00\sPM EDT/)
  await expect(card.getByRole('img', { name: 'Closed captions' })).toBeVisible()
  await expect(card.getByRole('img', { name: 'Wheelchair access' })).toBeVisible()
  await expect(views.card('Undated request')).toContainText('No date yet')

  await views.drag('Toronto union hall', 'Held')

  await expect(views.count('Confirmed')).toHaveText('1')
  await expect(views.count('Held')).toHaveText('2')
  await expect(views.column('Held').getByText('Toronto union hall')).toBeVisible()
  await expect(app.page.getByText('“Toronto union hall” moved to Held')).toBeVisible()
  const stored = await views.stored(toronto.id)
  expect(stored.status).toBe('held')
  expect(stored.statusHistory.slice(0, 2)).toEqual(earlier)
  expect(stored.statusHistory).toHaveLength(3)
  expect(stored.statusHistory[2]!.status).toBe('held')
  expect(Date.now() - Date.parse(stored.statusHistory[2]!.at)).toBeLessThan(60_000)

  await app.page.reload()
  await expect(views.count('Held')).toHaveText('2')
  await expect(views.column('Held').getByText('Toronto union hall')).toBeVisible()
  await expect(views.column('Confirmed').getByText('Toronto union hall')).toHaveCount(0)
})

test('Undo after a drag restores the status and its history', async ({ app }) => {
  const views = new ScreeningViews(app.page)
  await openSeededBoard(views)
  const toronto = byTitle('Toronto union hall')

  await views.drag('Toronto union hall', 'Held')
  await expect(views.count('Held')).toHaveText('2')
  await app.page.getByRole('button', { name: 'Undo' }).click()

  await expect(views.count('Held')).toHaveText('1')
  await expect(views.count('Confirmed')).toHaveText('2')
  await expect(views.column('Confirmed').getByText('Toronto union hall')).toBeVisible()
  await expect.poll(async () => (await views.stored(toronto.id)).statusHistory).toEqual(earlier)
  expect((await views.stored(toronto.id)).status).toBe('confirmed')
})

test('"Move to…" changes the status without a mouse, and focus follows the card', async ({
  app,
}) => {
  const views = new ScreeningViews(app.page)
  await openSeededBoard(views)

  await views.moveWithKeyboard('Chicago campus', 'Confirmed')

  await expect(views.count('Approved')).toHaveText('1')
  await expect(views.count('Confirmed')).toHaveText('3')
  await expect(views.column('Confirmed').getByText('Chicago campus')).toBeVisible()
  await expect(views.moveButton('Chicago campus')).toBeFocused()
  await expect(app.page.getByText('“Chicago campus” moved to Confirmed')).toBeVisible()
  const stored = await views.stored(byTitle('Chicago campus').id)
  expect(stored.statusHistory.map((entry) => entry.status)).toEqual(['confirmed'])
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByRole('menuitem', { name: 'Confirmed' })).toBeDisabled()
  await app.page.keyboard.press('Escape')
})

test('the calendar and the board in both themes', async ({ app }) => {
  const shell = new Shell(app.page)
  const views = new ScreeningViews(app.page)
  await openSeededCalendar(views)
  await expect(app.page.getByTestId('calendar-screening')).toHaveCount(5)
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.mouse.move(0, 0)
    await app.page.screenshot({ path: `test-results/screenshots/screenings-calendar-${theme}.png` })
  }
  await views.openBoard()
  await expect(views.cards('Confirmed')).toHaveCount(2)
  for (const theme of ['dark', 'light']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.mouse.move(0, 0)
    await app.page.screenshot({ path: `test-results/screenshots/screenings-board-${theme}.png` })
  }
})

import { mkdir, readFile, readdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { expect, test } from './fixtures'
import { DashboardScreen } from './pages/DashboardScreen'
import { ReportScreen } from './pages/ReportScreen'
import { Shell } from './pages/Shell'
import { readPdf } from './pdfText'

/** After the sample's spring 2024 season, so every screening of it is in the past. */
const AFTER_SEASON = new Date('2024-07-01T12:00:00Z')

// Each test loads the whole sample, then the report's charts.
test.slow()

// PDF text comes out without spaces between positioned runs, with ligatures (ﬁ) and in the
// case it is drawn in (the kicker is uppercase): compare letters only.
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/** Loads the sample and opens its report from the palette or the dashboard's header. */
async function openSampleReport(
  page: import('@playwright/test').Page,
  from: 'palette' | 'dashboard',
) {
  await page.clock.setFixedTime(AFTER_SEASON)
  await page.reload()
  const shell = new Shell(page)
  await shell.ready()
  await new DashboardScreen(page).loadSample()
  if (from === 'palette') await shell.jumpWithPalette('impact report', 'Impact report')
  else await page.getByRole('main').getByRole('link', { name: 'Impact report' }).click()
  const report = new ReportScreen(page)
  await expect(report.heading).toBeVisible()
  await report.chooseCampaign('UNION')
  return { shell, report }
}

test('the report shows the campaign over a range and saves a PDF that opens', async ({
  app,
}, testInfo) => {
  const problems: string[] = []
  app.page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  app.page.on('pageerror', (error) => problems.push(error.message))
  const { shell, report } = await openSampleReport(app.page, 'palette')
  await report.setRange('2024-03-01', '2024-06-30')
  await expect(report.range).toContainText('Mar 1, 2024 – Jun 30, 2024')
  await expect(report.screening('UNION at Hot Docs')).toContainText('Hot Docs')
  await expect(report.stat('held')).not.toHaveText(/^0/)

  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await expect.poll(() => shell.colorScheme()).toBe(theme)
    await app.page.mouse.move(0, 0)
    await expect(app.page.getByRole('tooltip')).toHaveCount(0)
    await app.page.screenshot({
      path: `test-results/screenshots/report-${theme}.png`,
      fullPage: true,
    })
  }

  // Saved from the dark theme: the page prints light, and goes back to dark afterwards.
  const target = testInfo.outputPath('UNION spring report.pdf')
  await app.answerSaveDialog(target)
  await report.savePdf.click()
  const saved = app.page.getByRole('alert').filter({ hasText: 'Saved UNION spring report.pdf' })
  await expect(saved).toBeVisible()
  expect(await app.saveDialogNames()).toEqual(['UNION impact report 2024-03-01 – 2024-06-30.pdf'])
  expect(await shell.colorScheme()).toBe('dark')
  expect(await readdir(dirname(target))).toEqual(['UNION spring report.pdf'])

  const pdf = readPdf(await readFile(target))
  expect(pdf.pages).toBeGreaterThanOrEqual(1)
  const text = squeeze(pdf.text)
  for (const expected of [
    'Impact report',
    'UNION',
    'UNION at Hot Docs',
    'Screenings and partners',
  ]) {
    expect(text).toContain(squeeze(expected))
  }
  // Only the report prints: not the sidebar, nor the controls.
  expect(text).not.toContain(squeeze('Save as PDF'))
  expect(text).not.toContain('Duplicates')

  await saved.getByRole('button', { name: 'Show in folder' }).click()
  expect(await app.shownInFolder()).toEqual([target])

  // The page as it prints, about a Letter page wide, still in the dark theme.
  await app.page.setViewportSize({ width: 760, height: 1000 })
  await app.page.emulateMedia({ media: 'print' })
  await app.page.screenshot({ path: 'test-results/screenshots/report-print.png', fullPage: true })
  expect(problems).toEqual([])
})

test('cancelling the save dialog writes nothing', async ({ app }, testInfo) => {
  const { report } = await openSampleReport(app.page, 'dashboard')
  const folder = testInfo.outputPath('saves')
  await mkdir(folder, { recursive: true })
  await app.answerSaveDialog(null)
  await report.savePdf.click()
  await expect.poll(() => app.saveDialogNames()).toHaveLength(1)
  await expect(report.savePdf).toBeEnabled()
  await expect(app.page.getByRole('alert').filter({ hasText: /saved/i })).toHaveCount(0)
  expect(await readdir(folder)).toEqual([])
})

test('a folder that is gone says which file was not saved and why', async ({ app }, testInfo) => {
  const { report } = await openSampleReport(app.page, 'dashboard')
  await app.answerSaveDialog(testInfo.outputPath('gone', 'report.pdf'))
  await report.savePdf.click()
  await expect(app.page.getByRole('alert').filter({ hasText: 'not saved' })).toHaveText(
    'report.pdf was not saved: its folder no longer exists. Choose another folder. ' +
      'Any earlier file of that name is unchanged.',
  )
  await app.page.screenshot({ path: 'test-results/screenshots/report-save-failed.png' })
})

test('a chart exports its data through the save dialog', async ({ app }, testInfo) => {
  const shell = new Shell(app.page)
  await shell.ready()
  await new DashboardScreen(app.page).loadSample()
  const target = testInfo.outputPath('screenings by type.csv')
  await app.answerSaveDialog(target)
  await app.page.getByRole('button', { name: 'Export Screenings by type as CSV' }).click()
  await expect(
    app.page.getByRole('alert').filter({ hasText: 'Saved screenings by type.csv' }),
  ).toBeVisible()
  const lines = (await readFile(target, 'utf8')).trim().split(/\r?\n/)
  expect(lines.length).toBeGreaterThan(1)
  expect(lines.join('\n')).toContain('Union hall')
  expect(await readdir(dirname(target))).toEqual(['screenings by type.csv'])
})

test('the page can name only files the user chose', async ({ app }) => {
  const errorOf = (call: () => Promise<unknown>) =>
    call().then(
      () => 'no error',
      (error: Error) => error.message,
    )
  const madeUp = '6f1c7a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'
  expect(
    await errorOf(() => app.page.evaluate((token) => window.api.beginWrite(token), madeUp)),
  ).toMatch(/Unknown file token/)
  expect(await errorOf(() => app.page.evaluate(() => window.api.savePdf('/etc/passwd')))).toMatch(
    /report:save-pdf: argument "token" is invalid/,
  )
})

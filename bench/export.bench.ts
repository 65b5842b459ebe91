import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Page, expect, test } from '@playwright/test'
import type { AppHandle } from '../e2e/host/appHandle'
import { launchChromiumApp } from '../e2e/host/chromiumApp'
import { workspace } from './data'
import { runExportBaseline } from './exportInPage'
import { armSmoothnessWatch, readSmoothnessWatch } from './importInPage'
import { waitForIdle, writeRecords } from './inPage'
import { type Figures, type Row, figure, ratio, repeat, saveFigures, table } from './measure'
import { benchSizes } from './sizes'

/**
 * CSV export as the user waits for it: every contact, from the Contacts screen's Export CSV to
 * the file on disk (worker serialization, chunks streamed to main's atomic write). Set against a
 * raw baseline in the same run: the whole table read at once, Papa.unparse, one streamed write.
 */

const sizes = benchSizes()
const folder = mkdtempSync(join(tmpdir(), 'impact-desk-bench-export-'))
const figures: Figures = {}
const papaparse = readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8')
const CHUNK = 5_000
let app: AppHandle

test.describe.configure({ mode: 'serial' })

async function seed(page: Page, name: string, records: object[]) {
  for (let start = 0; start < records.length; start += CHUNK) {
    const json = JSON.stringify(records.slice(start, start + CHUNK))
    await page.evaluate(writeRecords, { table: name, json })
  }
}

test.beforeAll(async () => {
  test.setTimeout(30 * 60_000)
  app = await launchChromiumApp()
  await app.page
    .context()
    .route('**/__bench/papaparse.js', (route) =>
      route.fulfill({ body: papaparse, contentType: 'text/javascript' }),
    )
  await expect(app.page.getByRole('navigation')).toBeVisible()
  const { organizations, contacts } = workspace(sizes)
  await seed(app.page, 'organizations', organizations)
  await seed(app.page, 'contacts', contacts)
})

test.afterAll(async () => {
  await app?.close()
  rmSync(folder, { recursive: true, force: true })
  saveFigures(figures)
  const rows: Row[] = [
    {
      label: `export ${sizes.contacts} contacts`,
      key: 'export_100k_s',
      unit: ' s',
      target: '< 5 s',
    },
    { label: 'raw baseline, same table', key: 'export_baseline_100k_s', unit: ' s' },
    {
      label: 'round trip: re-import changes nothing',
      key: 'roundtrip_equal',
      unit: '',
      target: '= 1',
    },
    { label: 'ratio', key: 'export_ratio', unit: '×', target: '≤ 1.5' },
    {
      label: 'longest main-thread task',
      key: 'export_longest_task_ms',
      unit: ' ms',
      target: '≤ 100 ms',
    },
    { label: 'worst gap between frames', key: 'export_worst_frame_gap_ms', unit: ' ms' },
    { label: 'file size', key: 'export_mb', unit: ' MB' },
  ]
  console.log(`\n${table(figures, rows)}\n`)
})

async function exportOnce(run: number): Promise<number> {
  const { page } = app
  const origin = new URL(page.url()).origin
  await page.goto(`${origin}/#/contacts`)
  await expect(page.getByTestId('row-count')).toHaveText(
    `${sizes.contacts.toLocaleString('en-US')} rows`,
    { timeout: 120_000 },
  )
  await page.evaluate(waitForIdle)
  const path = join(folder, `contacts-${run}.csv`)
  await page.getByRole('button', { name: 'Export CSV', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export CSV' })
  await expect(dialog).toContainText(`Rows: ${sizes.contacts.toLocaleString('en-US')}`, {
    timeout: 60_000,
  })
  await app.answerSaveDialog(path)
  await page.evaluate(armSmoothnessWatch)
  const started = Date.now()
  await dialog.getByTestId('export-start').click()
  await expect(page.getByText(`Saved contacts-${run}.csv`)).toBeVisible({ timeout: 10 * 60_000 })
  const seconds = (Date.now() - started) / 1000
  const smooth = await page.evaluate(readSmoothnessWatch)
  figures['export_longest_task_ms'] = Math.max(
    Math.round(smooth.longest),
    Number(figures['export_longest_task_ms'] ?? 0),
  )
  figures['export_worst_frame_gap_ms'] = Math.max(
    Math.round(smooth.worstGap),
    Number(figures['export_worst_frame_gap_ms'] ?? 0),
  )
  figures['export_mb'] = Math.round(statSync(path).size / 1e5) / 10
  console.log(`  export ${seconds.toFixed(2)} s, longest task ${Math.round(smooth.longest)} ms`)
  return seconds
}

async function baselineOnce(run: number): Promise<number> {
  await app.answerSaveDialog(join(folder, `baseline-${run}.csv`))
  const { ms } = await app.page.evaluate(runExportBaseline, '/__bench/papaparse.js')
  console.log(`  baseline ${(ms / 1000).toFixed(2)} s`)
  return ms / 1000
}

test('export of every contact to CSV', async () => {
  test.setTimeout(60 * 60_000)
  const runs = sizes.quick ? 1 : 3
  const exported = await repeat(runs, exportOnce, 1)
  const baseline = await repeat(runs, baselineOnce, 1)
  Object.assign(
    figures,
    // Named for the size; a quick run writes its own size under the same keys.
    figure('export_100k_s', exported.summary),
    figure('export_baseline_100k_s', baseline.summary),
  )
  figures['export_ratio'] = ratio(exported.summary.median, baseline.summary.median)
})

/** Count shown on the review for an outcome ("created", "unchanged"...). */
async function reviewCount(page: Page, outcome: string): Promise<number> {
  const text = await page
    .getByTestId('import-counts')
    .locator(`[data-outcome="${outcome}"] p`)
    .first()
    .textContent()
  return Number((text ?? '').replace(/[^\d]/g, ''))
}

test('round trip: the export read back by the importer changes nothing', async () => {
  test.setTimeout(60 * 60_000)
  const { page } = app
  const path = join(folder, 'contacts-0.csv')
  const rows = (readFileSync(path, 'utf8').match(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g) ?? []).length
  await page.goto(`${new URL(page.url()).origin}/#/imports/new`)
  await page.locator('input[type="file"]').first().setInputFiles(path)
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 30 * 60_000 })
  const counts = {
    created: await reviewCount(page, 'created'),
    updated: await reviewCount(page, 'updated'),
    unchanged: await reviewCount(page, 'unchanged'),
    invalid: await reviewCount(page, 'invalid'),
  }
  console.log(`  round trip of ${rows} rows: ${JSON.stringify(counts)}`)
  figures['roundtrip_equal'] =
    counts.created === 0 && counts.updated === 0 && counts.invalid === 0 && counts.unchanged > 0
      ? 1
      : 0
})

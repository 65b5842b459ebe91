import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Page, expect, test } from '@playwright/test'
import type { AppHandle } from '../e2e/host/appHandle'
import { launchChromiumApp } from '../e2e/host/chromiumApp'
import { baselineWorkerSource } from './baselineWorker'
import { contactSheetCsv } from './contactSheet'
import {
  addBaselineInput,
  armSmoothnessWatch,
  readSmoothnessWatch,
  runBaseline,
} from './importInPage'
import {
  type Figures,
  type Row,
  figure,
  ratio,
  repeat,
  saveFigures,
  summarize,
  table,
} from './measure'
import { sampleMemory } from './processMemory'
import { benchSizes } from './sizes'

/**
 * CSV import as the user waits for it: a generated contact sheet dropped on the wizard, checked
 * (the review reads every row), then written, until it is queryable. Set against papaparse plus
 * plain IndexedDB puts of the same rows in a worker, in the same run (the raw baseline).
 */

const sizes = benchSizes()
const folder = mkdtempSync(join(tmpdir(), 'impact-desk-bench-import-'))
const figures: Figures = {}
const files = new Map<number, string>()

function sheet(rows: number): string {
  let path = files.get(rows)
  if (!path) {
    path = join(folder, `contacts-${rows}.csv`)
    writeFileSync(path, contactSheetCsv(rows))
    files.set(rows, path)
  }
  return path
}

const papaparse = readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8')

async function launch(): Promise<AppHandle> {
  const app = await launchChromiumApp()
  // The baseline's worker and papaparse, served from the app's origin.
  await app.page.context().route('**/__bench/*', (route) => {
    const url = route.request().url()
    const body = url.endsWith('papaparse.js') ? papaparse : baselineWorkerSource
    return route.fulfill({ body, contentType: 'text/javascript' })
  })
  await expect(app.page.getByRole('navigation')).toBeVisible()
  return app
}

async function openWizard(page: Page, path: string) {
  const origin = new URL(page.url()).origin
  await page.goto(`${origin}/#/imports/new`)
  await page.locator('input[type="file"]').first().setInputFiles(path)
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Next' }).click()
}

/** The review, then the run: seconds for each, the smoothness of the window, and peak memory. */
async function importOnce(path: string) {
  const app = await launch()
  try {
    const { page } = app
    await openWizard(page, path)
    await page.evaluate(armSmoothnessWatch)
    const reviewStart = Date.now()
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 15 * 60_000 })
    const reviewS = (Date.now() - reviewStart) / 1000
    const memory = sampleMemory()
    const before = memory.stop()
    const during = sampleMemory()
    const runStart = Date.now()
    await page.getByTestId('import-start').click()
    await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30 * 60_000 })
    const runS = (Date.now() - runStart) / 1000
    const peak = during.stop()
    const smooth = await page.evaluate(readSmoothnessWatch)
    return { reviewS, runS, totalS: reviewS + runS, peakMb: peak - before, ...smooth }
  } finally {
    await app.close()
  }
}

async function baselineOnce(path: string) {
  const app = await launch()
  try {
    await app.page.evaluate(addBaselineInput)
    await app.page.locator('#bench-file').setInputFiles(path)
    const { ms } = await app.page.evaluate(runBaseline, '/__bench/baseline-worker.js')
    return ms / 1000
  } finally {
    await app.close()
  }
}

/** Cancel in the middle of writing: until writing stops, and until the rollback is done. */
async function cancelOnce(path: string, rows: number) {
  const app = await launch()
  try {
    const { page } = app
    await openWizard(page, path)
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 15 * 60_000 })
    await page.getByTestId('import-start').click()
    const progress = page.getByTestId('import-progress')
    await expect
      .poll(
        async () =>
          Number(
            (/([\d,]+) rows?,/.exec((await progress.textContent()) ?? '')?.[1] ?? '0').replace(
              /,/g,
              '',
            ),
          ),
        {
          timeout: 10 * 60_000,
          intervals: [50],
        },
      )
      .toBeGreaterThanOrEqual(rows / 3)
    const clicked = Date.now()
    await progress.getByRole('button', { name: 'Cancel' }).click()
    await expect(progress).toContainText('Putting the database back', { timeout: 60_000 })
    const stoppedMs = Date.now() - clicked
    await expect(page.getByTestId('import-stopped')).toBeVisible({ timeout: 10 * 60_000 })
    return { stoppedMs, rolledBackMs: Date.now() - clicked }
  } finally {
    await app.close()
  }
}

/** The quick run imports one small sheet, once: it proves the path works, it does not measure. */
const QUICK_ROWS = 2_000
/** BENCH_IMPORT_ROWS=20000: one size only, with its baseline, ratio and cancel (to try a change). */
const onlyRows = Number(process.env['BENCH_IMPORT_ROWS'] ?? 0)
const importSizes = onlyRows
  ? [onlyRows]
  : sizes.quick
    ? [QUICK_ROWS]
    : [1_000, 10_000, 100_000, 200_000]
const runsOf = (rows: number) => (sizes.quick ? 1 : rows >= 100_000 ? 2 : 3)
const key = (rows: number) => `${rows / 1000}k`
/** The size the baseline, the ratio and the cancel are measured at. */
const ratioRows = onlyRows || (sizes.quick ? QUICK_ROWS : 100_000)
/** The issue's keys name the full run's sizes; the quick run writes its one size under each. */
const ISSUE_SIZES = ['1k', '10k', '100k', '200k']

test.describe.configure({ mode: 'serial' })

test.afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
  if (sizes.quick) {
    // Every key of the issue, so a quick run checks the whole output; `quick: 1` says these are
    // 2,000-row figures (bench/results/latest.json is read with it).
    const quickKey = key(importSizes[0]!)
    for (const size of ISSUE_SIZES) {
      for (const suffix of ['', '_min', '_max', '_runs']) {
        const value = figures[`import_${quickKey}_s${suffix}`]
        if (value !== undefined) figures[`import_${size}_s${suffix}`] = value
      }
    }
    for (const suffix of ['', '_min', '_max', '_runs']) {
      const value = figures[`import_baseline_${quickKey}_s${suffix}`]
      if (value !== undefined) figures[`import_baseline_100k_s${suffix}`] = value
    }
    if (figures[`import_${quickKey}_peak_mb`] !== undefined) {
      figures['import_200k_peak_mb'] = figures[`import_${quickKey}_peak_mb`]!
    }
    figures['quick'] = 1
    figures['quick_import_rows'] = importSizes[0]!
  }
  saveFigures(figures)
  const rows: Row[] = [
    ...importSizes.map((rows) => ({
      label: `import ${key(rows)} rows (review + run)`,
      key: `import_${key(rows)}_s`,
      unit: ' s',
    })),
    ...importSizes.map((rows) => ({
      label: `  review (checks every row)`,
      key: `import_${key(rows)}_review_s`,
      unit: ' s',
    })),
    ...importSizes.map((rows) => ({
      label: `  run (writes)`,
      key: `import_${key(rows)}_run_s`,
      unit: ' s',
    })),
    {
      label: 'raw baseline, same rows',
      key: `import_baseline_${key(ratioRows)}_s`,
      unit: ' s',
    },
    { label: 'ratio (review + run)', key: 'import_ratio', unit: '×', target: '≤ 1.2' },
    { label: 'ratio (run only)', key: 'import_run_ratio', unit: '×' },
    {
      label: 'longest main-thread task',
      key: 'import_longest_task_ms',
      unit: ' ms',
      target: '≤ 100 ms',
    },
    { label: 'worst gap between frames', key: 'import_worst_frame_gap_ms', unit: ' ms' },
    {
      label: `peak extra memory, ${key(importSizes.at(-1)!)}`,
      key: 'import_peak_mb',
      unit: ' MB',
      target: '≤ 300 MB',
    },
    { label: 'cancel: writing stops', key: 'import_cancel_ms', unit: ' ms', target: '≤ 500 ms' },
    { label: 'cancel: database as before', key: 'import_cancel_rollback_ms', unit: ' ms' },
  ]
  console.log(`\n${table(figures, rows)}\n`)
})

for (const rows of importSizes) {
  test(`import of a ${rows.toLocaleString('en-US')}-row contact sheet`, async () => {
    test.setTimeout(60 * 60_000)
    const path = sheet(rows)
    console.log(`${key(rows)}: ${(statSync(path).size / 1e6).toFixed(1)} MB`)
    const results: Awaited<ReturnType<typeof importOnce>>[] = []
    await repeat(
      runsOf(rows),
      async () => {
        const result = await importOnce(path)
        results.push(result)
        console.log(
          `  review ${result.reviewS.toFixed(1)} s, run ${result.runS.toFixed(1)} s, longest task ${Math.round(result.longest)} ms, peak +${Math.round(result.peakMb)} MB`,
        )
        return result.totalS
      },
      0,
    )
    Object.assign(
      figures,
      figure(`import_${key(rows)}_s`, summarize(results.map((r) => r.totalS))),
      figure(`import_${key(rows)}_review_s`, summarize(results.map((r) => r.reviewS))),
      figure(`import_${key(rows)}_run_s`, summarize(results.map((r) => r.runS))),
    )
    const longest = Math.max(
      ...results.map((r) => r.longest),
      Number(figures['import_longest_task_ms'] ?? 0),
    )
    const gap = Math.max(
      ...results.map((r) => r.worstGap),
      Number(figures['import_worst_frame_gap_ms'] ?? 0),
    )
    figures['import_longest_task_ms'] = Math.round(longest)
    figures['import_worst_frame_gap_ms'] = Math.round(gap)
    if (rows === importSizes.at(-1)) {
      figures[`import_${key(rows)}_peak_mb`] = Math.round(Math.max(...results.map((r) => r.peakMb)))
      figures['import_peak_mb'] = figures[`import_${key(rows)}_peak_mb`]!
    }
    // The baseline at the ratio's size: 100,000 rows (the quick run: its one size).
    if (rows === ratioRows) {
      const baseline = await repeat(runsOf(rows), () => baselineOnce(path), 0)
      Object.assign(figures, figure(`import_baseline_${key(rows)}_s`, baseline.summary))
      figures['import_ratio'] = ratio(
        Number(figures[`import_${key(rows)}_s`]),
        baseline.summary.median,
      )
      figures['import_run_ratio'] = ratio(
        Number(figures[`import_${key(rows)}_run_s`]),
        baseline.summary.median,
      )
      // The quick run's sheet is written in one or two steps, too fast to stop a third of the way
      // through: it cancels a 5,000-row sheet instead.
      const cancelRows = Math.max(rows, 5_000)
      const cancel = await cancelOnce(sheet(cancelRows), cancelRows)
      figures['import_cancel_ms'] = cancel.stoppedMs
      figures['import_cancel_rollback_ms'] = cancel.rolledBackMs
    }
  })
}

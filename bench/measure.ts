import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** What several runs of one figure came to. */
export type Summary = { median: number; min: number; max: number; runs: number }

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The nearest-rank percentile (p in 0..100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  }
}

/** Runs `once` `runs` times after `warmup` discarded runs, and summarizes what it returned. */
export async function repeat(
  runs: number,
  once: (run: number) => Promise<number>,
  warmup = 1,
): Promise<{ summary: Summary; values: number[] }> {
  for (let run = 0; run < warmup; run++) await once(-1 - run)
  const values: number[] = []
  for (let run = 0; run < runs; run++) values.push(await once(run))
  return { summary: summarize(values), values }
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

/** Flat figures: a summary becomes `name` (its median), `name_min`, `name_max` and `name_runs`. */
export type Figures = Record<string, number | string>

export function figure(name: string, summary: Summary): Figures {
  return {
    [name]: round(summary.median),
    [`${name}_min`]: round(summary.min),
    [`${name}_max`]: round(summary.max),
    [`${name}_runs`]: summary.runs,
  }
}

export const ratio = (value: number, baseline: number) => round(value / baseline, 2)

/** bench/results/latest.json; BENCH_RESULTS names another file (a run that must not replace it). */
export const resultsFile = process.env['BENCH_RESULTS']
  ? resolve(process.env['BENCH_RESULTS'])
  : join(__dirname, 'results', 'latest.json')

/** Merges the figures into the results file, a flat object, keeping other keys. */
export function saveFigures(figures: Figures) {
  mkdirSync(dirname(resultsFile), { recursive: true })
  const previous = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Figures)
    : {}
  writeFileSync(resultsFile, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`)
}

/** The rows of the printed table: a figure, what it is measured against, and the target. */
export type Row = { label: string; key: string; unit: string; target?: string }

/** The figures of this run as a plain-text table: median, min, max and the target. */
export function table(figures: Figures, rows: readonly Row[]): string {
  const cells = rows
    .filter((row) => figures[row.key] !== undefined)
    .map((row) => {
      const value = (suffix: string) => {
        const v = figures[`${row.key}${suffix}`]
        return v === undefined ? '' : `${v}${row.unit}`
      }
      return [row.label, value(''), value('_min'), value('_max'), row.target ?? '']
    })
  const header = ['figure', 'median', 'min', 'max', 'target']
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]) =>
    c.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n')
}

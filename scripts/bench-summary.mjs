// The last step of `npm run bench`: every figure of issue 8 from bench/results/latest.json (or the
// file BENCH_RESULTS names), against its target, as one table. Exits 1 when a key is missing, so
// a benchmark that stopped writing one fails CI; a figure that misses its target never does.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { projectRoot } from './electronBinary.mjs'

const file = process.env.BENCH_RESULTS
  ? resolve(process.env.BENCH_RESULTS)
  : join(projectRoot, 'bench', 'results', 'latest.json')

/** The issue's keys, in its order, with the unit and the target (a test on the median). */
const figures = [
  ['import_1k_s', 's'],
  ['import_10k_s', 's'],
  ['import_100k_s', 's'],
  ['import_200k_s', 's'],
  ['import_baseline_100k_s', 's'],
  ['import_ratio', '×', '≤ 1.2', (v) => v <= 1.2],
  ['import_longest_task_ms', 'ms', '≤ 100', (v) => v <= 100],
  ['import_worst_frame_gap_ms', 'ms'],
  ['import_200k_peak_mb', 'MB', '≤ 300', (v) => v <= 300],
  ['import_cancel_ms', 'ms', '≤ 500', (v) => v <= 500],
  ['export_100k_s', 's', '< 5', (v) => v < 5],
  ['export_baseline_100k_s', 's'],
  ['export_ratio', '×', '≤ 1.5', (v) => v <= 1.5],
  ['list_first_rows_ms', 'ms', '≤ 500', (v) => v <= 500],
  ['search_p50_ms', 'ms'],
  ['search_p95_ms', 'ms', '≤ 100', (v) => v <= 100],
  ['scroll_worst_frame_ms', 'ms', '≤ 50', (v) => v <= 50],
  ['dashboard_first_render_ms', 'ms', '≤ 1000', (v) => v <= 1000],
  ['dashboard_filter_ms', 'ms', '≤ 300', (v) => v <= 300],
  ['roundtrip_equal', '', '= 1', (v) => v === 1],
]

if (!existsSync(file)) {
  console.error(`bench: no results at ${file}`)
  process.exit(1)
}
const results = JSON.parse(readFileSync(file, 'utf8'))
const quick = Number(results.quick) === 1
const valueOf = (key, suffix = '') => results[key + suffix]

const missing = []
const rows = figures.map(([key, unit, target = '', meets]) => {
  const value = valueOf(key)
  if (value === undefined) missing.push(key)
  const shown = (v) => (v === undefined ? '' : `${v}${unit ? ` ${unit}` : ''}`)
  const verdict =
    value === undefined ? 'MISSING' : !meets ? '' : meets(Number(value)) ? 'met' : 'missed'
  return [
    key,
    shown(value),
    shown(valueOf(key, '_min')),
    shown(valueOf(key, '_max')),
    target,
    verdict,
  ]
})

const header = ['figure', 'median', 'min', 'max', 'target', '']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
const line = (cells) =>
  cells
    .map((text, i) => (i === 0 || i === 5 ? text.padEnd(widths[i]) : text.padStart(widths[i])))
    .join('  ')
console.log(
  `\nbench summary (${file})\n` +
    (quick
      ? `QUICK run: small sizes (${results.contacts} contacts, ${results.quick_import_rows} rows imported, ` +
        `${results.dashboard_metric_entries} metric entries); the size-named keys hold the quick ` +
        `sizes' figures. Not comparable with the targets.\n`
      : '') +
    `measured ${results.measured_at ?? '?'} on ${results.cpus ?? '?'} CPUs, ` +
    `load average ${results.load_average_start ?? '?'} at start, ` +
    `${results.load_average_max ?? '?'} highest (contacts)\n`,
)
console.log(
  [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'),
)
if (missing.length) {
  console.error(`\nbench: ${missing.length} figure(s) missing from ${file}: ${missing.join(', ')}`)
  process.exit(1)
}

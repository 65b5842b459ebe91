// `npm run bench [-- --quick] [playwright options…]`: builds the app, makes sure a browser is
// there, runs the benchmarks (bench/), then prints every figure against the targets
// (scripts/bench-summary.mjs, which fails when a figure is missing, never on a time).
// `--quick` runs them at small sizes (BENCH_QUICK=1); other arguments go to Playwright.
// IMPACT_DESK_BUILD_DIR builds into, and measures, that folder; BENCH_RESULTS writes the figures
// to that file instead of bench/results/latest.json.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { projectRoot } from './electronBinary.mjs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const buildDir = process.env.IMPACT_DESK_BUILD_DIR
const resultsFile = process.env.BENCH_RESULTS
  ? resolve(process.env.BENCH_RESULTS)
  : join(projectRoot, 'bench', 'results', 'latest.json')
// Playwright's options that take the next argument as their value (`--output dir`).
const withValue = new Set([
  ...['-c', '--config', '-g', '--grep', '-gv', '--grep-invert', '-j', '--workers', '--output'],
  ...['--project', '--reporter', '--timeout', '--retries', '--repeat-each', '--max-failures'],
  ...['--shard', '--trace', '--global-timeout'],
])
// A file or test name picks some benchmarks: the others' figures are kept from an earlier run.
// So does a grep (`-g "10,000-row"`).
const greps = new Set(['-g', '--grep', '-gv', '--grep-invert'])
const partial = args.some(
  (arg, i) =>
    greps.has(arg.split('=')[0]) ||
    (!arg.startsWith('-') && !(i > 0 && withValue.has(args[i - 1]))),
)

function run(command, commandArgs, env = process.env) {
  const { status, error } = spawnSync(command, commandArgs, {
    cwd: projectRoot,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (error) throw error
  if (status !== 0) process.exit(status ?? 1)
}

run('npx', [
  'electron-vite',
  'build',
  ...(buildDir ? ['--outDir', resolve(projectRoot, buildDir)] : []),
])
run('node', ['scripts/ensure-browser.mjs'])
// A whole run starts afresh, so no figure of an earlier (full or quick) run passes for this one's.
if (!partial) rmSync(resultsFile, { force: true })
run(
  'npx',
  ['playwright', 'test', '-c', 'bench/bench.config.ts', ...args.filter((arg) => arg !== '--quick')],
  { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) },
)
if (partial) {
  // Only some benchmarks ran: the table shows what there is, a missing figure is no failure.
  spawnSync('node', ['scripts/bench-summary.mjs'], { cwd: projectRoot, stdio: 'inherit' })
} else {
  run('node', ['scripts/bench-summary.mjs'])
}

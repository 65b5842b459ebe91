// `npm run bench [-- --quick] [playwright options…]`: builds the app, makes sure a browser is
// there, then runs the benchmarks (bench/). `--quick` runs them at small sizes (BENCH_QUICK=1);
// other arguments go to Playwright. IMPACT_DESK_BUILD_DIR builds into, and measures, that folder.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { projectRoot } from './electronBinary.mjs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const buildDir = process.env.IMPACT_DESK_BUILD_DIR

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
run(
  'npx',
  ['playwright', 'test', '-c', 'bench/bench.config.ts', ...args.filter((arg) => arg !== '--quick')],
  { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) },
)

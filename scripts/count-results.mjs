// Prints "N passed, N failed" over the unit and end-to-end reports of the last `npm test`.
// A stage that failed before writing a report (typecheck, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const results = join(import.meta.dirname, '..', 'test-results')
const read = (name) => {
  const file = join(results, name)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

const unit = read('unit-results.json')
const e2e = read('e2e-results.json')
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)
let failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0)
if (Number(process.argv[2] ?? 0) !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)

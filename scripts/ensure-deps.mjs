// Installs the exact dependencies of package-lock.json when node_modules is missing or stale,
// so `npm start` and `npm test` work on a fresh clone with no other step.
import { execSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const stamp = join(root, 'node_modules', '.impact-desk-lock-hash')
const lockHash = createHash('sha256')
  .update(readFileSync(join(root, 'package-lock.json')))
  .digest('hex')

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  console.log('Installing dependencies from package-lock.json (first run or changed lockfile)…')
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' })
  writeFileSync(stamp, lockHash)
}

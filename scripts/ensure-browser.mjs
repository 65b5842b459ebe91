// End-to-end tests need a browser: the Electron binary where it exists, otherwise Chromium
// (Debian's, or one named by CHROMIUM_PATH, or Playwright's own, downloaded here if missing).
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const electronPathFile = join(root, 'node_modules/electron/path.txt')
const electron =
  existsSync(electronPathFile) &&
  existsSync(
    join(root, 'node_modules/electron/dist', readFileSync(electronPathFile, 'utf8').trim()),
  )
const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
)

if (!electron && !system) {
  console.log('No Electron binary and no Chromium found: installing Playwright’s Chromium…')
  execSync('npx playwright install chromium', { cwd: root, stdio: 'inherit' })
}

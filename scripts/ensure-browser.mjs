// End-to-end tests need a browser: the Electron binary where it exists, otherwise Chromium
// (Debian's, or one named by CHROMIUM_PATH, or Playwright's own, downloaded here if missing).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findElectronBinary, projectRoot } from './electronBinary.mjs'

const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
)

if (!findElectronBinary() && !system) {
  console.log('No Electron binary and no Chromium found: installing Playwright’s Chromium…')
  execSync('npx playwright install chromium', { cwd: projectRoot, stdio: 'inherit' })
}

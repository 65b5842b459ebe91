// Electron 42+ installs without its binary and fetches it on first launch, which electron-vite
// does not do for us: fetch it here, once, with Electron's own installer.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { findElectronBinary, projectRoot } from './electronBinary.mjs'

if (!findElectronBinary()) {
  console.log('Downloading the Electron binary (first start only)…')
  const installer = join(projectRoot, 'node_modules/electron/install.js')
  const { status } = spawnSync(process.execPath, [installer], { stdio: 'inherit' })
  if (status !== 0 || !findElectronBinary()) {
    console.error(
      '\nImpact Desk could not download Electron, which it needs once, on its first start.\n' +
        'Check the internet connection (or a proxy set in ELECTRON_GET_USE_PROXY / ELECTRON_MIRROR)\n' +
        'and run `npm start` again. The tests do not need it: `npm test` runs in Chromium.',
    )
    process.exit(1)
  }
}

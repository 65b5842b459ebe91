import { existsSync } from 'node:fs'
import { builtMain, builtRenderer, e2eMode, findChromium, findElectronBinary } from './host/paths'

export default function globalSetup() {
  if (!existsSync(builtMain) || !existsSync(builtRenderer)) {
    throw new Error('The app is not built: run `npm run build` first (npm run test:e2e does).')
  }
  const electron = e2eMode() === 'electron' ? findElectronBinary() : null
  console.log(
    electron
      ? `e2e mode: electron (${electron})`
      : `e2e mode: chromium (${process.env['E2E_MODE'] ? 'E2E_MODE=chromium' : 'no Electron binary on this machine'}; ${findChromium() ?? "Playwright's Chromium"} with window.api bound to main's handlers)`,
  )
}

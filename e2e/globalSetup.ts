import { existsSync } from 'node:fs'
import { builtMain, builtRenderer, findChromium, findElectronBinary } from './host/paths'

export default function globalSetup() {
  if (!existsSync(builtMain) || !existsSync(builtRenderer)) {
    throw new Error('The app is not built: run `npm run build` first (npm run test:e2e does).')
  }
  const electron = findElectronBinary()
  console.log(
    electron
      ? `e2e mode: electron (${electron})`
      : `e2e mode: chromium (no Electron binary on this machine; ${findChromium() ?? "Playwright's Chromium"} with window.api bound to main's handlers)`,
  )
}

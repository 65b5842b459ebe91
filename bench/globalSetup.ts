import { existsSync } from 'node:fs'
import { builtPreload, builtRenderer, findChromium } from '../e2e/host/paths'
import { benchSizes } from './sizes'

export default function globalSetup() {
  if (!existsSync(builtPreload) || !existsSync(builtRenderer)) {
    throw new Error(
      `The app is not built in ${builtRenderer}: run \`npm run bench\`, which builds it.`,
    )
  }
  const sizes = benchSizes()
  console.log(
    `bench: ${sizes.quick ? 'quick' : 'full'} run, ${sizes.contacts.toLocaleString('en-US')} contacts and ${sizes.organizations.toLocaleString('en-US')} organizations; ` +
      `the built renderer (${builtRenderer}) in ${findChromium() ?? "Playwright's Chromium"}`,
  )
}

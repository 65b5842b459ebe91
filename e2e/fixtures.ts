import { test as base, expect } from '@playwright/test'
import type { AppHandle } from './host/appHandle'
import { launchChromiumApp } from './host/chromiumApp'
import { launchElectronApp } from './host/electronApp'
import { e2eMode, findElectronBinary } from './host/paths'

/**
 * Each test gets the app with a fresh profile: real Electron where its binary exists, otherwise
 * the built renderer in Chromium with window.api bound to main's real handlers.
 */
export const test = base.extend<{ app: AppHandle }>({
  // Playwright reads the fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use, testInfo) => {
    const electron = e2eMode() === 'electron' ? findElectronBinary() : null
    const app = electron ? await launchElectronApp(electron) : await launchChromiumApp()
    testInfo.annotations.push({ type: 'mode', description: app.mode })
    await use(app)
    await app.close()
  },
})

export { expect }

import { expect, it } from 'vitest'
import { secureWebPreferences } from './secureWebPreferences'

it("locks the window down explicitly, whatever Electron's defaults are", () => {
  expect(secureWebPreferences('/app/out/preload/index.js')).toEqual({
    preload: '/app/out/preload/index.js',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  })
})

it('enables no Blink feature and disables none of the security ones', () => {
  const preferences: Record<string, unknown> = secureWebPreferences('/preload.js')
  expect(preferences).not.toHaveProperty('enableBlinkFeatures')
  expect(preferences).not.toHaveProperty('disableBlinkFeatures')
  expect(preferences).not.toHaveProperty('additionalArguments')
})

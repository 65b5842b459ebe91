import type { WebPreferences } from 'electron'

/**
 * The window's web preferences. Every security preference is set explicitly, defaults or not, so
 * that neither an Electron upgrade nor an edit elsewhere can loosen one unnoticed.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
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
    // On Linux and Windows, Chromium would download dictionaries: nothing leaves the laptop.
    spellcheck: false,
  } satisfies WebPreferences
}

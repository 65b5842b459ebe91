import { join } from 'node:path'
import { BrowserWindow } from 'electron'

type WindowOptions = { url: string; preloadPath: string; iconPath: string }

/** The one window. Every security preference is set explicitly, defaults or not. */
export function createMainWindow({ url, preloadPath, iconPath }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Impact Desk',
    icon: iconPath,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // On Linux and Windows, Chromium would download dictionaries: nothing leaves the laptop.
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  // A page that fails to load never becomes ready: show the window anyway rather than run unseen.
  window.webContents.once('did-fail-load', () => window.show())
  void window.loadURL(url)
  return window
}

export const preloadFile = (mainDir: string) => join(mainDir, '../preload/index.js')
export const rendererDir = (mainDir: string) => join(mainDir, '../renderer')

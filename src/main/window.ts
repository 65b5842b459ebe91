import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { createCrashReload } from './crashReload'
import { secureWebPreferences } from './secureWebPreferences'

type WindowOptions = { url: string; preloadPath: string; iconPath: string }

/** The one window, locked down by `secureWebPreferences`. */
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
    webPreferences: secureWebPreferences(preloadPath),
  })
  window.once('ready-to-show', () => window.show())
  // A page that fails to load never becomes ready: show the window anyway rather than run unseen.
  window.webContents.once('did-fail-load', () => window.show())
  // A crashed or killed renderer would leave a blank window: it starts again instead.
  const shouldReload = createCrashReload()
  window.webContents.on('render-process-gone', (_event, { reason }) => {
    if (shouldReload(reason)) window.webContents.reload()
  })
  void window.loadURL(url)
  return window
}

export const preloadFile = (mainDir: string) => join(mainDir, '../preload/index.js')
export const rendererDir = (mainDir: string) => join(mainDir, '../renderer')

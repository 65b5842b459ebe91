import { join } from 'node:path'
import { BrowserWindow } from 'electron'
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
  void window.loadURL(url)
  return window
}

export const preloadFile = (mainDir: string) => join(mainDir, '../preload/index.js')
export const rendererDir = (mainDir: string) => join(mainDir, '../renderer')

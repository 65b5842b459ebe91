import { join } from 'node:path'
import { app, type BrowserWindow, dialog, nativeTheme, shell } from 'electron'
import { type Locale, matchLocale } from '../shared/i18n/locales'
import { eventContract, type MenuCommand } from '../shared/ipc/contract'
import { APP_ENTRY_URL, APP_ORIGIN } from './appOrigin'
import { applyAppMenu } from './appMenu'
import { createDispatcher } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register'
import { originOf } from './navigationPolicy'
import { registerAppScheme, serveRenderer } from './protocol'
import { installSecurityGuards, openExternalSafely } from './security'
import { createMainWindow, preloadFile, rendererDir } from './window'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

// Development keeps its own data folder so it never touches the user's real workspace; tests
// and portable use name one with IMPACT_DESK_USER_DATA.
const userDataOverride = process.env['IMPACT_DESK_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)
else if (devServerUrl) app.setPath('userData', `${app.getPath('userData')}-dev`)

registerAppScheme()

let mainWindow: BrowserWindow | null = null
let locale: Locale = matchLocale(app.getPreferredSystemLanguages())

const sendMenuCommand = (command: MenuCommand) =>
  mainWindow?.webContents.send(eventContract.onMenuCommand.channel, command)

function openWindow() {
  mainWindow = createMainWindow({
    url: devServerUrl ?? APP_ENTRY_URL,
    preloadPath: preloadFile(__dirname),
    iconPath: join(__dirname, '../../resources/icon.png'),
  })
  mainWindow.on('closed', () => (mainWindow = null))
}

function start() {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null
  const appOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN]
  installSecurityGuards(appOrigins)
  serveRenderer(rendererDir(__dirname))
  const handlers = createHandlers({
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    dataDir: app.getPath('userData'),
    openExternal: openExternalSafely,
    setThemeSource: (source) => (nativeTheme.themeSource = source),
    setLocale: (next) => {
      locale = next
      applyAppMenu(locale, sendMenuCommand, Boolean(devServerUrl))
    },
    showSaveDialog: async ({ defaultName, filters }) => {
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters }
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    showOpenDialog: async ({ filters }) => {
      const options = { filters, properties: ['openFile' as const] }
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
    // One window: the only page the IPC guard answers is the one printed.
    printToPdf: async () => {
      if (!mainWindow) throw new Error('No window to print')
      return mainWindow.webContents.printToPDF({ printBackground: true })
    },
  })
  registerIpc(createDispatcher(handlers), appOrigins)
  applyAppMenu(locale, sendMenuCommand, Boolean(devServerUrl))
  openWindow()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return openWindow()
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (!mainWindow) openWindow()
  })
  void app.whenReady().then(start)
}

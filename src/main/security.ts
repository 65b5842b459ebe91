import { app, session, shell } from 'electron'
import { isAppUrl, isExternalWebUrl } from './navigationPolicy'

/**
 * Locks every web contents down, even where Electron's defaults already would: the window may
 * only show the app, opens no other windows, and gets no permissions.
 */
export function installSecurityGuards(appOrigins: readonly string[]) {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appOrigins)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appOrigins)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}

export async function openExternalSafely(url: string) {
  if (!isExternalWebUrl(url)) throw new Error(`Only web links can be opened: ${url}`)
  await shell.openExternal(url)
}

import { app, session, shell } from 'electron'
import { isAppUrl, isExternalWebUrl } from './navigationPolicy'
import { isPermissionGranted } from './permissionPolicy'
import { windowOpenAction } from './windowOpenPolicy'

/**
 * Locks every web contents down, even where Electron's defaults already would: the window may
 * only show the app, opens no other windows, and gets no permission it does not need. The
 * decisions are pure functions beside this file, tested without Electron.
 */
export function installSecurityGuards(appOrigins: readonly string[]) {
  // Electron grants every permission unless told otherwise; a request and a check are two paths.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, appOrigins)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, appOrigins),
  )

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appOrigins)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appOrigins)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) =>
      windowOpenAction(url, (link) => void shell.openExternal(link)),
    )
  })
}

export async function openExternalSafely(url: string) {
  if (!isExternalWebUrl(url)) throw new Error(`Only web links can be opened: ${url}`)
  await shell.openExternal(url)
}

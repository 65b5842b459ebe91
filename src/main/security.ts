import { app, session, shell } from 'electron'
import { isAppUrl, isExternalWebUrl } from './navigationPolicy'

/**
 * The only permissions the app's own page gets: persistent storage, so Chromium never evicts the
 * database when the disk runs low, and writing to the clipboard (copy buttons).
 */
const allowedPermissions = new Set(['persistent-storage', 'clipboard-sanitized-write'])

/**
 * Locks every web contents down, even where Electron's defaults already would: the window may
 * only show the app, opens no other windows, and gets no other permissions.
 */
export function installSecurityGuards(appOrigins: readonly string[]) {
  const allowed = (permission: string, url: string) =>
    allowedPermissions.has(permission) && isAppUrl(url, appOrigins)
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowed(permission, requestingOrigin),
  )

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

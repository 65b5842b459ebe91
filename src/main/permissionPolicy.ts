import { isAppUrl } from './navigationPolicy'

/**
 * The one permission the app's own page may hold: persistent storage, which keeps Chromium from
 * evicting the database when the disk runs low. The app uses no camera, microphone, location,
 * notifications, clipboard, HID, serial, USB or any other permission, so they are all refused.
 */
const grantable = new Set(['persistent-storage'])

/**
 * Electron's session asks this for every permission request and check (its default grants all).
 * The answer is no unless the permission is one the app needs and the page asking is the app.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  appOrigins: readonly string[],
): boolean {
  return grantable.has(permission) && isAppUrl(requestingUrl, appOrigins)
}

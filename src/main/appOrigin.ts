/**
 * The renderer's permanent home. IndexedDB is kept per origin, so changing the scheme or host
 * would open an empty database: to the user, lost data. Never change these after a release.
 */
export const APP_SCHEME = 'impactdesk'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/`

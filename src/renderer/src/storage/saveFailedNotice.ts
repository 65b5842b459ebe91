import { notifications } from '@mantine/notifications'
import Dexie from 'dexie'
import { i18n } from '../i18n/i18n'
import { isStorageFull } from './storageFull'
import { notifyStorageFull } from './storageFullNotice'

/**
 * Tells the user a save failed; the form or screen that tried it keeps what was typed. A full
 * disk gets its own notice; otherwise the screen's message, or the general one, with the error's
 * words.
 */
export function notifySaveFailed(
  error: unknown,
  message = (detail: string) => i18n.t('storage.saveFailed', { message: detail }),
) {
  if (isStorageFull(error)) return notifyStorageFull()
  notifications.show({
    color: 'red',
    message: message(error instanceof Error ? error.message : String(error)),
  })
}

/**
 * The one place a failed write of the window is reported when the screen that made it does not
 * catch it: IndexedDB rolled the transaction back, so the change is simply not made, and the
 * user hears so at once rather than finding out later.
 */
export function reportFailedSaves() {
  window.addEventListener('unhandledrejection', (event) => {
    const error: unknown = event.reason
    if (!(error instanceof Dexie.DexieError || isStorageFull(error))) return
    event.preventDefault()
    notifySaveFailed(error)
  })
}

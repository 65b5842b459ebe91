import { notifications } from '@mantine/notifications'
import { i18n } from '../i18n/i18n'
import { isStorageFull } from './storageFull'

/** Tells the user the disk is full: once, until dismissed, however many writes failed. */
export function notifyStorageFull() {
  notifications.show({
    id: 'storage-full',
    color: 'red',
    autoClose: false,
    title: i18n.t('storage.full.title'),
    message: i18n.t('storage.full.message'),
  })
}

/**
 * Any write of the window that fails because the disk is full is reported at once. IndexedDB
 * rolls the failed transaction back, so the change is simply not made; screens keep what the
 * user typed, and the message says to free some space and try again.
 */
export function reportStorageFull() {
  window.addEventListener('unhandledrejection', (event) => {
    if (!isStorageFull(event.reason)) return
    event.preventDefault()
    notifyStorageFull()
  })
}

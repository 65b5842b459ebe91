import { notifications } from '@mantine/notifications'
import { i18n } from '../i18n/i18n'

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

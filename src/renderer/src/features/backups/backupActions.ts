import { notifications } from '@mantine/notifications'
import type { BackupInfo, BackupReason } from '../../../../shared/backup/backupFormat'
import type { FileFailure } from '../../../../shared/ipc/contract'
import {
  fileFailureMessage,
  fileFailureReason,
  fileReadFailureMessage,
  notifyFileFailed,
} from '../../files/fileNotifications'
import { i18n } from '../../i18n/i18n'
import { BackupFileError, backUpWorkspace, restoreBackup } from './backupFiles'
import { backupEvents } from './backupEvents'
import { BackupReadError } from './parseSnapshot'
import { isStorageFull } from '../../storage/storageFull'

const problemKey = {
  'not-a-backup': 'backups.problem.notABackup',
  damaged: 'backups.problem.damaged',
  newer: 'backups.problem.newer',
} as const

/** Why a backup could not be read or restored, in the user's words. */
export function restoreFailureMessage(error: unknown): string {
  if (error instanceof BackupReadError) return i18n.t(problemKey[error.problem])
  if (error instanceof BackupFileError) return fileReadFailureMessage(error.failure)
  if (isStorageFull(error)) return i18n.t('storage.full.message')
  const detail = error instanceof Error ? error.message : String(error)
  return i18n.t('backups.restoreFailed', { detail })
}

const isNotABackup = (failure: FileFailure) => failure.detail === 'not-a-backup'

/** A backup now, from the Backups screen or the palette; says how it went. */
export async function backUpNow(): Promise<boolean> {
  try {
    const made = await backUpWorkspace('manual')
    backupEvents.changed()
    if (!made.ok) {
      notifyFileFailed(made)
      return false
    }
    notifications.show({ color: 'teal', message: i18n.t('backups.made') })
    return true
  } catch (error) {
    notifications.show({ color: 'red', autoClose: false, message: String(error) })
    return false
  }
}

/**
 * Automatic backups (after an import, daily): they must never get in the way, so a failure is
 * reported once and otherwise ignored.
 */
export async function autoBackUp(reason: BackupReason): Promise<void> {
  try {
    const made = await backUpWorkspace(reason)
    backupEvents.changed()
    if (!made.ok) {
      notifications.show({
        color: 'orange',
        message: i18n.t('backups.autoFailed', { reason: fileFailureMessage(made) }),
      })
    }
  } catch (error) {
    console.error('The automatic backup failed', error)
  }
}

/** File > Back up to…: a fresh backup, then a copy of it wherever the user chooses. */
export async function backUpToFile(): Promise<void> {
  try {
    const made = await backUpWorkspace('manual')
    backupEvents.changed()
    if (!made.ok) return notifyFileFailed(made)
    const saved = await window.api.saveBackupCopy(made.id)
    if (!saved) return
    if (!saved.ok) return notifyFileFailed(saved)
    notifications.show({
      color: 'teal',
      message: i18n.t('files.saved', { fileName: saved.fileName }),
    })
  } catch (error) {
    notifications.show({ color: 'red', autoClose: false, message: String(error) })
  }
}

/** File > Restore from…: the chosen file joins the backups, then its restore is confirmed. */
export async function restoreFromFile(): Promise<void> {
  const added = await window.api.addBackupFile()
  if (!added) return
  if (!added.ok) {
    notifications.show({
      color: 'red',
      autoClose: false,
      message: isNotABackup(added)
        ? i18n.t('backups.problem.notABackupFile', { fileName: added.fileName })
        : fileReadFailureMessage(added),
    })
    return
  }
  backupEvents.changed()
  backupEvents.askRestore(added.backup)
}

/** Restores a backup the user confirmed; answers whether the workspace was replaced. */
export async function restoreConfirmed(backup: BackupInfo, when: string): Promise<boolean> {
  try {
    const restored = await restoreBackup(backup.id)
    backupEvents.changed()
    if (!restored.ok) {
      // The present workspace could not be backed up first, so it was left as it is.
      const reason = fileFailureReason(restored)
      notifications.show({
        color: 'red',
        autoClose: false,
        message: i18n.t('backups.beforeRestoreFailed', { reason }),
      })
      return false
    }
    notifications.show({ color: 'teal', message: i18n.t('backups.restored', { date: when }) })
    return true
  } catch (error) {
    notifications.show({ color: 'red', autoClose: false, message: restoreFailureMessage(error) })
    return false
  }
}

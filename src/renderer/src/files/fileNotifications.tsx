import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FileFailure, SaveTarget } from '../../../shared/ipc/contract'
import { i18n } from '../i18n/i18n'

const reasonKey: Record<FileFailure['reason'], string> = {
  'disk-full': 'files.reason.diskFull',
  'permission-denied': 'files.reason.permissionDenied',
  'read-only': 'files.reason.readOnly',
  'missing-folder': 'files.reason.missingFolder',
  'in-use': 'files.reason.inUse',
  'missing-file': 'files.reason.missingFile',
  changed: 'files.reason.changed',
  unknown: 'files.reason.unknown',
}

/** What happened to a file, in the user's words. */
export function fileFailureReason(failure: FileFailure): string {
  return i18n.t(reasonKey[failure.reason], { detail: failure.detail })
}

/** Why a file was not saved, in the user's words: which file, what happened, what is kept. */
export function fileFailureMessage(failure: FileFailure): string {
  const { t } = i18n
  return [
    t('files.notSaved', { fileName: failure.fileName }),
    fileFailureReason(failure),
    t('files.oldKept'),
  ].join(' ')
}

/** Why a file could not be read, in the user's words. */
export function fileReadFailureMessage(failure: FileFailure): string {
  return [i18n.t('files.notRead', { fileName: failure.fileName }), fileFailureReason(failure)].join(
    ' ',
  )
}

/** Saved: says where, and offers to show the file in its folder. */
export function notifyFileSaved(target: SaveTarget) {
  const { t } = i18n
  const id = `saved-${target.token}`
  notifications.show({
    id,
    color: 'teal',
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" flex={1}>
          {t('files.saved', { fileName: target.fileName })}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          flex="none"
          onClick={() => {
            notifications.hide(id)
            void window.api.showInFolder(target.token)
          }}
        >
          {t('files.showInFolder')}
        </Button>
      </Group>
    ),
  })
}

/** A failure that is not the file system's (the window could not be printed, say). */
export function unexpectedFailure(fileName: string, error: unknown): FileFailure {
  const detail = error instanceof Error ? error.message : String(error)
  return { ok: false, reason: 'unknown', fileName, detail }
}

export function notifyFileFailed(failure: FileFailure) {
  notifications.show({ color: 'red', autoClose: false, message: fileFailureMessage(failure) })
}

import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { fileReadFailureMessage } from '../../../files/fileNotifications'
import type { JobFailure } from '../../../import/importWorkerProtocol'

/** Why a review or a run stopped, and that nothing was written. */
export function JobFailureAlert({ failure }: { failure: JobFailure }) {
  const { t } = useTranslation()
  const message =
    failure.reason === 'cancelled'
      ? t('imports.stopped.cancelled')
      : failure.reason === 'storageFull'
        ? t('storage.full.message')
        : failure.reason === 'unreadable'
          ? fileReadFailureMessage(failure.failure)
          : t('imports.stopped.failed', { detail: failure.detail })
  return (
    <Alert
      color={failure.reason === 'cancelled' ? 'gray' : 'red'}
      title={t(`imports.stopped.title.${failure.reason}`)}
      data-testid="import-stopped"
    >
      {message} {t('imports.stopped.nothingWritten')}
    </Alert>
  )
}

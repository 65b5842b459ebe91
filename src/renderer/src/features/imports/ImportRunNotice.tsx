import { Alert, Code, Text } from '@mantine/core'
import { IconAlertTriangle, IconArrowBackUp, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportRun } from '../../../../shared/domain/importRun'
import { useLocale } from '../../i18n/useLocale'

/** What a run that did not end committed left behind (nothing), and why it ended. */
export function ImportRunNotice({ run }: { run: ImportRun }) {
  const { t } = useTranslation()
  const { format } = useLocale()

  if (run.status === 'failed')
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={18} />}
        title={t('imports.runPage.failedTitle')}
      >
        {run.error === 'interrupted' ? (
          <Text size="sm">{t('imports.runPage.interruptedBody')}</Text>
        ) : (
          <>
            <Text size="sm">{t('imports.runPage.failedBody')}</Text>
            {run.error && (
              <Code block mt="xs" data-testid="import-error">
                {run.error}
              </Code>
            )}
          </>
        )}
      </Alert>
    )
  if (run.status === 'cancelled')
    return (
      <Alert color="gray" icon={<IconInfoCircle size={18} />}>
        {t('imports.runPage.cancelledBody')}
      </Alert>
    )
  if (run.status === 'undone')
    return (
      <Alert
        color="orange"
        icon={<IconArrowBackUp size={18} />}
        title={t('imports.runStatus.undone')}
      >
        {run.undoneAt
          ? t('imports.runPage.undoneBody', { date: format.dateTime(run.undoneAt) })
          : t('imports.runPage.undoneBodyNoDate')}
      </Alert>
    )
  if (run.status === 'running')
    return (
      <Alert color="blue" icon={<IconInfoCircle size={18} />}>
        {t('imports.runPage.runningBody')}
      </Alert>
    )
  return null
}

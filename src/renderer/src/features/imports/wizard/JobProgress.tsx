import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportProgress } from '../../../import/importProgress'

/** A job's progress: the share of the file done, rows, rows per second, time left, Cancel. */
export function JobProgress({
  progress,
  onCancel,
}: {
  progress?: ImportProgress
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const share = progress && progress.size > 0 ? (progress.bytes / progress.size) * 100 : 0
  const phase = progress?.phase ?? 'reading'
  return (
    <Stack gap="xs" data-testid="import-progress">
      <Progress
        value={share}
        animated={phase === 'rollingBack' || share === 0}
        aria-label={t(`imports.progress.${phase}`)}
      />
      <Group justify="space-between">
        <Text size="sm">
          {t(`imports.progress.${phase}`)}{' '}
          {progress &&
            phase !== 'rollingBack' &&
            t('imports.progress.rows', {
              count: progress.rows,
              rate: Math.round(progress.rowsPerSecond),
            })}
          {progress?.secondsLeft !== undefined &&
            phase !== 'rollingBack' &&
            ` · ${t('imports.progress.left', { seconds: Math.ceil(progress.secondsLeft) })}`}
        </Text>
        {onCancel && phase !== 'rollingBack' && (
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}

import { Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportRun } from '../../../../shared/domain/importRun'
import { formatLocaleOf } from '../../../../shared/i18n/locales'
import { useLocale } from '../../i18n/useLocale'
import { formatFileSize } from './formatFileSize'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  )
}

/** The file and the times of a run. */
export function ImportRunFacts({ run }: { run: ImportRun }) {
  const { t } = useTranslation()
  const { format, locale } = useLocale()
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Fact label={t('imports.list.target')}>{t(`imports.entity.${run.target}`)}</Fact>
        <Fact label={t('imports.runPage.size')}>
          {formatFileSize(run.fileSize, formatLocaleOf(locale))}
        </Fact>
        <Fact label={t('imports.list.startedAt')}>{format.dateTime(run.startedAt)}</Fact>
        {run.undoneAt ? (
          <Fact label={t('imports.runPage.undoneAt')}>{format.dateTime(run.undoneAt)}</Fact>
        ) : (
          <Fact label={t('imports.runPage.finishedAt')}>
            {run.finishedAt ? format.dateTime(run.finishedAt) : '—'}
          </Fact>
        )}
      </SimpleGrid>
    </Paper>
  )
}

import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { importTables, type ImportCounts } from '../../../../../shared/domain/importRun'

const outcomes = ['created', 'updated', 'unchanged', 'skipped'] as const

/** What an import will do (or did): rows by outcome, then each kind of record. */
export function CountsSummary({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" data-testid="import-counts">
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {outcomes.map((outcome) => (
          <Paper key={outcome} withBorder p="sm" data-outcome={outcome}>
            <Text size="xl" fw={700}>
              {t('imports.counts.number', { count: counts.byRow[outcome] })}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`imports.counts.${outcome}`, { count: counts.byRow[outcome] })}
            </Text>
          </Paper>
        ))}
        <Paper withBorder p="sm" data-outcome="invalid">
          <Text size="xl" fw={700} c={counts.invalid ? 'red' : undefined}>
            {t('imports.counts.number', { count: counts.invalid })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('imports.counts.invalid', { count: counts.invalid })}
          </Text>
        </Paper>
      </SimpleGrid>
      <Group gap="lg">
        {importTables
          .filter((table) => outcomes.some((outcome) => counts.byTable[table][outcome] > 0))
          .map((table) => (
            <Text key={table} size="sm" c="dimmed" data-table={table}>
              {t(`imports.counts.table.${table}`, {
                created: counts.byTable[table].created,
                updated: counts.byTable[table].updated,
              })}
            </Text>
          ))}
      </Group>
    </Stack>
  )
}

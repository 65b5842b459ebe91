import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type ImportRun, importTables } from '../../../../shared/domain/importRun'
import { useLocale } from '../../i18n/useLocale'
import { tableLabelKeys } from './tableLabelKeys'

const rowCounts = ['created', 'updated', 'unchanged', 'skipped'] as const

/** What a run did: its rows in all, then record by record in each table it wrote to. */
export function ImportRunCounts({ run }: { run: ImportRun }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const { counts } = run
  const stats = [
    ['rows', counts.rows],
    ...rowCounts.map((key) => [key, counts.byRow[key]] as const),
    ['invalid', counts.invalid],
  ] as const
  const tables = importTables.filter((table) =>
    rowCounts.some((key) => counts.byTable[table][key] > 0),
  )

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('imports.runPage.countsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm" data-testid="import-row-counts">
        {stats.map(([key, value]) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t(`imports.tally.${key}`)}
            </Text>
            <Text
              size="xl"
              fw={600}
              c={key === 'invalid' && value > 0 ? 'red' : undefined}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {format.number(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {tables.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table
            withTableBorder
            verticalSpacing="xs"
            aria-label={t('imports.runPage.byTableLabel')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.runPage.table')}</Table.Th>
                {rowCounts.map((key) => (
                  <Table.Th key={key} ta="end">
                    {t(`imports.tally.${key}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tables.map((table) => (
                <Table.Tr key={table}>
                  <Table.Td>{t(tableLabelKeys[table])}</Table.Td>
                  {rowCounts.map((key) => (
                    <Table.Td key={key} ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.number(counts.byTable[table][key])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}

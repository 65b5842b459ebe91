import { ActionIcon, Button, Paper, Table, Text, Title, Tooltip } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MetricDefinition } from '../../../../shared/domain/metricDefinition'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { EntryGrid } from './EntryGrid'
import { EntryScope } from './EntryScope'
import { metricEntryRepo } from './metricEntryRepo'
import { entriesOf, scopeNamesOf } from './metricQueries'
import { useMetricFormat } from './useMetricFormat'

const PAGE = 50

/** A metric's values: the entry row on top, then what was recorded, latest date first. */
export function MetricEntries({ metric }: { metric: MetricDefinition }) {
  const { t } = useTranslation()
  const format = useMetricFormat()
  const [limit, setLimit] = useState(PAGE)
  const page = useLiveQuery(async () => {
    const found = await entriesOf(metric.id, limit)
    return { ...found, names: await scopeNamesOf(found.items) }
  }, [metric.id, limit])

  const remove = async (id: string) => {
    await metricEntryRepo.softDelete(id)
    notifyWithUndo({
      message: t('metrics.entry.deleted'),
      undoLabel: t('common.undo'),
      onUndo: () => metricEntryRepo.restore(id),
    })
  }

  const columns = ['value', 'date', 'periodEnd', 'scope', 'source', 'estimated', 'notes'] as const
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="metric-values">
      <Title order={3} size="h4" mb="sm" id="metric-values">
        {t('metrics.entry.title')}
      </Title>
      <Table.ScrollContainer minWidth={980}>
        <Table aria-label={t('metrics.entry.title')} verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} w={widths[column]}>
                  {t(`metrics.entry.${column}`)}
                </Table.Th>
              ))}
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <EntryGrid metric={metric} />
            {page?.items.map((entry) => (
              <Table.Tr key={entry.id} data-testid="metric-entry">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {format.value(entry.value, metric.unit)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.date(entry.date)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.periodEnd ? format.date(entry.periodEnd) : ''}</Text>
                </Table.Td>
                <Table.Td>
                  <EntryScope entry={entry} names={page.names} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate title={entry.source}>
                    {entry.source}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {entry.estimated && (
                    <Text size="xs" c="orange" fw={600}>
                      {t('metrics.entry.estimatedBadge')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate title={entry.notes}>
                    {entry.notes}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('metrics.entry.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('metrics.entry.delete')}
                      onClick={() => void remove(entry.id)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {page?.items.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('metrics.entry.none')}
        </Text>
      )}
      {page?.more && (
        <Button variant="subtle" mt="sm" onClick={() => setLimit((l) => l + PAGE)}>
          {t('metrics.entry.showMore')}
        </Button>
      )}
    </Paper>
  )
}

// Sized so the whole row fits a laptop's window beside the sidebar; notes take what is left.
const widths = {
  value: 100,
  date: 156,
  periodEnd: 156,
  scope: 178,
  source: 124,
  estimated: 90,
  notes: undefined,
}

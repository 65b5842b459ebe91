import { Anchor, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ImportRun } from '../../../../shared/domain/importRun'
import { useLocale } from '../../i18n/useLocale'
import { ImportStatusBadge } from './ImportStatusBadge'

const countColumns = ['created', 'updated', 'unchanged', 'skipped', 'invalid'] as const

/** A page of import runs: the file and when, what it held, how it ended and what it did. */
export function ImportRunsTable({ runs }: { runs: ImportRun[] }) {
  const { t } = useTranslation()
  const { format } = useLocale()

  return (
    <Table.ScrollContainer minWidth={880}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('imports.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.list.file')}</Table.Th>
            <Table.Th>{t('imports.list.target')}</Table.Th>
            <Table.Th>{t('imports.list.status')}</Table.Th>
            {countColumns.map((column) => (
              <Table.Th key={column} ta="end">
                {t(`imports.tally.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const counts = { ...run.counts.byRow, invalid: run.counts.invalid }
            return (
              <Table.Tr key={run.id}>
                <Table.Td style={{ minWidth: 180, overflowWrap: 'anywhere' }}>
                  <Anchor component={Link} to={`/imports/${run.id}`} fw={500}>
                    {run.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {format.dateTime(run.startedAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ maxWidth: 200 }}>{t(`imports.entity.${run.target}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ImportStatusBadge status={run.status} />
                </Table.Td>
                {countColumns.map((column) => (
                  <Table.Td key={column} ta="end">
                    <Text
                      size="sm"
                      c={counts[column] ? undefined : 'dimmed'}
                      style={{ fontVariantNumeric: 'tabular-nums' }}
                    >
                      {format.number(counts[column])}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

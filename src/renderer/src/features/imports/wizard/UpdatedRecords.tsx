import { Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlannedUpdate } from '../../../import/plannedUpdate'
import { PagePicker } from '../../../shell/PagePicker'
import { fieldValueText } from '../../duplicates/fieldValueText'
import { recordFieldLabel } from './recordFieldLabel'

/** Records a page, as problem rows are paged. */
const PAGE_RECORDS = 20

function valueText(field: string, value: unknown, t: TFunction): string {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return (
      Object.entries(value as Record<string, unknown>)
        .filter(([, inner]) => inner !== undefined && inner !== '' && inner !== false)
        .map(([key, inner]) => `${key}: ${fieldValueText(key, inner, t)}`)
        .join(t('duplicates.listSeparator')) || t('common.notSet')
    )
  return fieldValueText(field, value, t)
}

type UpdatedRecordsProps = { updates: readonly PlannedUpdate[]; total: number }

/**
 * The records already in the workspace that the import will change, each with every field that
 * changes, its value now and after: what "Update it" will do, seen before it is done.
 */
export function UpdatedRecords({ updates, total }: UpdatedRecordsProps) {
  const { t } = useTranslation()
  const [page, setPage] = useState(1)
  if (!updates.length) return null
  return (
    <Stack gap="xs" data-testid="import-updates">
      <Title order={4}>{t('imports.review.updates', { count: total })}</Title>
      <Text size="sm" c="dimmed">
        {t('imports.review.updatesHint')}
      </Text>
      {updates.slice((page - 1) * PAGE_RECORDS, page * PAGE_RECORDS).map((update) => (
        <Paper
          key={`${update.table}|${update.id}|${update.row}`}
          withBorder
          p="sm"
          data-row={update.row}
        >
          <Text size="sm" fw={600} mb={4}>
            {update.row !== undefined
              ? t('imports.review.rowNamed', { row: update.row, name: update.name })
              : update.name}
          </Text>
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing={4} fz="sm" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%">{t('imports.review.field')}</Table.Th>
                  <Table.Th>{t('imports.review.now')}</Table.Th>
                  <Table.Th>{t('imports.review.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {update.fields.map((change) => (
                  <Table.Tr key={change.field} data-field={change.field}>
                    <Table.Td>{recordFieldLabel(t, update.table, change.field)}</Table.Td>
                    <Table.Td c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {valueText(change.field, change.before, t)}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {valueText(change.field, change.after, t)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
      <PagePicker
        total={Math.ceil(updates.length / PAGE_RECORDS)}
        value={page}
        onChange={setPage}
      />
      {total > updates.length && (
        <Text size="sm" c="dimmed">
          {t('imports.review.moreUpdates', { count: total - updates.length })}
        </Text>
      )}
    </Stack>
  )
}

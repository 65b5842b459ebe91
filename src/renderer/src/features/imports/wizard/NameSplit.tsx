import { Select, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { nameOrderFor, nameOrders, splitFullName, type NameOrder } from '../../../../../shared/csv'
import type { ImportSettings } from '../../../../../shared/import/importSettings'

type NameSplitProps = {
  settings: ImportSettings
  samples: readonly (readonly string[])[]
  onSettings: (settings: ImportSettings) => void
}

/** The names shown as they will be split. */
const SHOWN = 3

/**
 * How a single "Name" column is split into first and last name, shown on the file's own names
 * and changeable: people write names in different orders, and a wrong split is a wrong record.
 */
export function NameSplit({ settings, samples, onSettings }: NameSplitProps) {
  const { t, i18n } = useTranslation()
  const column = settings.columns.findIndex((target) => /(^|\.)fullName$/.test(target))
  if (column < 0) return null
  const order = settings.nameOrder ?? nameOrderFor(i18n.language)
  const names = samples
    .map((row) => (row[column] ?? '').trim())
    .filter(Boolean)
    .slice(0, SHOWN)
  return (
    <Stack gap={6} data-testid="import-name-split">
      <Select
        label={t('imports.mapping.nameOrder')}
        data={nameOrders.map((value) => ({
          value,
          label: t(`imports.mapping.nameOrders.${value}`),
        }))}
        value={order}
        allowDeselect={false}
        onChange={(value) => value && onSettings({ ...settings, nameOrder: value as NameOrder })}
      />
      {names.length > 0 && (
        <Table fz="xs" verticalSpacing={2} aria-label={t('imports.mapping.nameOrderPreview')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.mapping.nameWritten')}</Table.Th>
              <Table.Th>{t('contacts.fields.firstName')}</Table.Th>
              <Table.Th>{t('contacts.fields.lastName')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {names.map((name, index) => {
              const split = splitFullName(name, order)
              return (
                <Table.Tr key={index}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{split.firstName || '—'}</Table.Td>
                  <Table.Td>{split.lastName || '—'}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed">
        {t('imports.mapping.nameOrderHint')}
      </Text>
    </Stack>
  )
}

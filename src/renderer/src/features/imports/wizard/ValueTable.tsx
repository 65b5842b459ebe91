import { Badge, Group, Select, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LEAVE_UNMAPPED, type ValueMap } from '../../../../../shared/csv/valueMap'
import type { ChoiceTally, ChoiceValue } from '../../../../../shared/import/tallyChoices'
import { useLocale } from '../../../i18n/useLocale'

type ValueTableProps = {
  tally: ChoiceTally
  label: string
  options: { value: string; label: string }[]
  valueMap: ValueMap | undefined
  onChoose: (key: string, option: string) => void
}

/** What a value imports as: the user's choice, else the guess, else nothing (a problem). */
export function chosenOption(valueMap: ValueMap | undefined, field: string, value: ChoiceValue) {
  return valueMap?.[field]?.[value.key] ?? value.guess?.option ?? LEAVE_UNMAPPED
}

/** A guess the user has not confirmed that is not a known wording of its option. */
export function needsCheck(valueMap: ValueMap | undefined, field: string, value: ChoiceValue) {
  return valueMap?.[field]?.[value.key] === undefined && !!value.guess && !value.guess.sure
}

/** One choice field's distinct values: how many rows have each, and what it imports as. */
export function ValueTable({ tally, label, options, valueMap, onChoose }: ValueTableProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder verticalSpacing={4} aria-label={label} data-field={tally.field}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.values.value')}</Table.Th>
            <Table.Th w={80} ta="end">
              {t('imports.values.rows')}
            </Table.Th>
            <Table.Th w={340}>{t('imports.values.choice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tally.values.map((value) => {
            const chosen = chosenOption(valueMap, tally.field, value)
            return (
              <Table.Tr key={value.key} data-value={value.text}>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {value.text}
                  </Text>
                </Table.Td>
                <Table.Td ta="end">
                  <Text size="sm">{format.number(value.rows)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Select
                      aria-label={t('imports.values.choiceFor', { value: value.text })}
                      data={options}
                      value={chosen}
                      onOptionSubmit={(option) => onChoose(value.key, option)}
                      allowDeselect={false}
                      error={chosen === LEAVE_UNMAPPED}
                      searchable
                      flex={1}
                      size="xs"
                    />
                    {needsCheck(valueMap, tally.field, value) && (
                      <Badge color="yellow" variant="light" size="sm">
                        {t('imports.values.check')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {tally.truncated && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('imports.values.more', { count: tally.values.length })}
        </Text>
      )}
    </Table.ScrollContainer>
  )
}

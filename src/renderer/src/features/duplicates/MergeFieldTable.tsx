import { Radio, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DuplicateEntity } from './duplicateCandidate'
import { fieldValueText } from './fieldValueText'
import {
  type MergeChoice,
  type MergeChoices,
  isEmptyValue,
  mergeFieldsOf,
  sameValue,
} from './mergeFields'
import type { DuplicateRecord } from './recordName'

type MergeFieldTableProps = {
  entity: DuplicateEntity
  kept: DuplicateRecord
  other: DuplicateRecord
  keptName: string
  otherName: string
  choices: MergeChoices
  onChoose: (field: string, choice: MergeChoice) => void
}

const chosenCell = { background: 'var(--mantine-primary-color-light)' }

/** Each field of both records side by side, with a radio per value to keep. */
export function MergeFieldTable({
  entity,
  kept,
  other,
  keptName,
  otherName,
  choices,
  onChoose,
}: MergeFieldTableProps) {
  const { t } = useTranslation()
  const a = kept as unknown as Record<string, unknown>
  const b = other as unknown as Record<string, unknown>
  const rows = mergeFieldsOf[entity].filter(
    ({ field }) => !(isEmptyValue(a[field]) && isEmptyValue(b[field])),
  )
  const joinable = (field: string, kind: string) =>
    kind !== 'single' && !isEmptyValue(a[field]) && !isEmptyValue(b[field])
  const withBoth = rows.some(
    ({ field, kind }) => joinable(field, kind) && !sameValue(a[field], b[field]),
  )

  const option = (field: string, choice: MergeChoice, label: string) => (
    <Table.Td style={choices[field] === choice ? chosenCell : undefined}>
      <Radio
        name={`merge-${field}`}
        value={choice}
        checked={choices[field] === choice}
        onChange={() => onChoose(field, choice)}
        label={label}
        styles={{ label: { whiteSpace: 'pre-line', wordBreak: 'break-word' } }}
      />
    </Table.Td>
  )

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" layout="fixed" aria-label={t('duplicates.fieldsTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('duplicates.columns.field')}</Table.Th>
            <Table.Th>{t('duplicates.columns.kept', { name: keptName })}</Table.Th>
            <Table.Th>{t('duplicates.columns.other', { name: otherName })}</Table.Th>
            {withBoth && <Table.Th w={100}>{t('duplicates.both')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ field, kind }) => {
            const label = t(`duplicates.fields.${field}`)
            if (sameValue(a[field], b[field])) {
              return (
                <Table.Tr key={field}>
                  <Table.Th scope="row">{label}</Table.Th>
                  <Table.Td colSpan={withBoth ? 3 : 2}>
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {fieldValueText(field, a[field], t)}{' '}
                      <Text span size="xs" c="dimmed">
                        {t('duplicates.sameInBoth')}
                      </Text>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )
            }
            return (
              <Table.Tr key={field}>
                <Table.Th scope="row">{label}</Table.Th>
                {option(field, 'a', fieldValueText(field, a[field], t))}
                {option(field, 'b', fieldValueText(field, b[field], t))}
                {withBoth &&
                  (joinable(field, kind) ? (
                    option(field, 'both', t('duplicates.both'))
                  ) : (
                    <Table.Td />
                  ))}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

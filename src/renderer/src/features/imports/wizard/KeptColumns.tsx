import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  COLUMN_AS_NOTE,
  COLUMN_AS_TAG,
  IGNORE_COLUMN,
} from '../../../../../shared/import/importSettings'
import { columnName } from '../../../../../shared/import/columnName'

type KeptColumnsProps = { headers: readonly string[]; columns: readonly string[] }

/**
 * Where the columns that are no field go: kept as notes or tags, or left out. Said in words, so
 * that no column's values are lost without the user seeing it.
 */
export function KeptColumns({ headers, columns }: KeptColumnsProps) {
  const { t } = useTranslation()
  const named = (target: string) =>
    columns.flatMap((current, column) =>
      current === target ? [columnName(headers[column], column)] : [],
    )
  const notes = named(COLUMN_AS_NOTE)
  const tags = named(COLUMN_AS_TAG)
  const leftOut = named(IGNORE_COLUMN)
  if (!notes.length && !tags.length && !leftOut.length) return null
  return (
    <Alert color="blue" variant="light" data-testid="import-kept-columns">
      {notes.length > 0 && (
        <Text size="sm">{t('imports.mapping.keptAsNotes', { columns: notes.join(', ') })}</Text>
      )}
      {tags.length > 0 && (
        <Text size="sm">{t('imports.mapping.keptAsTags', { columns: tags.join(', ') })}</Text>
      )}
      {leftOut.length > 0 && (
        <Text size="sm">{t('imports.mapping.leftOut', { columns: leftOut.join(', ') })}</Text>
      )}
    </Alert>
  )
}

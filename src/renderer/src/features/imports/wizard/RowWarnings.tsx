import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ProblemRow } from '../../../import/reviewImport'
import { issueMessage } from './issueMessage'

/** The rows listed before "and N more". */
const SHOWN = 8

/** Rows that import otherwise than written (an email that is not one, kept in notes), named. */
export function RowWarnings({ rows }: { rows: readonly ProblemRow[] }) {
  const { t } = useTranslation()
  if (!rows.length) return null
  return (
    <Alert color="yellow" title={t('imports.review.rowWarnings')} data-testid="import-row-warnings">
      {rows.slice(0, SHOWN).flatMap((row) =>
        row.issues.map((issue, index) => (
          <Text key={`${row.row}-${index}`} size="sm">
            {row.name
              ? t('imports.review.rowNamed', { row: row.row, name: row.name })
              : t('imports.review.row', { row: row.row })}
            {': '}
            {issueMessage(t, issue)}
          </Text>
        )),
      )}
      {rows.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('imports.review.moreRowWarnings', { count: rows.length - SHOWN })}
        </Text>
      )}
    </Alert>
  )
}

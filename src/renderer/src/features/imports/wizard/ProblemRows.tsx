import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProblemRow } from '../../../import/reviewImport'
import { PagePicker } from '../../../shell/PagePicker'
import { issueMessage } from './issueMessage'

/** Rows a page: each is a card of inputs, and a page of them must draw in well under 100 ms. */
const PAGE_ROWS = 20

type ProblemRowsProps = {
  problems: ProblemRow[]
  headers: string[]
  /** Columns mapped to something: the cells to offer when the row as a whole is wrong. */
  mapped: number[]
  fixes: ReadonlyMap<number, string[]>
  onFix: (fixes: Map<number, string[]>) => void
}

/**
 * The rows that cannot be imported as they are, each with its cells to correct in place and
 * what was expected, a page at a time. Rows left as they are are skipped by the import.
 */
export function ProblemRows({ problems, headers, mapped, fixes, onFix }: ProblemRowsProps) {
  const { t } = useTranslation()
  const [drafts, setDrafts] = useState<Map<number, string[]>>(() => new Map(fixes))
  const [page, setPage] = useState(1)
  const pages = Math.ceil(problems.length / PAGE_ROWS)
  const changed = [...drafts].some(([row, fields]) => {
    const before = fixes.get(row) ?? problems.find((p) => p.row === row)?.fields
    return JSON.stringify(before) !== JSON.stringify(fields)
  })

  const edit = (problem: ProblemRow, column: number, value: string) =>
    setDrafts((now) => {
      const next = new Map(now)
      const fields = [...(next.get(problem.row) ?? problem.fields)]
      while (fields.length <= column) fields.push('')
      fields[column] = value
      next.set(problem.row, fields)
      return next
    })

  return (
    <Stack gap="xs" data-testid="import-problems">
      {problems.slice((page - 1) * PAGE_ROWS, page * PAGE_ROWS).map((problem) => {
        const cellIssues = problem.issues.filter((issue) => issue.column !== undefined)
        const rowIssues = problem.issues.filter((issue) => issue.column === undefined)
        const columns = rowIssues.length
          ? mapped
          : [...new Set(cellIssues.map((issue) => issue.column as number))]
        const fields = drafts.get(problem.row) ?? problem.fields
        return (
          <Paper key={problem.row} withBorder p="sm" data-row={problem.row}>
            <Text size="sm" fw={600} mb={4}>
              {problem.name
                ? t('imports.review.rowNamed', { row: problem.row, name: problem.name })
                : t('imports.review.row', { row: problem.row })}
            </Text>
            {rowIssues.map((issue, index) => (
              <Text key={index} size="sm" c="red">
                {issueMessage(t, issue)}
              </Text>
            ))}
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
              {columns.map((column) => {
                const issue = cellIssues.find((candidate) => candidate.column === column)
                return (
                  <TextInput
                    key={column}
                    size="xs"
                    label={headers[column] ?? t('imports.mapping.noHeader', { column: column + 1 })}
                    value={fields[column] ?? ''}
                    error={issue && issueMessage(t, issue)}
                    onChange={(event) => edit(problem, column, event.currentTarget.value)}
                  />
                )
              })}
            </SimpleGrid>
          </Paper>
        )
      })}
      <PagePicker total={pages} value={page} onChange={setPage} />
      <Group>
        <Button disabled={!changed} onClick={() => onFix(new Map(drafts))}>
          {t('imports.review.checkAgain')}
        </Button>
      </Group>
    </Stack>
  )
}
